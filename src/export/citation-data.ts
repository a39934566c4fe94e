import type { Clipping } from '../model/stored-records';
import { hostOf, namesOwner } from '../shared/site-owner';
import { splitPersonName, type PersonName } from './person-name';

/** A calendar date as a citation needs it; month/day are absent when the source gave only a year. */
export interface CitationDate {
  year: number;
  month?: number;
  day?: number;
}

/** What every citation format (BibTeX, RIS, CSL-JSON) says about a clipping, worked out once. */
export interface CitationData {
  title: string;
  authors: PersonName[];
  site: string | null;
  published: CitationDate | null;
  accessed: CitationDate;
  url: string;
  doi: string | null;
  keywords: string[];
  lang: string | null;
  note: string;
}

/** Gathers the citation fields of a clipping, with the fallbacks each format would otherwise repeat. */
export function citationData(c: Clipping): CitationData {
  const m = c.metadata;
  const names = m.authors.length > 0 ? m.authors : m.byline ? splitByline(m.byline) : [];
  const owners = [m.siteName, hostOf(m.canonicalUrl ?? c.url)];
  return {
    title: clean(m.title ?? '') || c.url,
    authors: names
      .map(clean)
      .filter((n) => n !== '')
      // The publisher standing as author ("Dân Trí" on a dantri.com.vn page) is an
      // organisation: a literal name, never split into family and given names.
      .map((n) => (namesOwner(n, owners) ? { literal: n } : splitPersonName(n, m.lang))),
    site: clean(m.siteName ?? '') || null,
    published: parseWrittenDate(m.publishedTime),
    accessed: utcDate(c.savedAt),
    url: m.canonicalUrl ?? c.url,
    doi: m.doi ? clean(m.doi) : null,
    keywords: c.tags.map(clean).filter((t) => t !== ''),
    lang: m.lang,
    note: c.note,
  };
}

/** Collapses runs of whitespace (titles scraped from pages carry newlines and tabs). */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits `By A and B` / `A - B`; never on a comma, which may be `Family, Given`. */
function splitByline(byline: string): string[] {
  return byline.replace(/^\s*(by|theo)\s+/i, '').split(/\s+(?:and|&|và)\s+|\s+[-–]\s+|;/i);
}

/**
 * The date as the publisher wrote it (`2020-05-12T08:30:00+07:00` → 12 May 2020). Converting to
 * UTC would move late-evening Vietnamese articles to the previous day.
 */
export function parseWrittenDate(value: string | null): CitationDate | null {
  const match = value ? /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return { year };
  if (day !== undefined && (day < 1 || day > 31)) return { year, month };
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/** Access dates are days in UTC so exports do not depend on the exporting machine's time zone. */
export function utcDate(epochMs: number): CitationDate {
  const d = new Date(epochMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2020-05-12`, `2020-05` or `2020` (ISO 8601 / EDTF, what biblatex and CSL expect). */
export function isoDate(date: CitationDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.month !== undefined && date.day !== undefined)
    parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}
