import type { Db } from './open-db';

/** User settings with their defaults; the type of each value is fixed here. */
/** Library and reader settings; the page toggles live in page-preferences.ts (storage.local). */
export interface Settings {
  readerTheme: 'light' | 'dark' | 'auto';
  readerFontSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  readerTheme: 'auto',
  readerFontSize: 19,
};

function isSettingValue<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  return typeof value === typeof DEFAULT_SETTINGS[key];
}

export async function getSettings(db: Db): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const record of await db.getAll('settings')) {
    const key = record.key as keyof Settings;
    if (key in DEFAULT_SETTINGS && isSettingValue(key, record.value)) {
      (settings as unknown as Record<string, unknown>)[key] = record.value;
    }
  }
  return settings;
}

export async function setSetting<K extends keyof Settings>(
  db: Db,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.put('settings', { key, value });
}
