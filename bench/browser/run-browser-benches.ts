/** Runs the in-browser benchmarks in turn; one failing does not stop the others. */
import { failedSection, type Section } from '../bench-report';
import type { BenchEnv } from './bench-env';
import type { BenchOptions } from './bench-options';
import { contentScriptCost } from './content-script-cost';
import { benchPages } from './corpus-pages';
import { highlightTime } from './highlight-time';
import { hostilePages } from './hostile-pages';
import { longTasks } from './long-tasks';

export async function runBrowserBenches(
  env: BenchEnv,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Section[]> {
  const verbose = options.verbose ? log : () => {};
  const steps: Array<[string, () => Promise<Section>]> = [
    [
      'Content-script cost vs Readability',
      () =>
        contentScriptCost(
          env,
          benchPages({
            zyteSample: options.zyteSample,
            ...(options.limit ? { limit: options.limit } : {}),
          }),
          options.runs,
          verbose,
        ),
    ],
    ['Highlighting time on the seed article', () => highlightTime(env, Math.max(options.runs, 30))],
    ['Long tasks', () => longTasks(env, options.dist, options.runs, options.paragraphs)],
    ['Large and hostile pages', () => hostilePages(env, options.dist, log)],
  ];
  const sections: Section[] = [];
  for (const [title, run] of steps) {
    const started = Date.now();
    log(`${title}…`);
    try {
      sections.push(await run());
    } catch (error) {
      sections.push(failedSection(title, error));
    }
    log(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return sections;
}
