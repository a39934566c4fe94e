import type { Figure } from '../model/figure';
import type { FigureRecord } from '../model/figure-record';
import type { Project } from '../model/project';
import type { AnnotationSelector } from '../model/annotation-selectors';
import type { Clipping, UserAnnotation } from '../model/stored-records';
import type { Check } from './json-shape';
import { LIMITS, OPAQUE_TYPE, figure, isAbsoluteUrl, isImageType, project } from './record-shapes';

/*
 * Fits what a page gave us to the record rules of `record-shapes.ts` before it is stored: a long
 * title is cut, a `data:` image's address loses its payload (the bytes are in the Blob), a figure
 * that cannot be a number is dropped. Text is never re-normalised (NFD, emoji, RTL marks stay as
 * the page had them); only lengths, counts, numbers and addresses are fitted.
 */

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** An address as the rules keep it, or null when it cannot be one. */
export function fitUrl(url: string): string | null {
  const fitted = cutText(url.replace(CONTROL, ''), LIMITS.url);
  return isAbsoluteUrl(fitted) ? fitted : null;
}

/**
 * Where an image came from. A `data:` address keeps only its header (`data:image/png;base64,`):
 * the bytes are in the stored Blob, and a megabyte of base64 is no address.
 */
export function fitImageSource(url: string): string | null {
  const data = /^data:[^,]{0,200}/i.exec(url);
  return fitUrl(data ? `${data[0]},` : url);
}

/** A Blob's type as the rules keep it: an image type, or opaque bytes. */
export function fitBlobType(type: string): string {
  const lower = type.toLowerCase();
  return isImageType(lower) ? lower : OPAQUE_TYPE;
}

/** A time as a whole number of milliseconds within what a Date can hold. */
export function fitTime(t: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(LIMITS.time, Math.max(0, Math.round(t)));
}

function fitOffset(n: number): number {
  return Number.isFinite(n) ? Math.min(LIMITS.offset, Math.max(0, Math.round(n))) : 0;
}

const cut = (max: number) => (s: string) => cutText(s, max);
const cutOrNull = (s: string | null, max: number) => (s === null ? null : cutText(s, max));

/** Items that pass `check`, the others dropped. */
function passing<T>(items: readonly T[], check: Check<T>): T[] {
  return items.filter((item) => {
    try {
      check(item, '$');
      return true;
    } catch {
      return false;
    }
  });
}

function fitFigureRecord(r: FigureRecord): FigureRecord {
  return {
    ...r,
    ...(r.subject !== undefined && { subject: cutText(r.subject, LIMITS.figureText) }),
    ...(r.entity !== undefined && { entity: cutText(r.entity, LIMITS.figureText) }),
  };
}

function fitFigure(f: Figure): Figure {
  return {
    ...f,
    text: cutText(f.text, LIMITS.figureText),
    ...(f.currency !== undefined && { currency: cutText(f.currency, LIMITS.figureUnit) }),
    ...(f.unit !== undefined && { unit: cutText(f.unit, LIMITS.figureUnit) }),
    ...(f.per !== undefined && { per: cutText(f.per, LIMITS.figureUnit) }),
    ...(f.record !== undefined && { record: fitFigureRecord(f.record) }),
    start: fitOffset(f.start),
    end: fitOffset(f.end),
  };
}

function fitProject(p: Project): Project {
  const text = cut(LIMITS.figureText);
  return {
    text: text(p.text),
    name: text(p.name),
    type: text(p.type),
    start: fitOffset(p.start),
    end: fitOffset(p.end),
  };
}

/** Tags without duplicates, each at most `LIMITS.tag` long, at most `LIMITS.listSmall` of them. */
export function fitTags(tags: readonly string[]): string[] {
  const fitted = tags.map(cut(LIMITS.tag)).filter((t) => t !== '');
  return [...new Set(fitted)].slice(0, LIMITS.listSmall);
}

/** A clipping fitted to the record rules (see the file comment for what changes). */
export function fitClipping(c: Clipping): Clipping {
  const m = c.metadata;
  const short = cut(LIMITS.shortText);
  const url = fitUrl(c.url) ?? 'about:blank';
  const key = cutText(c.canonicalKey.replace(CONTROL, ''), LIMITS.url);
  return {
    ...c,
    url,
    canonicalKey: key.trim() === '' ? url : key,
    metadata: {
      title: cutOrNull(m.title, LIMITS.shortText),
      byline: cutOrNull(m.byline, LIMITS.shortText),
      authors: m.authors.slice(0, LIMITS.listSmall).map(short),
      siteName: cutOrNull(m.siteName, LIMITS.shortText),
      publishedTime: cutOrNull(m.publishedTime, LIMITS.shortText),
      modifiedTime: cutOrNull(m.modifiedTime, LIMITS.shortText),
      canonicalUrl: m.canonicalUrl === null ? null : fitUrl(m.canonicalUrl),
      lang: cutOrNull(m.lang, LIMITS.lang),
      description: cutOrNull(m.description, LIMITS.shortText),
      doi: cutOrNull(m.doi, LIMITS.doi),
    },
    html: cutText(c.html, LIMITS.html),
    text: cutText(c.text, LIMITS.text),
    figures: passing(c.figures.map(fitFigure), figure).slice(0, LIMITS.figures),
    projects: passing(c.projects.map(fitProject), project).slice(0, LIMITS.figures),
    tags: fitTags(c.tags),
    note: cutText(c.note, LIMITS.note),
    savedAt: fitTime(c.savedAt),
    updatedAt: fitTime(c.updatedAt),
    missingImages: c.missingImages
      .map(fitImageSource)
      .filter((u): u is string => u !== null)
      .slice(0, LIMITS.listSmall),
  };
}

function fitSelector(s: AnnotationSelector): AnnotationSelector {
  const quote = cut(LIMITS.quote);
  switch (s.type) {
    case 'TextQuoteSelector':
      return { ...s, exact: quote(s.exact), prefix: quote(s.prefix), suffix: quote(s.suffix) };
    case 'TextPositionSelector':
      return { ...s, start: fitOffset(s.start), end: fitOffset(s.end) };
    case 'RangeSelector':
      return {
        ...s,
        startContainer: cutText(s.startContainer, LIMITS.shortText),
        startOffset: fitOffset(s.startOffset),
        endContainer: cutText(s.endContainer, LIMITS.shortText),
        endOffset: fitOffset(s.endOffset),
      };
  }
}

/** A highlight fitted to the record rules (an older build stored fractional or negative offsets). */
export function fitAnnotation(a: UserAnnotation): UserAnnotation {
  return {
    ...a,
    canonicalKey: cutText(a.canonicalKey.replace(CONTROL, ''), LIMITS.url),
    selectors: a.selectors.slice(0, LIMITS.selectors).map(fitSelector),
    quote: cutText(a.quote, LIMITS.quote),
    note: cutText(a.note, LIMITS.note),
    createdAt: fitTime(a.createdAt),
    updatedAt: fitTime(a.updatedAt),
  };
}
