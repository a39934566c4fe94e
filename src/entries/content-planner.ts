import { plannerModule } from '../page/planner/planner-module';
import { registerInjected } from '../page/shared/injected-modules';

// Injected by the background only when a page plans its article for itself (page/article/plan-page.ts).
registerInjected(globalThis, 'planner', plannerModule);
