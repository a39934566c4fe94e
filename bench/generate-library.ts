/**
 * The 10,000-clipping library the library benchmark measures: real article texts from the
 * repository's fixtures, rotated and thinned with a seeded generator so the search index sees a
 * realistic vocabulary and every run measures the same library.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { findFigures } from '../src/annotate/find-figures';
import type { Clipping } from '../src/model/stored-records';

interface BaseArticle {
  title: string;
  lang: string;
  site: string;
  paragraphs: string[];
}

const SOURCES: { file: string; site: string }[] = [
  { file: 'test/fixtures/seed/laichau.html', site: 'Báo Công Thương' },
  { file: 'test/fixtures/library/english-article.html', site: 'Harbour Economic Review' },
  { file: 'test/fixtures/anchor/vn-ha-tang.html', site: 'VnExpress' },
  { file: 'test/fixtures/anchor/vn-kinh-te.html', site: 'Dân trí' },
  { file: 'test/fixtures/anchor/vn-giao-duc.html', site: 'Tuổi Trẻ' },
  { file: 'test/fixtures/anchor/en-economy.html', site: 'Reuters' },
  { file: 'test/fixtures/anchor/en-tech.html', site: 'CNBC' },
  { file: 'test/fixtures/anchor/en-science.html', site: 'AP News' },
];

const TAGS = [
  'năng lượng',
  'xuất khẩu',
  'hạ tầng',
  'rates',
  'trade',
  'FDI',
  'thủy điện',
  'giáo dục',
];

function loadBase(file: string, site: string): BaseArticle {
  const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
  const title = doc.querySelector('h1')?.textContent?.trim() ?? doc.title;
  const paragraphs = Array.from(doc.querySelectorAll('p, li'))
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40);
  return { title, lang: doc.documentElement.lang || 'en', site, paragraphs };
}

/** Deterministic pseudo-random numbers, so every run benchmarks the same library. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40"><rect width="64" height="40" fill="#8fbc8f"/></svg>';

/** A clipping as the save flow writes it, plus (sometimes) one small image. */
export interface GeneratedClipping {
  clipping: Clipping;
  imageSvg: string | null;
}

/** `count` clippings, newest first by savedAt descending index. */
export function generateLibrary(count: number): GeneratedClipping[] {
  const bases = SOURCES.map((s) => loadBase(s.file, s.site));
  const rand = random(42);
  const out: GeneratedClipping[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const base = bases[i % bases.length] as BaseArticle;
    // Rotate and drop paragraphs so documents differ but stay real prose.
    const shift = Math.floor(rand() * base.paragraphs.length);
    const paragraphs = [...base.paragraphs.slice(shift), ...base.paragraphs.slice(0, shift)].filter(
      () => rand() > 0.15,
    );
    const text = paragraphs.join('\n\n');
    const withImage = i % 10 === 0;
    const id = `gen-${String(i).padStart(5, '0')}`;
    const html =
      paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('') +
      (withImage ? `<figure><img src="ra-image:${id}-img" alt="chart"></figure>` : '');
    const savedAt = start + i * 3_600_000;
    const tags = TAGS.filter(() => rand() < 0.2);
    out.push({
      clipping: {
        id,
        url: `https://news.example/${id}`,
        canonicalKey: `https://news.example/${id}`,
        metadata: {
          title: `${base.title} (${i + 1})`,
          byline: null,
          authors: [],
          siteName: base.site,
          publishedTime: new Date(savedAt - 86_400_000).toISOString(),
          modifiedTime: null,
          canonicalUrl: `https://news.example/${id}`,
          lang: base.lang,
          description: null,
          doi: null,
        },
        html,
        text,
        figures: findFigures(text, base.lang),
        projects: [],
        tags,
        note: rand() < 0.1 ? 'Cần đối chiếu số liệu gốc' : '',
        savedAt,
        updatedAt: savedAt,
        missingImages: [],
      },
      imageSvg: withImage ? SVG : null,
    });
  }
  return out;
}
