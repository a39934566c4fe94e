import { readerModule } from '../page/reader/reader-module';
import { registerInjected } from '../page/shared/injected-modules';

// Injected by the background when the reader asks for the reader view or a clipping.
registerInjected(globalThis, 'reader', readerModule);
