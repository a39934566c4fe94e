import { PROVINCE_NAMES } from '../projects/vi-places';

/**
 * Countries and economies news figures are most often about, as written in Vietnamese and
 * English. Not a gazetteer: a place missing here only means records fall back to no entity.
 */
const COUNTRIES = [
  'Việt Nam',
  'Mỹ',
  'Hoa Kỳ',
  'Trung Quốc',
  'Nhật Bản',
  'Hàn Quốc',
  'Nga',
  'Ukraine',
  'Ấn Độ',
  'Thái Lan',
  'Lào',
  'Campuchia',
  'Singapore',
  'Đức',
  'Pháp',
  'Úc',
  'Canada',
  'Vietnam',
  'Viet Nam',
  'United States',
  'U.S.',
  'US',
  'America',
  'China',
  'Japan',
  'South Korea',
  'Korea',
  'Russia',
  'India',
  'Thailand',
  'Germany',
  'France',
  'Britain',
  'UK',
  'U.K.',
  'England',
  'Scotland',
  'Wales',
  'Ireland',
  'Australia',
  'New Zealand',
  'Mexico',
  'Brazil',
  'Argentina',
  'Venezuela',
  'Chile',
  'Peru',
  'Colombia',
  'Nigeria',
  'South Africa',
  'Egypt',
  'Saudi Arabia',
  'Iran',
  'Iraq',
  'Israel',
  'Turkey',
  'Greece',
  'Italy',
  'Spain',
  'Portugal',
  'Netherlands',
  'Belgium',
  'Switzerland',
  'Austria',
  'Sweden',
  'Norway',
  'Denmark',
  'Finland',
  'Poland',
  'Czech Republic',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Serbia',
  'Croatia',
  'Albania',
  'Afghanistan',
  'Pakistan',
  'Bangladesh',
  'Indonesia',
  'Malaysia',
  'Philippines',
  'Taiwan',
  'Hong Kong',
  'Nepal',
  'Jamaica',
  'Cuba',
  'Alberta',
  'Ontario',
  'Quebec',
  'British Columbia',
  'California',
  'Texas',
  'Florida',
  'New York',
  'Miami',
  'London',
  'Europe',
  'Asia',
  'Africa',
];

/** Short forms of Hồ Chí Minh City and Hà Nội as news writes them. */
const CITY_FORMS = ['TP. HCM', 'TP HCM', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh'];
const HOME = new Set([...PROVINCE_NAMES, ...CITY_FORMS]);

const PLACES = [...PROVINCE_NAMES, ...CITY_FORMS, ...COUNTRIES].sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PLACES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Whether `name` is one of the places records know (`Lai Châu`, `Canada`). */
export function isKnownPlace(name: string): boolean {
  PLACE_RE.lastIndex = 0;
  const m = PLACE_RE.exec(name);
  return m !== null && m[0] === name;
}

/** The place the article names most often (first named on a tie), or undefined. */
export function mainPlace(text: string): string | undefined {
  const counts = new Map<string, number>();
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  // A Vietnamese province outranks a foreign country however often that is named (`nhập khẩu
  // từ Trung Quốc`, `tham quan Pháp, Bỉ`): the article is about where it reports from.
  const home = [...counts].filter(([place]) => HOME.has(place));
  let best: string | undefined;
  for (const [place, n] of home.length > 0 ? home : counts)
    if (best === undefined || n > (counts.get(best) ?? 0)) best = place;
  return best;
}
