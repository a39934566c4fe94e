import type { Readability } from '@mozilla/readability';

/** Mozilla Readability's class, as the separately injected readability script hands it over. */
export type ReadabilityClass = typeof Readability;

/**
 * Readability is a third of the article module and the page needs it only when it plans for
 * itself (the extension's copy did not match the live page, or the extension could not
 * answer): the background injects it then, as a script of its own (`readability.js`), into the
 * same isolated world. This slot on that world's global is where it lands (as
 * article-module-slot.ts does for the article module).
 */
const SLOT = Symbol.for('reader-assistant.readability');

type Slot = Record<symbol, ReadabilityClass | undefined>;

export function registerReadability(global: object, readability: ReadabilityClass): void {
  (global as Slot)[SLOT] = readability;
}

export function loadedReadability(global: object): ReadabilityClass | undefined {
  return (global as Slot)[SLOT];
}
