import { registerInjected } from '../page/injected-modules';
import { recogniseArticle } from '../page/recognise-article';
import { startUserHighlights } from '../page/user-highlights/user-highlights';

// Injected by the background once an article page's clutter is hidden (page/article-session.ts).
registerInjected(globalThis, 'extras', { recogniseArticle, startUserHighlights });
