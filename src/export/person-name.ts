/** An author name split for citation formats: a person (family + given) or an organisation/unsplittable name. */
export type PersonName = { family: string; given: string } | { literal: string };

/**
 * Splits a display name. Vietnamese names put the family name first (`Nguyễn Văn An`: family
 * `Nguyễn`), Western names last; `lang` of the article decides, because the byline follows the
 * article's convention. `Family, Given` is taken as written. One word stays a literal (an agency
 * like `Reuters` or `TTXVN` must not be mangled into a family name).
 */
export function splitPersonName(raw: string, lang: string | null): PersonName {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (family !== '' && given !== '') return { family, given };
  }
  const words = name.split(' ');
  if (words.length < 2) return { literal: name };
  if (isVietnamese(lang)) return { family: words[0] ?? '', given: words.slice(1).join(' ') };
  return { family: words[words.length - 1] ?? '', given: words.slice(0, -1).join(' ') };
}

function isVietnamese(lang: string | null): boolean {
  return lang !== null && /^vi\b/i.test(lang);
}

/** The name to sort and build keys by: the family name, or the whole literal. */
export function sortName(name: PersonName): string {
  return 'literal' in name ? name.literal : name.family;
}
