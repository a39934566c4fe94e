import { buildClippingDraft, readerHtml } from '../page/clipping-draft';
import { registerInjected } from '../page/injected-modules';
import { openReaderView } from '../page/reader-view';
import { t } from '../platform/browser-api';

// Injected by the background when the reader asks for the reader view or a clipping.
registerInjected(globalThis, 'reader', {
  // The reader view's strings come from _locales here, where the extension API exists.
  openReaderView: (doc, article, options = {}) => openReaderView(doc, article, { t, ...options }),
  buildClippingDraft,
  readerHtml,
});
