import type { CitationData } from './citation-data';
import { foldDiacritics } from './fold-diacritics';
import { sortName } from './person-name';

// Words that would make every key `...the` or `...a`; Vietnamese titles have no such filler.
const TITLE_STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'to', 'for', 'and']);

function asciiWord(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Keys like `nguyen2020laichau`: first author's family name (or the site), year, then the first two
 * title words. Two words because Vietnamese place names are two syllables (`Lai Châu`, `Hà Nội`).
 */
export function baseCitationKey(data: CitationData): string {
  const first = data.authors[0];
  const who =
    asciiWord(first ? (sortName(first).split(' ')[0] ?? '') : (data.site ?? '')) || 'anon';
  const year = data.published ? String(data.published.year) : 'nd';
  const words = foldDiacritics(data.title)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !TITLE_STOPWORDS.has(w))
    .slice(0, 2);
  return `${who.slice(0, 20)}${year}${words.join('').slice(0, 20)}`;
}

/** Unique keys for a list of citations, in order: clashes get `b`, `c`, … like BibTeX styles do. */
export function citationKeys(items: readonly CitationData[]): string[] {
  const taken = new Set<string>();
  return items.map((data) => {
    const base = baseCitationKey(data);
    let key = base;
    for (let n = 1; taken.has(key); n += 1) key = base + letterSuffix(n);
    taken.add(key);
    return key;
  });
}

/** 1 → `b`, 25 → `z`, 26 → `ba`, … (the first duplicate is `b`: the original is the implicit `a`). */
function letterSuffix(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}
