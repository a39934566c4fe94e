import type { Clipping } from '../model/stored-records';
import { citationData, type CitationDate } from './citation-data';
import type { PersonName } from './person-name';

/** RIS dates are `YYYY/MM/DD/` with empty parts kept as slashes. */
function risDate(date: CitationDate): string {
  const mm = date.month !== undefined ? String(date.month).padStart(2, '0') : '';
  const dd = date.day !== undefined ? String(date.day).padStart(2, '0') : '';
  return `${String(date.year).padStart(4, '0')}/${mm}/${dd}/`;
}

function risName(name: PersonName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

// A tag line holds one line of text: a newline in a value would start a bogus record line.
function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

function record(c: Clipping): string[] {
  const d = citationData(c);
  // JOUR when there is a DOI, matching `@article` in the BibTeX export.
  const lines = [line('TY', d.doi ? 'JOUR' : 'NEWS'), line('TI', d.title)];
  for (const author of d.authors) lines.push(line('AU', risName(author)));
  if (d.site) lines.push(line('T2', d.site));
  if (d.published) {
    lines.push(line('PY', String(d.published.year).padStart(4, '0')));
    lines.push(line('DA', risDate(d.published)));
  }
  lines.push(line('UR', d.url));
  lines.push(line('Y2', risDate(d.accessed)));
  if (d.doi) lines.push(line('DO', d.doi));
  if (d.lang) lines.push(line('LA', d.lang));
  for (const keyword of d.keywords) lines.push(line('KW', keyword));
  if (d.note.trim() !== '') lines.push(line('N1', d.note));
  // The spec's end tag has a trailing space after the dash; some readers need it.
  lines.push('ER  - ');
  return lines;
}

/** An RIS file (Zotero, EndNote, Mendeley): one record per clipping, CRLF line ends as the spec says. */
export function clippingsToRis(clippings: readonly Clipping[]): string {
  return clippings.map((c) => record(c).join('\r\n') + '\r\n').join('\r\n');
}
