import type { Clipping } from '../model/stored-records';
import { citationData, type CitationDate } from './citation-data';
import { citationKeys } from './citation-key';
import type { PersonName } from './person-name';

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts': [number[]];
}

/** One CSL-JSON item as this export writes it (the subset of the CSL schema we fill). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'article-journal';
  title: string;
  author?: PersonName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  DOI?: string;
  language?: string;
  keyword?: string;
  note?: string;
}

function cslDate(date: CitationDate): CslDate {
  const parts = [date.year];
  if (date.month !== undefined) parts.push(date.month);
  if (date.month !== undefined && date.day !== undefined) parts.push(date.day);
  return { 'date-parts': [parts] };
}

/** CSL-JSON items (Zotero, Pandoc, citeproc), ids equal to the BibTeX keys of the same export. */
export function clippingsToCslItems(clippings: readonly Clipping[]): CslItem[] {
  const data = clippings.map(citationData);
  const keys = citationKeys(data);
  return data.map((d, i) => ({
    id: keys[i] ?? `item${i + 1}`,
    // A DOI means a journal article, matching `@article` in the BibTeX export.
    type: d.doi ? 'article-journal' : 'article-newspaper',
    title: d.title,
    ...(d.authors.length > 0 && { author: d.authors }),
    ...(d.site && { 'container-title': d.site }),
    ...(d.published && { issued: cslDate(d.published) }),
    accessed: cslDate(d.accessed),
    URL: d.url,
    ...(d.doi && { DOI: d.doi }),
    ...(d.lang && { language: d.lang }),
    ...(d.keywords.length > 0 && { keyword: d.keywords.join(', ') }),
    ...(d.note.trim() !== '' && { note: d.note }),
  }));
}

/** The CSL-JSON file text. */
export function clippingsToCslJson(clippings: readonly Clipping[]): string {
  return JSON.stringify(clippingsToCslItems(clippings), null, 2) + '\n';
}
