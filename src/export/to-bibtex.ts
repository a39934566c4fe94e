import type { Clipping } from '../model/stored-records';
import { citationData, isoDate, type CitationData } from './citation-data';
import { citationKeys } from './citation-key';
import type { PersonName } from './person-name';

// One pass, so the backslash we add is never escaped again. Letters outside ASCII stay UTF-8:
// biber and modern BibTeX read UTF-8, and `{\^o}` forms cannot express Vietnamese stacked marks.
const SPECIAL = /[\\{}%&$#_^~]/g;
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escapes text for a braced BibTeX field value; newlines become spaces. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (ch) => ESCAPES[ch] ?? ch);
}

/** URL and DOI fields are verbatim in biblatex: no TeX escapes, only braces must stay balanced. */
function verbatim(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[{}\\]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function bibtexName(name: PersonName): string {
  // Braces keep a literal (an agency, `Ban Kinh tế`) from being split into first/last names.
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  return `${protectAnd(escapeBibtex(name.family))}, ${protectAnd(escapeBibtex(name.given))}`;
}

// A bare word "and" inside a name would be read as a separator between two authors.
function protectAnd(part: string): string {
  return /(^|\s)and(\s|$)/i.test(part) ? `{${part}}` : part;
}

// biblatex splits keywords at commas; braces keep a tag like `rates, fed` as one keyword.
function keyword(tag: string): string {
  const escaped = escapeBibtex(tag);
  return escaped.includes(',') ? `{${escaped}}` : escaped;
}

/**
 * `biblatex` writes `@online` with `urldate` (biber, modern styles); `bibtex` writes `@misc` with
 * `howpublished = {\url{…}}` and the access date in `note`, which every classic `.bst` style reads.
 */
export type BibtexDialect = 'biblatex' | 'bibtex';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function commonFields(data: CitationData): [string, string][] {
  // Double braces: styles that sentence-case titles would otherwise lower-case `Lai Châu`.
  const fields: [string, string][] = [['title', `{${escapeBibtex(data.title)}}`]];
  if (data.authors.length > 0) fields.push(['author', data.authors.map(bibtexName).join(' and ')]);
  return fields;
}

function biblatexEntry(data: CitationData, key: string): string {
  const isArticle = data.doi !== null;
  const fields = commonFields(data);
  if (data.site)
    fields.push([isArticle ? 'journaltitle' : 'organization', escapeBibtex(data.site)]);
  if (data.published) fields.push(['date', isoDate(data.published)]);
  fields.push(['url', verbatim(data.url)]);
  fields.push(['urldate', isoDate(data.accessed)]);
  if (data.doi) fields.push(['doi', verbatim(data.doi)]);
  if (data.keywords.length > 0) fields.push(['keywords', data.keywords.map(keyword).join(', ')]);
  if (data.lang) fields.push(['langid', escapeBibtex(data.lang)]);
  return format(isArticle ? 'article' : 'online', key, fields);
}

function bibtexEntry(data: CitationData, key: string): string {
  const isArticle = data.doi !== null;
  const fields = commonFields(data);
  if (data.site && isArticle) fields.push(['journal', escapeBibtex(data.site)]);
  if (data.published) {
    fields.push(['year', String(data.published.year)]);
    const month = data.published.month === undefined ? undefined : MONTHS[data.published.month - 1];
    // A month macro, unbraced: styles abbreviate or translate it.
    if (month) fields.push(['month', month]);
  }
  if (isArticle) {
    fields.push(['doi', verbatim(data.doi ?? '')]);
    fields.push(['url', verbatim(data.url)]);
  } else {
    const site = data.site ? `${escapeBibtex(data.site)}, ` : '';
    fields.push(['howpublished', `${site}\\url{${verbatim(data.url)}}`]);
  }
  fields.push(['note', `Accessed ${isoDate(data.accessed)}`]);
  if (data.keywords.length > 0) fields.push(['keywords', data.keywords.map(keyword).join(', ')]);
  return format(isArticle ? 'article' : 'misc', key, fields);
}

function format(type: string, key: string, fields: readonly [string, string][]): string {
  const body = fields
    .map(([name, value]) =>
      name === 'month' ? `  ${name} = ${value},` : `  ${name} = {${value}},`,
    )
    .join('\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

/**
 * A `.bib` file. biblatex (default): `@online` for web news, `@article` when there is a DOI.
 * Plain BibTeX: `@misc` / `@article`. Keys are unique within the file and shared with the
 * CSL-JSON export.
 */
export function clippingsToBibtex(
  clippings: readonly Clipping[],
  dialect: BibtexDialect = 'biblatex',
): string {
  const data = clippings.map(citationData);
  const keys = citationKeys(data);
  const entry = dialect === 'bibtex' ? bibtexEntry : biblatexEntry;
  return data.map((d, i) => entry(d, keys[i] ?? `item${i + 1}`)).join('\n');
}
