import { browser } from '../platform/browser-api';

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
