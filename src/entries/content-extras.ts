import { buildClippingDraft, readerHtml } from '../page/clipping-draft';
import { registerInjected } from '../page/injected-modules';
import { openReaderView } from '../page/reader-view';
import { recogniseArticle } from '../page/recognise-article';
import { startUserHighlights } from '../page/user-highlights/user-highlights';
import { i18nMessage } from '../platform/i18n-message';

// Injected by the background once an article page's clutter is hidden (page/article-session.ts).
registerInjected(globalThis, 'extras', {
  recogniseArticle,
  startUserHighlights,
  // The reader view's strings come from _locales here, where the extension API exists.
  openReaderView: (doc, article, options = {}) =>
    openReaderView(doc, article, { t: i18nMessage, ...options }),
  buildClippingDraft,
  readerHtml,
});
