/**
 * ASCII forms of Vietnamese (and other Latin) text, for file names and citation keys,
 * where tools still choke on non-ASCII (`Thủy điện` → `thuy dien`).
 */

/** Removes combining marks after NFD and maps the letters NFD does not decompose (`đ`, `ø`, …). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐøØłŁßæÆœŒ]/g, (ch) => FOLD_EXTRA[ch] ?? ch);
}

// `đ` is a separate letter, not `d` + mark, so NFD leaves it alone.
const FOLD_EXTRA: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

/** Lower-case ASCII words joined by `-`, at most `maxLength` characters, cut at a word boundary. */
export function slugify(text: string, maxLength = 60): string {
  const words = foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single over-long word still deserves a name.
  if (slug === '' && words[0] !== undefined) slug = words[0].slice(0, maxLength);
  return slug;
}

/** Returns `base`, or `base-2`, `base-3`, … if taken; records the name it returns in `taken`. */
export function uniqueName(base: string, taken: Set<string>, separator = '-'): string {
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}${separator}${n}`;
  taken.add(name);
  return name;
}
