/**
 * The page language: what the page declares (html lang, content-language meta, og:locale),
 * else a cheap look at the text: Vietnamese is unmistakable from its stacked diacritics.
 */
import { firstMeta, readMetaTags, type MetaTags } from '../shared/meta-tags';

/** Letters that occur (almost) only in Vietnamese: ơ ư đ and the tone-marked vowels. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Normalises "vi_VN" / "EN-us" to a BCP-47-ish primary tag ("vi", "en"). */
function primaryTag(value: string | null | undefined): string | null {
  const tag = value
    ?.trim()
    .split(/[-_\s,;]/)[0]
    ?.toLowerCase();
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

/** Guesses from the text alone: "vi" when Vietnamese letters are frequent, "en" for plain Latin, else "und". */
export function guessLanguageFromText(text: string): string {
  const sample = text.slice(0, 5000).normalize('NFC');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return 'und';
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vietnamese / letters > 0.03) return 'vi';
  const ascii = sample.match(/[a-z]/gi)?.length ?? 0;
  return ascii / letters > 0.95 ? 'en' : 'und';
}

/** `meta`: the page's meta tags when the caller has read them already (each read walks the page). */
export function detectLanguage(doc: Document, text: string, meta?: MetaTags): string {
  const declared =
    primaryTag(doc.documentElement?.getAttribute('lang')) ??
    primaryTag(doc.documentElement?.getAttribute('xml:lang')) ??
    primaryTag(
      firstMeta(
        meta ?? readMetaTags(doc),
        'content-language',
        'language',
        'dc.language',
        'og:locale',
      ),
    ) ??
    primaryTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  const guessed = guessLanguageFromText(text);
  // Templates often ship lang="en" on pages written in Vietnamese: the text wins for "vi".
  if (declared !== null && !(guessed === 'vi' && declared !== 'vi')) return declared;
  return guessed;
}
