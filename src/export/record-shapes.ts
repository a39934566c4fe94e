import type { Figure } from '../model/figure';
import type { FigureComparison, FigureRecord } from '../model/figure-record';
import type { Project } from '../model/project';
import type { AnnotationSelector } from '../model/annotation-selectors';
import type { ArticleMetadata } from '../model/article-metadata';
import type { Clipping, UserAnnotation } from '../model/stored-records';
import * as S from './json-shape';

/*
 * The one definition of what a stored record may hold. Import checks backups with these shapes;
 * the save path fits a record to the same LIMITS (`fit-record.ts`) and checks it with the same
 * shape before writing, so anything the extension saves, its import reads back. Typed as the
 * store's own interfaces: a field added to the schema without a rule here fails to compile.
 */

// Far above anything real (a long article is ~100 kB of HTML), low enough that a hostile file
// cannot make us store gigabytes or freeze the library rendering one field.
export const LIMITS = {
  id: 200,
  url: 8192,
  shortText: 10_000,
  html: 20_000_000,
  text: 10_000_000,
  note: 1_000_000,
  quote: 100_000,
  listSmall: 1_000,
  tag: 200,
  figureText: 1000,
  figureUnit: 64,
  lang: 64,
  doi: 1000,
  figures: 50_000,
  selectors: 16,
  imageType: 100,
  time: 8.64e15,
  offset: 1e9,
  pixels: 100_000,
} as const;

/** How far in the future a record's time may be (clocks drift); later is a forged record. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export const noControl = {
  test: (s: string) => s.trim() !== '' && !hasControlCharacter(s),
  expected: 'a non-empty id without control characters',
};
export const id = S.str(LIMITS.id, noControl);

/** Whether `s` can be a record's id (what `id` accepts). */
export function isRecordId(s: string): boolean {
  return s.length <= LIMITS.id && noControl.test(s);
}
export const key = S.str(LIMITS.url, noControl);

/**
 * An absolute URL of any scheme (`https:`, `data:`, `file:`, `chrome-extension:`…): pages are
 * saved from wherever the browser shows them, and a canonical link may name any scheme. It is
 * only ever shown as text or opened on the user's click (the reader keeps links to web ones).
 */
export function isAbsoluteUrl(s: string): boolean {
  if (s === '' || hasControlCharacter(s) || !/^[a-z][a-z0-9+.-]*:/i.test(s)) return false;
  // Never an address to keep: a click on it would run code.
  if (/^(javascript|vbscript):/i.test(s)) return false;
  try {
    return new URL(s).protocol !== '';
  } catch {
    return false;
  }
}
export const anyUrl = S.str(LIMITS.url, { test: isAbsoluteUrl, expected: 'an absolute address' });

/**
 * An image's MIME type, or `application/octet-stream` for bytes a page labelled otherwise: a
 * Blob typed `text/html` would render as a page in the extension's origin if ever opened.
 */
export function isImageType(s: string): boolean {
  return /^image\/[a-z0-9.+-]{1,80}$/.test(s) || s === OPAQUE_TYPE;
}
export const OPAQUE_TYPE = 'application/octet-stream';
export const blobType = S.str(LIMITS.imageType, {
  test: isImageType,
  expected: 'an image type such as "image/jpeg"',
});

export const time = S.int(0, LIMITS.time);
const offset = S.int(0, LIMITS.offset);
const short = S.str(LIMITS.shortText);

const metadata = S.object<ArticleMetadata>({
  title: S.nullable(short),
  byline: S.nullable(short),
  authors: S.listOf(short, LIMITS.listSmall),
  siteName: S.nullable(short),
  publishedTime: S.nullable(short),
  modifiedTime: S.nullable(short),
  canonicalUrl: S.nullable(anyUrl),
  lang: S.nullable(S.str(LIMITS.lang)),
  description: S.nullable(short),
  doi: S.nullable(S.str(LIMITS.doi)),
});

const figureComparison = S.object<FigureComparison>({
  change: S.finite,
  unit: S.str(LIMITS.figureUnit),
  base: S.oneOf('year-on-year', 'previous-period', 'period', 'plan', 'unstated'),
  basePeriod: S.optional(S.str(LIMITS.figureUnit)),
  figure: S.optional(offset),
});

export const figureRecord = S.object<FigureRecord>({
  subject: S.optional(S.str(LIMITS.figureText)),
  entity: S.optional(S.str(LIMITS.figureText)),
  period: S.optional(S.str(LIMITS.figureUnit)),
  comparison: S.optional(figureComparison),
  status: S.optional(S.oneOf('estimate', 'target', 'plan')),
});

export const figure = S.refine(
  S.object<Figure>({
    text: S.str(LIMITS.figureText),
    kind: S.oneOf('money', 'percent', 'quantity'),
    value: S.finite,
    currency: S.optional(S.str(LIMITS.figureUnit)),
    unit: S.optional(S.str(LIMITS.figureUnit)),
    per: S.optional(S.str(LIMITS.figureUnit)),
    change: S.optional(S.oneOf('up', 'down')),
    record: S.optional(figureRecord),
    start: offset,
    end: offset,
  }),
  (f) => f.start <= f.end,
  'figure ends before it starts',
);

export const project = S.refine(
  S.object<Project>({
    text: S.str(LIMITS.figureText),
    name: S.str(LIMITS.figureText),
    type: S.str(LIMITS.figureText),
    start: offset,
    end: offset,
  }),
  (p) => p.start <= p.end,
  'project ends before it starts',
);

export const clipping = S.object<Clipping>({
  id,
  url: anyUrl,
  canonicalKey: key,
  metadata,
  html: S.str(LIMITS.html),
  text: S.str(LIMITS.text),
  figures: S.listOf(figure, LIMITS.figures),
  projects: S.listOf(project, LIMITS.figures),
  tags: S.listOf(S.str(LIMITS.tag), LIMITS.listSmall),
  note: S.str(LIMITS.note),
  savedAt: time,
  updatedAt: time,
  missingImages: S.listOf(anyUrl, LIMITS.listSmall),
});

const selector = S.tagged<AnnotationSelector>({
  TextQuoteSelector: S.object({
    type: S.oneOf('TextQuoteSelector'),
    exact: S.str(LIMITS.quote),
    prefix: S.str(LIMITS.quote),
    suffix: S.str(LIMITS.quote),
  }),
  TextPositionSelector: S.object({
    type: S.oneOf('TextPositionSelector'),
    start: offset,
    end: offset,
  }),
  RangeSelector: S.object({
    type: S.oneOf('RangeSelector'),
    startContainer: S.str(LIMITS.shortText),
    startOffset: offset,
    endContainer: S.str(LIMITS.shortText),
    endOffset: offset,
  }),
});

export const annotation = S.object<UserAnnotation>({
  id,
  canonicalKey: key,
  clippingId: S.nullable(id),
  selectors: S.listOf(selector, LIMITS.selectors),
  quote: S.str(LIMITS.quote),
  color: S.oneOf('yellow', 'green', 'blue', 'pink'),
  note: S.str(LIMITS.note),
  createdAt: time,
  updatedAt: time,
  orphan: S.bool,
});

/** The first time of a record later than `now` + a day, as a problem naming the field. */
export function futureTimeProblem(
  times: Record<string, number>,
  now: number,
  path: string,
): S.ShapeProblem | null {
  for (const [field, value] of Object.entries(times)) {
    if (value > now + FUTURE_TOLERANCE_MS) {
      const when = new Date(value).toISOString();
      return new S.ShapeProblem(`${path}.${field}`, `${field} ${when}`);
    }
  }
  return null;
}
