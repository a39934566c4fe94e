import { Readability } from '@mozilla/readability';
import { registerReadability } from '../page/readability-slot';

// Injected by the background only when a page plans its article for itself (page/plan-page.ts).
registerReadability(globalThis, Readability);
