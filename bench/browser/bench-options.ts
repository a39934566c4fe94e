/** Command-line options shared by `npm run bench` and `tsx bench/content-script.ts`. */
import { parseArgs } from 'node:util';

/** Parsed options. */
export interface BenchOptions {
  /** Pages per set at most (quick runs while developing). */
  limit?: number;
  /** Counted rounds per page. */
  runs: number;
  /** Pages sampled from the 181 of the article-extraction benchmark. */
  zyteSample: number;
  /** The built Chrome extension. */
  dist: string;
  /** Paragraphs in the generated long article. */
  paragraphs: number;
  /** Rebuild even when `dist` exists. */
  build: boolean;
  /** Print one line per page. */
  verbose: boolean;
}

const positiveInt = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${name} wants a positive integer, got ${value}`);
  return n;
};

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      limit: { type: 'string' },
      runs: { type: 'string' },
      zyte: { type: 'string' },
      dist: { type: 'string' },
      paragraphs: { type: 'string' },
      build: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
    strict: true,
  });
  return {
    ...(values.limit !== undefined ? { limit: positiveInt(values.limit, 0, 'limit') } : {}),
    runs: positiveInt(values.runs, 5, 'runs'),
    zyteSample: positiveInt(values.zyte, 20, 'zyte'),
    dist: values.dist ?? 'dist/chrome',
    paragraphs: positiveInt(values.paragraphs, 3000, 'paragraphs'),
    build: values.build ?? false,
    verbose: values.verbose ?? false,
  };
}
