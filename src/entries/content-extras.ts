import { extrasModule } from '../page/extras/extras-module';
import { registerInjected } from '../page/shared/injected-modules';

// Injected by the background once an article page's clutter is hidden (page/article/article-session.ts).
registerInjected(globalThis, 'extras', extrasModule);
