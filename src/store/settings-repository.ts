import type { Db } from './open-db';
import {
  DEFAULT_READER_LOOK,
  READER_FONTS,
  READER_FONT_SIZE,
  READER_SPACINGS,
  READER_THEMES,
  READER_WIDTHS,
  type ReaderFont,
  type ReaderSpacing,
  type ReaderTheme,
  type ReaderWidth,
} from '../shared/reader-look';

export { READER_FONT_SIZE };

/** Library and reader settings; the page toggles live in page-preferences.ts (storage.local). */
export interface Settings {
  readerTheme: ReaderTheme;
  readerFontSize: number;
  readerFont: ReaderFont;
  readerWidth: ReaderWidth;
  readerSpacing: ReaderSpacing;
}

export const DEFAULT_SETTINGS: Settings = {
  readerTheme: DEFAULT_READER_LOOK.theme,
  readerFontSize: DEFAULT_READER_LOOK.fontSize,
  readerFont: DEFAULT_READER_LOOK.font,
  readerWidth: DEFAULT_READER_LOOK.width,
  readerSpacing: DEFAULT_READER_LOOK.spacing,
};

/** The choices of each setting that is one of a few words. */
const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  readerTheme: READER_THEMES,
  readerFont: READER_FONTS,
  readerWidth: READER_WIDTHS,
  readerSpacing: READER_SPACINGS,
};

/**
 * The value as the setting may hold it, or undefined when it cannot be one. A backup or an old
 * build may have stored anything: a font size of 1e9 would make the reader unusable.
 */
function fitSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] | undefined {
  if (key === 'readerFontSize') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    const size = Math.round(value);
    return Math.min(READER_FONT_SIZE.max, Math.max(READER_FONT_SIZE.min, size)) as Settings[K];
  }
  const choices = CHOICES[key];
  return choices?.includes(value as string) ? (value as Settings[K]) : undefined;
}

/** Only the settings' own names count: `toString` or `__proto__` are inherited, not settings. */
export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}

export async function getSettings(db: Db): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const record of await db.getAll('settings')) {
    if (!isSettingKey(record.key)) continue;
    const value = fitSetting(record.key, record.value);
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[record.key] = value;
  }
  return settings;
}

export async function setSetting<K extends keyof Settings>(
  db: Db,
  key: K,
  value: Settings[K],
): Promise<void> {
  if (!isSettingKey(key)) throw new Error(`Unknown setting "${String(key)}".`);
  const fitted = fitSetting(key, value);
  if (fitted === undefined) throw new Error(`Not a valid value for the setting "${key}".`);
  await db.put('settings', { key, value: fitted });
}
