/**
 * Pages of the shared corpus whose citation metadata someone stated, with that truth:
 * - readability: each case's `expected-metadata.json` (title, byline, lang, siteName,
 *   publishedTime), i.e. Readability's own expected output, reviewed with its test suite;
 * - en, vi: fundus `*.expected.json` (title, authors, publishing_date) and the trafilatura
 *   evaluation subset (title, author, date).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from './corpus';
import type { MetadataTruth } from './score-metadata';

export interface MetadataCase {
  set: string;
  id: string;
  file: string;
  url?: string;
  truth: MetadataTruth;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Only the fields stated, non-empty. */
function stated(truth: Record<string, string | string[] | null | undefined>): MetadataTruth {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(truth)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) ? value.length > 0 : value.trim() !== '') out[key] = value;
  }
  return out as MetadataTruth;
}

function readabilityCases(): MetadataCase[] {
  const dir = path.join(corpusDir, 'readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const caseDir = path.join(dir, d.name);
      const meta = readJson<Record<string, string | null>>(
        path.join(caseDir, 'expected-metadata.json'),
      );
      return {
        set: 'readability',
        id: d.name,
        file: path.join(caseDir, 'source.html'),
        url: 'http://fakehost/test/page.html',
        truth: stated({
          title: meta.title,
          authors: meta.byline ? [meta.byline] : undefined,
          published: meta.publishedTime,
          siteName: meta.siteName,
          lang: meta.lang,
        }),
      };
    });
}

interface ManifestEntry {
  file: string;
  url?: string;
}

interface FundusMeta {
  title?: string;
  authors?: string[];
  publishing_date?: string;
}

interface TrafilaturaMeta {
  title?: string;
  author?: string;
  date?: string;
}

function pageCases(set: 'en' | 'vi'): MetadataCase[] {
  const dir = path.join(corpusDir, set);
  const subsetFile = path.join(dir, 'trafilatura-evaldata-subset.json');
  const subset = existsSync(subsetFile)
    ? readJson<Record<string, TrafilaturaMeta>>(subsetFile)
    : {};
  const out: MetadataCase[] = [];
  for (const m of readJson<ManifestEntry[]>(path.join(dir, 'manifest.json'))) {
    const file = path.join(dir, m.file);
    const fundusFile = file.replace(/\.html$/, '.expected.json');
    let truth: MetadataTruth = {};
    if (existsSync(fundusFile)) {
      const f = readJson<FundusMeta>(fundusFile);
      truth = stated({ title: f.title, authors: f.authors, published: f.publishing_date });
    } else if (subset[m.file] !== undefined) {
      const t = subset[m.file] as TrafilaturaMeta;
      truth = stated({
        title: t.title,
        authors: t.author ? [t.author] : undefined,
        published: t.date,
      });
    }
    if (Object.keys(truth).length === 0) continue;
    const url = m.url !== undefined && /^https?:\/\/\S+$/.test(m.url) ? m.url : undefined;
    out.push({ set, id: m.file, file, url, truth });
  }
  return out;
}

export function loadMetadataCases(): Map<string, MetadataCase[]> {
  return new Map([
    ['readability', readabilityCases()],
    ['en', pageCases('en')],
    ['vi', pageCases('vi')],
  ]);
}
