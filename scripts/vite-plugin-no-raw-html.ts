import type { Plugin } from 'vite';

/**
 * Takes Preact's `dangerouslySetInnerHTML` out of the bundle: the one place its runtime assigns
 * `innerHTML`, which `web-ext lint` reports (UNSAFE_VAR_ASSIGNMENT) in every extension page.
 * Our code never uses the property (eslint forbids it in src/); with this, a use would throw
 * instead of writing raw markup. The build fails if Preact's code no longer has exactly one
 * such assignment, so an upgrade cannot quietly bring the sink back or make this a no-op.
 */
const ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const REFUSAL =
  '(()=>{throw new Error("dangerouslySetInnerHTML is not supported by Reader Assistant\'s build")})()';

export function noRawHtml(): Plugin {
  return {
    name: 'reader-assistant:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0] ?? ''))
        return null;
      const found = code.match(ASSIGNMENT)?.length ?? 0;
      if (found !== 1)
        this.error(`expected one innerHTML assignment in Preact's runtime, found ${found}`);
      return { code: code.replace(ASSIGNMENT, `(${REFUSAL})`), map: null };
    },
  };
}
