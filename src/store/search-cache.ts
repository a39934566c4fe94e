import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The library's search index, serialised, in a database of its own: rebuilding the index of
 * 10,000 clippings takes seconds, loading it a fraction of that. It is a cache, not data: it
 * is never exported, may be deleted any time, and is only used when its fingerprint matches
 * the library it was built from. Kept apart from `reader-assistant` so the library's schema
 * and migrations do not change for it.
 */
interface SearchCacheDb extends DBSchema {
  index: { key: string; value: { key: string; fingerprint: string; json: string } };
}

const NAME = 'reader-assistant-search-cache';
const KEY = 'library';

function open(): Promise<IDBPDatabase<SearchCacheDb>> {
  return openDB<SearchCacheDb>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('index', { keyPath: 'key' });
    },
  });
}

/** The cached index for this fingerprint, or null (none, stale, or the cache is unreadable). */
export async function readSearchCache(fingerprint: string): Promise<string | null> {
  try {
    const db = await open();
    const record = await db.get('index', KEY);
    db.close();
    return record?.fingerprint === fingerprint ? record.json : null;
  } catch {
    return null;
  }
}

/** Replaces the cached index; failures (quota) only cost the next load a rebuild. */
export async function writeSearchCache(fingerprint: string, json: string): Promise<void> {
  try {
    const db = await open();
    await db.put('index', { key: KEY, fingerprint, json });
    db.close();
  } catch {
    /* a cache: nothing to do */
  }
}
