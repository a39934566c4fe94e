/**
 * `npm run analyze -- [--url URL] [--pretty] FILE...`: runs the pure pipeline on saved HTML
 * files (jsdom, no scripts, no network) and prints one JSON object per file, in order. A file
 * that cannot be read or parsed yields {"file","error"} and the others still run.
 */
import { analyzeDocument } from '../src/pipeline/analyze-document';
import { parseHtmlFile } from './parse-html-file';
import { findFigures } from '../src/annotate/find-figures';
import { findProjects } from '../src/annotate/find-projects';
import type { Figure } from '../src/model/figure';
import type { Project } from '../src/model/project';

/** The recognisers, as the content script runs them, in the shape `analyze` prints. */
function annotate(text: string, lang: string) {
  return {
    figures: findFigures(text, lang).map(({ start: _s, end: _e, ...f }: Figure) => f),
    projects: findProjects(text, lang).map(({ text: t, name }: Project) => ({ text: t, name })),
  };
}

const USAGE = 'usage: npm run analyze -- [--url URL] [--pretty] FILE[.gz]...';

interface Options {
  url?: string;
  pretty: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { pretty: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--pretty') options.pretty = true;
    else if (arg === '--url') {
      const url = argv[++i];
      if (url === undefined) return '--url needs a value';
      try {
        options.url = new URL(url).href;
      } catch {
        return `--url is not a valid URL: ${url}`;
      }
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  return options.files.length === 0 ? 'no input files' : options;
}

function analyzeFile(file: string, url: string | undefined): Record<string, unknown> {
  try {
    const doc = parseHtmlFile(file, url);
    const a = analyzeDocument(doc, url, annotate);
    // Free the jsdom window now: a long file list would otherwise exhaust the heap.
    doc.defaultView?.close();
    const m = a.metadata;
    return {
      file,
      isArticle: a.verdict.isArticle,
      confidence: a.verdict.confidence,
      // The model's probability that the page is an article, and whether it is close enough
      // to the line to be offered the article view.
      score: a.verdict.score,
      borderline: a.verdict.borderline,
      reasons: a.verdict.reasons,
      lang: a.lang,
      metadata: {
        title: m.title,
        byline: m.byline,
        siteName: m.siteName,
        publishedTime: m.publishedTime,
        canonicalUrl: m.canonicalUrl,
        description: m.description,
      },
      text: a.text,
      figures: a.figures,
      projects: a.projects,
    };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options ? `${options}\n` : ''}${USAGE}\n`);
    process.exit(options ? 2 : 0);
  }
  for (const file of options.files) {
    const result = analyzeFile(file, options.url);
    process.stdout.write(`${JSON.stringify(result, null, options.pretty ? 2 : undefined)}\n`);
  }
}

main();
