/**
 * How a tool's citation metadata is judged against a page's truth, field by field. Each rule
 * accepts what a person citing the page would accept, and nothing looser:
 * - title: the same words (case, spacing, quote and dash styles aside), or the same but for one
 *   leading or trailing part after a separator (" | eHow", "Báo X - "): the site's name, which
 *   some truths keep (Readability keeps og:title as written) and a citation leaves out;
 * - authors: every true author's name appears in the tool's byline or author list;
 * - published: the same instant within a minute when both carry a time, else the same date;
 * - site name: the same words; language: the same primary subtag (`en-US` is `en`).
 */

/** One field of the truth, as the corpus states it. */
export type MetadataField = 'title' | 'authors' | 'published' | 'siteName' | 'lang';
export const METADATA_FIELDS: readonly MetadataField[] = [
  'title',
  'authors',
  'published',
  'siteName',
  'lang',
];

/** What a tool reported, reduced to the fields scored. */
export interface ToolMetadata {
  title: string | null;
  /** Byline and author names as one string (where a name is looked for). */
  authors: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
}

/** The truth of one page: only the fields its source states. */
export type MetadataTruth = Partial<{
  title: string;
  authors: string[];
  published: string;
  siteName: string;
  lang: string;
}>;

export function normalizeWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "By Jane Doe" and "Jane Doe" name the same person. */
function normalizeName(name: string): string {
  return normalizeWords(name).replace(/^(by|bởi|theo)\s+/, '');
}

/**
 * A true name is found in what the tool reported, or what it reported is most of a longer
 * true byline ("Jane Doe" for "Jane Doe, Staff Writer"): bylines carry titles tools drop.
 */
function nameFound(name: string, have: string): boolean {
  if (name === '' || have === '') return false;
  return have.includes(name) || (name.includes(have) && have.length >= 0.6 * name.length);
}

const SEPARATOR = / [|\-·:»/] /g;

/** The title with its first or last separated part dropped (none when it has no separator). */
function withoutOnePart(title: string): string[] {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return [];
  const seps = title.match(SEPARATOR) ?? [];
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  return [
    title.slice(0, title.length - last.length - (seps[seps.length - 1]?.length ?? 0)),
    title.slice(first.length + (seps[0]?.length ?? 0)),
  ];
}

function sameTitle(truth: string, got: string): boolean {
  const a = normalizeWords(truth);
  const b = normalizeWords(got);
  return a === b || withoutOnePart(a).includes(b) || withoutOnePart(b).includes(a);
}

const HAS_TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** The calendar date as written (the page's own zone), or null. */
function dateOf(value: string): string | null {
  const iso = /\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso) return iso[0];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function samePublished(truth: string, got: string): boolean {
  if (HAS_TIME.test(truth) && HAS_TIME.test(got)) {
    // fundus writes "2023-04-28 18:23:00+00:00": a space where ISO has a T.
    const a = Date.parse(truth.replace(' ', 'T'));
    const b = Date.parse(got.replace(' ', 'T'));
    if (!Number.isNaN(a) && !Number.isNaN(b)) return Math.abs(a - b) <= 60_000;
  }
  const a = dateOf(truth);
  return a !== null && a === dateOf(got);
}

/** True or false for each field the truth states; fields it does not state are left out. */
export function scoreMetadata(
  truth: MetadataTruth,
  got: ToolMetadata,
): Partial<Record<MetadataField, boolean>> {
  const out: Partial<Record<MetadataField, boolean>> = {};
  if (truth.title !== undefined)
    out.title = got.title !== null && sameTitle(truth.title, got.title);
  if (truth.authors !== undefined && truth.authors.length > 0) {
    const have = normalizeName(got.authors ?? '');
    out.authors = truth.authors.every((name) => nameFound(normalizeName(name), have));
  }
  if (truth.published !== undefined)
    out.published = got.published !== null && samePublished(truth.published, got.published);
  if (truth.siteName !== undefined)
    out.siteName =
      got.siteName !== null && normalizeWords(got.siteName) === normalizeWords(truth.siteName);
  if (truth.lang !== undefined) {
    const primary = (lang: string) => lang.trim().toLowerCase().split(/[-_]/)[0];
    out.lang = got.lang !== null && primary(got.lang) === primary(truth.lang);
  }
  return out;
}
