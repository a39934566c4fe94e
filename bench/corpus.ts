/**
 * Loads the shared test corpus (never copied into the repo) as benchmark cases: the page file,
 * whether it is an article, and the article body text where ground truth exists.
 *
 * Ground truth per set:
 * - article-extraction-benchmark: `ground-truth.json` articleBody.
 * - readability: the text of `expected.html`; `readerable` from expected-metadata.json.
 * - seed: `laichau.article.txt`.
 * - vi/vnexpress, en/fundus: fundus `*.expected.json` = summary + section headlines/paragraphs.
 * - vi/dantri: the publisher's own article markup, `.singular-sapo` + `.singular-content`
 *   (`.e-magazine__sapo` + `.e-magazine__body` on the long-form layout).
 * - vi/tuoitre: the lead (`p.txt-head`, or the first `section.fck > p` on mobile) + the first
 *   `div.fck` (the body container, images and captions included).
 * Titles and bylines are not part of any truth (as in the Zyte benchmark).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml, readHtmlFile } from '../scripts/parse-html-file';
import { textBlocks } from '../src/extract/visible-text';

/** One page of one benchmark set. */
export interface CorpusCase {
  set: string;
  id: string;
  file: string;
  url?: string;
  isArticle: boolean;
  /** Lazily computed ground-truth article body, when the set has one. */
  truth?: () => string;
}

export const corpusDir = process.env.CORPUS_DIR ?? path.resolve('../shared/corpus');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function htmlText(html: string, selectors: readonly string[]): string {
  const doc = parseHtml(html);
  const parts: string[] = [];
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (el !== null) parts.push(...textBlocks(el, new Set()));
  }
  doc.defaultView?.close();
  return parts.join('\n\n');
}

interface FundusExpected {
  body?: { summary?: string[]; sections?: Array<{ headline?: string[]; paragraphs?: string[] }> };
}

function fundusText(file: string): string {
  const body = readJson<FundusExpected>(file).body;
  const parts = [...(body?.summary ?? [])];
  for (const s of body?.sections ?? []) parts.push(...(s.headline ?? []), ...(s.paragraphs ?? []));
  return parts.join('\n\n');
}

interface ManifestEntry {
  file: string;
  url?: string;
  kind?: string;
}

function zyteCases(): CorpusCase[] {
  const dir = path.join(corpusDir, 'article-extraction-benchmark');
  const truth = readJson<Record<string, { articleBody: string; url: string }>>(
    path.join(dir, 'ground-truth.json'),
  );
  return Object.entries(truth).map(([id, t]) => ({
    set: 'article-extraction-benchmark',
    id,
    file: path.join(dir, 'html', `${id}.html.gz`),
    url: t.url,
    isArticle: true,
    truth: () => t.articleBody,
  }));
}

function readabilityCases(): CorpusCase[] {
  const dir = path.join(corpusDir, 'readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const caseDir = path.join(dir, d.name);
      const meta = readJson<{ readerable?: boolean }>(path.join(caseDir, 'expected-metadata.json'));
      return {
        set: 'readability',
        id: d.name,
        file: path.join(caseDir, 'source.html'),
        url: 'http://fakehost/test/page.html',
        isArticle: meta.readerable !== false,
        truth: () => htmlText(readFileSync(path.join(caseDir, 'expected.html'), 'utf8'), ['body']),
      };
    });
}

function viTruth(file: string): (() => string) | undefined {
  const base = path.basename(file);
  const fundus = file.replace(/\.html$/, '.expected.json');
  if (existsSync(fundus)) return () => fundusText(fundus);
  if (base.startsWith('dantri-'))
    return () =>
      htmlText(readHtmlFile(file), [
        '.singular-sapo, .e-magazine__sapo',
        '.singular-content, .e-magazine__body',
      ]);
  if (base.startsWith('tuoitre-')) {
    return () => htmlText(readHtmlFile(file), ['p.txt-head, section.fck > p', 'div.fck']);
  }
  return undefined;
}

function manifestCases(set: 'vi' | 'en' | 'non-article'): CorpusCase[] {
  const dir = path.join(corpusDir, set);
  return readJson<ManifestEntry[]>(path.join(dir, 'manifest.json')).map((m) => {
    const file = path.join(dir, m.file);
    const isArticle = set !== 'non-article';
    const fundus = file.replace(/\.html$/, '.expected.json');
    let truth: (() => string) | undefined;
    if (set === 'vi') truth = viTruth(file);
    else if (set === 'en' && existsSync(fundus)) truth = () => fundusText(fundus);
    const url = m.url !== undefined && /^https?:\/\/\S+$/.test(m.url) ? m.url : undefined;
    return { set, id: m.file, file, url, isArticle, truth };
  });
}

function seedCases(): CorpusCase[] {
  const dir = path.join(corpusDir, 'seed');
  return [
    {
      set: 'seed',
      id: 'laichau',
      file: path.join(dir, 'laichau.html'),
      url: 'https://congthuong.vn/nganh-cong-thuong-lai-chau-no-luc-on-dinh-san-xuat-xuat-khau.html',
      isArticle: true,
      truth: () => readFileSync(path.join(dir, 'laichau.article.txt'), 'utf8'),
    },
  ];
}

/** All sets, in report order. */
export function loadCorpus(): Map<string, CorpusCase[]> {
  return new Map([
    ['article-extraction-benchmark', zyteCases()],
    ['readability', readabilityCases()],
    ['vi', manifestCases('vi')],
    ['seed', seedCases()],
    ['en', manifestCases('en')],
    ['non-article', manifestCases('non-article')],
  ]);
}
