import type { Clipping } from './stored-types';
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

function entry(data: CitationData, key: string): string {
  const isArticle = data.doi !== null;
  const fields: [string, string][] = [
    // Double braces: styles that sentence-case titles would otherwise lower-case `Lai Châu`.
    ['title', `{${escapeBibtex(data.title)}}`],
  ];
  if (data.authors.length > 0) fields.push(['author', data.authors.map(bibtexName).join(' and ')]);
  if (data.site)
    fields.push([isArticle ? 'journaltitle' : 'organization', escapeBibtex(data.site)]);
  if (data.published) fields.push(['date', isoDate(data.published)]);
  fields.push(['url', verbatim(data.url)]);
  fields.push(['urldate', isoDate(data.accessed)]);
  if (data.doi) fields.push(['doi', verbatim(data.doi)]);
  if (data.keywords.length > 0) fields.push(['keywords', data.keywords.map(keyword).join(', ')]);
  if (data.lang) fields.push(['langid', escapeBibtex(data.lang)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${isArticle ? 'article' : 'online'}{${key},\n${body}\n}\n`;
}

/**
 * A biblatex `.bib` file: `@online` for web news, `@article` when there is a DOI. Keys are unique
 * within the file and shared with the CSL-JSON export.
 */
export function clippingsToBibtex(clippings: readonly Clipping[]): string {
  const data = clippings.map(citationData);
  const keys = citationKeys(data);
  return data.map((d, i) => entry(d, keys[i] ?? `item${i + 1}`)).join('\n');
}
