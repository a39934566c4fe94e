/**
 * How the reader looks, shared by the library's reader and the reader view over a page: the
 * choices, their defaults, and what each choice means in CSS. Pure: no browser API.
 */
export type ReaderTheme = 'light' | 'dark' | 'sepia' | 'auto';
export type ReaderFont = 'serif' | 'sans';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';
export type ReaderSpacing = 'tight' | 'normal' | 'loose';

export const READER_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_WIDTHS: readonly ReaderWidth[] = ['narrow', 'medium', 'wide'];
export const READER_SPACINGS: readonly ReaderSpacing[] = ['tight', 'normal', 'loose'];

/** The measure of a line, in em of the text: 32 em is about 60 characters, 52 about 100. */
export const WIDTH_EM: Record<ReaderWidth, number> = { narrow: 32, medium: 40, wide: 52 };
export const LINE_HEIGHT: Record<ReaderSpacing, number> = { tight: 1.45, normal: 1.7, loose: 2 };
export const FONT_STACK: Record<ReaderFont, string> = {
  serif:
    "'Noto Serif', 'Source Serif 4', 'Source Serif Pro', Merriweather, Georgia, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
};

/** The look as a whole, as the reader view over a page keeps it in `storage.local`. */
export interface ReaderLook {
  theme: ReaderTheme;
  fontSize: number;
  font: ReaderFont;
  width: ReaderWidth;
  spacing: ReaderSpacing;
}

export const DEFAULT_READER_LOOK: ReaderLook = {
  theme: 'auto',
  fontSize: 19,
  font: 'serif',
  width: 'medium',
  spacing: 'normal',
};

/** The reader's font size range in CSS pixels; anything outside is clamped. */
export const READER_FONT_SIZE = { min: 14, max: 28 } as const;

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  return choices.find((c) => c === value);
}

/** A stored look, each field checked: what another build or a backup wrote may be anything. */
export function fitReaderLook(value: unknown): ReaderLook {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const size = typeof v.fontSize === 'number' && Number.isFinite(v.fontSize) ? v.fontSize : NaN;
  return {
    theme: oneOf(READER_THEMES, v.theme) ?? DEFAULT_READER_LOOK.theme,
    fontSize: Number.isNaN(size)
      ? DEFAULT_READER_LOOK.fontSize
      : Math.min(READER_FONT_SIZE.max, Math.max(READER_FONT_SIZE.min, Math.round(size))),
    font: oneOf(READER_FONTS, v.font) ?? DEFAULT_READER_LOOK.font,
    width: oneOf(READER_WIDTHS, v.width) ?? DEFAULT_READER_LOOK.width,
    spacing: oneOf(READER_SPACINGS, v.spacing) ?? DEFAULT_READER_LOOK.spacing,
  };
}

/** Silent reading speed of non-fiction, words a minute (Brysbaert 2019 puts English at 238). */
const WORDS_PER_MINUTE = 238;
/**
 * Vietnamese writes each syllable apart, so its "words" are syllables; our estimate (no study
 * we know of measures it) is about a third more of them a minute than English words.
 */
const VI_SYLLABLES_PER_MINUTE = 320;

/** Minutes to read `text` (at least 1), counting words (syllables in Vietnamese). */
export function readingMinutes(text: string, lang: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  const rate = lang.toLowerCase().startsWith('vi') ? VI_SYLLABLES_PER_MINUTE : WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / rate));
}
