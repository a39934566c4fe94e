import type { NumberLocale } from './parse-number';

/** Letters only Vietnamese uses among the languages we see (đ and the hooked/dotted vowels). */
const VI_LETTERS = /[đĐơƠưƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gu;

/**
 * The number convention of a page: `lang` starting with `vi` selects Vietnamese. A page whose
 * `lang` is missing or wrong (CMS templates often say `en`) but whose text is Vietnamese is
 * read as Vietnamese too: more than 2% Vietnamese-only letters among the first 20 000 chars.
 */
export function documentLocale(text: string, lang: string): NumberLocale {
  if (lang.toLowerCase().startsWith('vi')) return 'vi';
  const sample = text.slice(0, 20000);
  const hits = sample.match(VI_LETTERS)?.length ?? 0;
  return sample.length > 0 && hits / sample.length > 0.02 ? 'vi' : 'en';
}
