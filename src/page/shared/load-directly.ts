import { extrasModule } from '../extras/extras-module';
import { plannerModule } from '../planner/planner-module';
import { readerModule } from '../reader/reader-module';
import type { InjectedModules, LoadInjected } from './injected-modules';

const modules: InjectedModules = {
  planner: plannerModule,
  extras: extrasModule,
  reader: readerModule,
};

/**
 * The article module's later parts imported as modules, for the unit tests and the in-page
 * benchmarks (the extension injects them as scripts of their own: injected-modules.ts).
 */
export const loadDirectly: LoadInjected = async (name) => modules[name];
