import { buildClippingDraft, readerHtml } from '../page/clipping-draft';
import { registerInjected } from '../page/injected-modules';
import { openReaderView } from '../page/reader-view';

// Injected by the background when the reader asks for the reader view or a clipping.
registerInjected(globalThis, 'reader', { openReaderView, buildClippingDraft, readerHtml });
