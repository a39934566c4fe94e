/** An author name split for citation formats: a person (family + given) or an organisation/unsplittable name. */
export type PersonName = { family: string; given: string } | { literal: string };

// Words that name a newsroom, agency or institution rather than a person. A byline holding one
// ("Associated Press", "Reuters Staff", "BBC News") is cited as written, never as `Press, A.`.
const ORGANISATION_WORDS = new Set(
  [
    'agency',
    'associated',
    'association',
    'bank',
    'board',
    'broadcasting',
    'bureau',
    'committee',
    'company',
    'corporation',
    'council',
    'daily',
    'department',
    'desk',
    'editorial',
    'editors',
    'foundation',
    'gazette',
    'group',
    'herald',
    'inc',
    'institute',
    'journal',
    'ltd',
    'llc',
    'magazine',
    'media',
    'ministry',
    'network',
    'news',
    'newsroom',
    'office',
    'online',
    'post',
    'press',
    'radio',
    'reporters',
    'reuters',
    'service',
    'society',
    'staff',
    'team',
    'television',
    'times',
    'tribune',
    'university',
  ].map((w) => w.normalize('NFC')),
);

// Vietnamese organisations start with their kind: "Ban biên tập", "Nhóm phóng viên", "Báo Nhân
// Dân", "Thông tấn xã Việt Nam". None of these is a Vietnamese family name.
const VI_ORGANISATION_START =
  /^(ban|báo|nhóm|tòa soạn|toà soạn|thông tấn xã|bộ|sở|cục|tổng cục|ủy ban|uỷ ban|ngân hàng|hội|viện|trung tâm|công ty|tập đoàn|đài|phóng viên|pv|nhóm pv)(\s|$)/iu;

// An acronym such as `AP`, `BBC`, `VTV1`: two or more capitals, no lower-case letter and no dot
// (`J.R.R.` is a person's initials).
const ACRONYM = /^[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d&]*$/u;

/**
 * Whether a byline names an organisation rather than a person: one word (`Reuters`, `TTXVN`), a
 * known organisation word (`Associated Press`, `Reuters Staff`), a Vietnamese organisation kind
 * first (`Ban biên tập`), or an acronym first, before ordinary words (`BBC Vietnamese`). A byline
 * in capitals throughout (`NGUYỄN VĂN AN`, a common newsroom style) or a surname in capitals
 * after the given name (`Jean DUPONT`) is still a person.
 */
export function isOrganisationName(name: string): boolean {
  const words = name.split(' ').filter((w) => w !== '');
  if (words.length < 2) return true;
  if (VI_ORGANISATION_START.test(name.normalize('NFC'))) return true;
  const bare = words.map((w) => w.replace(/[^\p{L}\p{N}&]/gu, ''));
  if (bare.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().normalize('NFC')))) return true;
  const first = (words[0] ?? '').replace(/[^\p{L}\p{N}&.]/gu, '');
  return ACRONYM.test(first) && !bare.every((w) => ACRONYM.test(w));
}

/**
 * Splits a display name. Vietnamese names put the family name first (`Nguyễn Văn An`: family
 * `Nguyễn`), Western names last; `lang` of the article decides, because the byline follows the
 * article's convention. `Family, Given` is taken as written. Organisations stay literal
 * (`isOrganisationName`): an agency must not be mangled into a family name.
 */
export function splitPersonName(raw: string, lang: string | null): PersonName {
  const name = raw.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    // `Doe, Jane` is a person written family-first; `Reuters, Staff` is still an organisation.
    if (family !== '' && given !== '' && !isOrganisationName(name)) return { family, given };
  }
  if (isOrganisationName(name)) return { literal: name };
  const words = name.split(' ');
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
