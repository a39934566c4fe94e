import { loadedReadability, type ReadabilityClass } from './readability-slot';

/**
 * Stands in for `@mozilla/readability` in the article module's build (an alias in
 * scripts/vite-plugin-article-module.ts), so the module does not carry Readability: `new
 * Readability(…)` makes an instance of the class the readability script registered
 * (readability-slot.ts). The page layer has it injected before it plans for itself
 * (plan-page.ts); should that have failed, this throws and extract/readability-content.ts
 * reads it as "no article found". Everywhere else (the extension's planner, Node, tests) the
 * real package is imported as usual.
 */
class ReadabilityOnDemand {
  constructor(...args: ConstructorParameters<ReadabilityClass>) {
    const Loaded = loadedReadability(globalThis);
    if (!Loaded) throw new Error('Readability was not injected into this page.');
    // A constructor that returns an object makes `new` yield that object.
    return new Loaded(...args);
  }
}

export const Readability = ReadabilityOnDemand as unknown as ReadabilityClass;
