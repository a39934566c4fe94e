/**
 * `tsx bench/content-script.ts [--limit N] [--runs N] [--zyte N] [--dist dir] [-v]`: only the
 * benchmarks that need a real browser (content-script cost vs Readability, highlighting time,
 * long tasks), printed as markdown. `npm run bench` runs these and everything else.
 */
import { sectionMarkdown, type Section } from './bench-report';
import { openBenchEnv } from './browser/bench-env';
import { parseBenchOptions } from './browser/bench-options';
import { runBrowserBenches } from './browser/run-browser-benches';

const options = parseBenchOptions(process.argv.slice(2));
const env = await openBenchEnv();
let sections: Section[];
try {
  sections = await runBrowserBenches(env, options, (line) => console.error(line));
} finally {
  await env.close();
}
console.log(sections.map(sectionMarkdown).join('\n\n'));
