import { render } from 'preact';
import { WelcomeApp } from '../ui/welcome/welcome-app';
import { localizeDocument } from '../ui/shared/localize-document';

localizeDocument(document, 'welcomeTitle');
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
