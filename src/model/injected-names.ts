/** Each script the background injects into an article when the page asks for it, as the build
 * writes it (scripts/vite-plugin-article-module.ts); what each holds is `InjectedModules` in
 * src/page/shared/injected-modules.ts. */
export const INJECTED_FILES = {
  planner: 'planner.js',
  extras: 'extras.js',
  reader: 'reader.js',
} as const;

/** The name of an injected script, as the page asks for it. */
export type InjectedName = keyof typeof INJECTED_FILES;

export function isInjectedName(value: unknown): value is InjectedName {
  return typeof value === 'string' && Object.hasOwn(INJECTED_FILES, value);
}
