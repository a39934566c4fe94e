import type { InjectedName } from '../../model/injected-names';
import type { extrasModule } from '../extras/extras-module';
import type { plannerModule } from '../planner/planner-module';
import type { readerModule } from '../reader/reader-module';

/**
 * The article module (article.js) holds only what every article page needs first: the plan's
 * resolution and the clutter hiding. The rest comes as scripts of their own, which the
 * background injects into the same isolated world when the page needs them, so the first
 * script the page parses and runs is a fraction of the whole (148 KB in one script took Chromium
 * 21-57 ms to evaluate on issue #7's 100,000-element page, before anything was hidden).
 */
export interface InjectedModules {
  planner: typeof plannerModule;
  extras: typeof extrasModule;
  reader: typeof readerModule;
}

/** Loads one of them (null: it could not be injected, e.g. the extension went away). */
export type LoadInjected = <K extends InjectedName>(name: K) => Promise<InjectedModules[K] | null>;

const slotOf = (name: InjectedName) => Symbol.for(`reader-assistant.${name}`);
type Slots = Record<symbol, unknown>;

/** Called by each injected script: hands its functions to the article module on the same global. */
export function registerInjected<K extends InjectedName>(
  global: object,
  name: K,
  module: InjectedModules[K],
): void {
  (global as Slots)[slotOf(name)] = module;
}

export function injectedModule<K extends InjectedName>(
  global: object,
  name: K,
): InjectedModules[K] | undefined {
  return (global as Slots)[slotOf(name)] as InjectedModules[K] | undefined;
}

/**
 * Loads each script once: `inject` asks the background to inject it (false: refused), and the
 * script registers itself on `global`.
 */
export function injectOnDemand(
  global: object,
  inject: (name: InjectedName) => Promise<boolean>,
): LoadInjected {
  const loading = new Map<InjectedName, Promise<unknown>>();
  return (<K extends InjectedName>(name: K) => {
    let load = loading.get(name);
    if (load === undefined) {
      load = (async () => {
        if (injectedModule(global, name) === undefined && !(await inject(name))) {
          loading.delete(name);
          return null;
        }
        return injectedModule(global, name) ?? null;
      })();
      loading.set(name, load);
    }
    return load as Promise<InjectedModules[K] | null>;
  }) as LoadInjected;
}
