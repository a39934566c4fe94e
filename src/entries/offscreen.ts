import { planHtml } from '../extract/plan-html';
import { listen } from '../messaging/listen';
import type { Handlers, OffscreenApi } from '../messaging/protocol';

// Chrome only: the background service worker has no DOM, this document lends it one.
listen<OffscreenApi>('offscreen', {
  planArticle: async (request) => planHtml(String(request.html)),
} satisfies Handlers<OffscreenApi>);
