import type { Figure } from '../../../src/model/figure';
import type { ArticleMetadata } from '../../../src/model/article-metadata';
import type { ClippingSummary } from '../../../src/store/library-queries';
import type { Clipping } from '../../../src/model/stored-records';

/** Metadata that states only a title (in English); every other field is empty. */
export function metadataTitled(title: string): ArticleMetadata {
  return {
    title,
    byline: null,
    authors: [],
    siteName: null,
    publishedTime: null,
    modifiedTime: null,
    canonicalUrl: null,
    lang: 'en',
    description: null,
    doi: null,
  };
}

/** A clipping with just what a test sets; the rest is empty. */
export function makeClipping(id: string, over: Partial<Clipping> = {}): Clipping {
  return {
    id,
    url: `https://example.com/${id}`,
    canonicalKey: `https://example.com/${id}`,
    metadata: metadataTitled(id),
    html: `<p>${id}</p>`,
    text: id,
    figures: [],
    projects: [],
    tags: [],
    note: '',
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    missingImages: [],
    ...over,
  };
}

/** The list's view of a clipping. */
export function summary(c: Clipping): ClippingSummary {
  const { html: _html, ...rest } = c;
  return rest;
}

export function money(text: string, value: number, currency: string): Figure {
  return { text, kind: 'money', value, currency, start: 0, end: text.length };
}
