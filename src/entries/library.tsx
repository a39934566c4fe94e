import { render } from 'preact';
import { LibraryApp } from '../ui/library/library-app';
import { localizeDocument } from '../ui/shared/localize-document';

localizeDocument(document, 'libraryTitle');
render(<LibraryApp />, document.getElementById('app') as HTMLElement);
