import { browser } from './browser-api';
import { DEFAULT_READER_LOOK, fitReaderLook, type ReaderLook } from '../shared/reader-look';

/**
 * The toggles the content script needs as a page loads. They live in `storage.local`, not
 * IndexedDB: a content script shares the page's origin and cannot open the extension's
 * database, and one small read here costs less than a round trip through the background.
 */
export interface PagePreferences {
  hideClutter: boolean;
  highlightFigures: boolean;
  highlightProjects: boolean;
}

export const DEFAULT_PAGE_PREFERENCES: PagePreferences = {
  hideClutter: true,
  highlightFigures: true,
  highlightProjects: true,
};

const KEY = 'pagePreferences';

function parse(value: unknown): PagePreferences {
  const prefs = { ...DEFAULT_PAGE_PREFERENCES };
  if (typeof value !== 'object' || value === null) return prefs;
  for (const key of Object.keys(prefs) as (keyof PagePreferences)[]) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'boolean') prefs[key] = v;
  }
  return prefs;
}

export async function loadPagePreferences(): Promise<PagePreferences> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return parse(stored[KEY]);
  } catch {
    return { ...DEFAULT_PAGE_PREFERENCES };
  }
}

export async function savePagePreferences(
  change: Partial<PagePreferences>,
): Promise<PagePreferences> {
  const next = { ...(await loadPagePreferences()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/**
 * The reader view over a page keeps its look here too: it cannot open the extension's database,
 * where the library's reader keeps the same choices as settings. The library writes here as
 * well when its reader changes, so both readers start alike.
 */
const LOOK_KEY = 'readerLook';

export async function loadReaderLook(): Promise<ReaderLook> {
  try {
    return fitReaderLook((await browser.storage.local.get(LOOK_KEY))[LOOK_KEY]);
  } catch {
    return { ...DEFAULT_READER_LOOK };
  }
}

/** Writes in turn: two quick changes each reading the old look would lose the first one. */
let lookWrites: Promise<void> = Promise.resolve();

export function saveReaderLook(change: Partial<ReaderLook>): Promise<void> {
  const write = lookWrites.then(async () => {
    const next = fitReaderLook({ ...(await loadReaderLook()), ...change });
    await browser.storage.local.set({ [LOOK_KEY]: next });
  });
  lookWrites = write.catch(() => undefined);
  return write;
}
