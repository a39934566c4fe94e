import { render } from 'preact';
import { PopupApp } from '../ui/popup/popup-app';
import { localizeDocument } from '../ui/shared/localize-document';

localizeDocument(document, 'popupTitle');
render(<PopupApp />, document.getElementById('app') as HTMLElement);
