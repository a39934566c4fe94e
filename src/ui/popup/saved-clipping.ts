import { canonicalKey } from '../../shared/canonical-key';
import type { PageState } from '../../model/page-state';
import { browser } from '../../platform/browser-api';
import { allTags, findClippingByKey } from '../../store/clippings-repository';
import { openReaderDb } from '../../store/open-db';

/** The clipping of this page already in the library, as the popup tells the reader of it. */
export interface SavedClipping {
  id: string;
  savedAt: number;
  updatedAt: number;
}

/**
 * What the save form needs from the library: the tags known there (for completion) and this
 * page's clipping if it has one, found by the key a save would give it (`saveDraft`: the page's
 * address and its canonical link).
 */
export async function readLibraryFor(
  page: Pick<PageState, 'url' | 'metadata'>,
): Promise<{ tags: string[]; saved: SavedClipping | null }> {
  const db = await openReaderDb();
  try {
    const key = canonicalKey(page.url, page.metadata.canonicalUrl);
    const clipping = await findClippingByKey(db, key);
    const saved = clipping
      ? { id: clipping.id, savedAt: clipping.savedAt, updatedAt: clipping.updatedAt }
      : null;
    return { tags: await allTags(db), saved };
  } finally {
    db.close();
  }
}

/** A date in the reader's language, e.g. "7 Dec 2026" / "7 thg 12, 2026". */
export function formatSavedDate(epochMs: number, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(epochMs));
}

function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}
