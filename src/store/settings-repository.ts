import type { Db } from './open-db';

/** Library and reader settings; the page toggles live in page-preferences.ts (storage.local). */
export interface Settings {
  readerTheme: 'light' | 'dark' | 'auto';
  readerFontSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  readerTheme: 'auto',
  readerFontSize: 19,
};

/** The reader's font size range in CSS pixels; anything outside is clamped, on write and read. */
export const READER_FONT_SIZE = { min: 14, max: 28 } as const;

const THEMES: readonly Settings['readerTheme'][] = ['light', 'dark', 'auto'];

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
  if (key === 'readerTheme')
    return THEMES.includes(value as Settings['readerTheme']) ? (value as Settings[K]) : undefined;
  return undefined;
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
