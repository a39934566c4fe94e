import { sendToBackground } from '../messaging/send';
import { browser } from '../platform/browser-api';
import { registerArticleModule } from '../page/shared/article-module-slot';
import { backgroundAnnotationStore } from '../page/article/background-annotation-store';
import { injectOnDemand } from '../page/shared/injected-modules';
import { createPageController } from '../page/article/page-controller';

// Injected by the background only where the detector found an article (or the user asked).
// The planner and the extras are injected by the background as the page needs them.
// The injected scripts register on the isolated world's global: in Firefox that is the
// content-script sandbox, not `window` (the page's window seen through Xrays).
const load = injectOnDemand(
  globalThis,
  async (script) => (await sendToBackground('injectScript', { script })).ok,
);

registerArticleModule(window, {
  create: (doc, url, verdict, options) =>
    createPageController(doc, url, verdict, backgroundAnnotationStore, load, {
      ...options,
      askToPlan: (html) => sendToBackground('planArticle', { html }),
      // Web-accessible with a dynamic URL in Chrome: this address changes every session.
      toolbarUrl: browser.runtime.getURL('highlight-toolbar.html'),
    }),
});
