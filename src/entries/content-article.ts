import { sendToBackground } from '../messaging/send';
import { registerArticleModule } from '../page/article-module-slot';
import { backgroundAnnotationStore } from '../page/background-annotation-store';
import { createPageController } from '../page/page-controller';

// Injected by the background only where the detector found an article (or the user asked).
registerArticleModule(window, {
  create: (doc, url, verdict, options) =>
    createPageController(doc, url, verdict, backgroundAnnotationStore, {
      ...options,
      askToPlan: (html) => sendToBackground('planArticle', { html }),
      loadReadability: async () => (await sendToBackground('injectReadability', null)).ok,
    }),
});
