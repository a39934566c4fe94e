/**
 * Bundles a browser-side bench entry into one minified IIFE string with Vite's JS API, to be
 * evaluated in a served page. Built in memory: nothing is written to dist/.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';

type Output = Rolldown.RolldownOutput;

function isOutput(value: unknown): value is Output {
  return typeof value === 'object' && value !== null && 'output' in value;
}

/** The bundled code of `entry` (a path relative to the repo root). */
export async function bundleEntry(
  entry: string,
  browser: 'chrome' | 'firefox' = 'chrome',
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    // Pure pipeline modules may read `process.env` flags (as under Node); in a page they must
    // see none of them rather than throw on a missing `process`.
    define: { 'process.env': '{}', __BROWSER__: JSON.stringify(browser) },
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: path.resolve(entry), formats: ['iife'], name: 'raBench' },
      minify: true,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).filter(isOutput);
  for (const output of outputs) {
    for (const chunk of output.output) {
      if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
    }
  }
  throw new Error(`vite produced no entry chunk for ${entry}`);
}
