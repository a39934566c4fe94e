import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  allClippingSummaries,
  annotationsByClipping,
  countAnnotations,
  newestClippings,
  type AnnotationCounts,
  type ClippingSummary,
} from '../../store/library-queries';
import { openReaderDb, type Db } from '../../store/open-db';
import type { UserAnnotation } from '../../model/stored-records';
import { describeStorageError } from '../../store/storage-error';
import { LibrarySearch } from './search-index';

/** Rows shown before the whole library has loaded: about two screens. */
const FIRST_SCREEN = 40;

/** The library as the page holds it. */
export interface LibraryData {
  db: Db | null;
  clippings: ClippingSummary[];
  /** False while only the first screen is loaded. */
  complete: boolean;
  annotations: ReadonlyMap<string, UserAnnotation[]>;
  counts: ReadonlyMap<string, AnnotationCounts>;
  search: LibrarySearch;
  /** True once every clipping is in the search index. */
  searchReady: boolean;
  error: string | null;
  /** Reads everything again (after an import or an undo). */
  reload(): Promise<void>;
  /** Replaces one clipping in memory and in the index after an edit. */
  replace(c: ClippingSummary, annotations?: UserAnnotation[]): void;
  /** Drops clippings from memory and the index after a delete. */
  remove(ids: readonly string[]): void;
}

/**
 * Loads the library in two steps: the newest screenful with a cursor (fast first paint), then
 * everything, then the search index in chunks. Each step replaces the previous state.
 */
export function useLibraryData(openDb: () => Promise<Db> = openReaderDb): LibraryData {
  const [db, setDb] = useState<Db | null>(null);
  const [clippings, setClippings] = useState<ClippingSummary[]>([]);
  const [complete, setComplete] = useState(false);
  const [annotations, setAnnotations] = useState<Map<string, UserAnnotation[]>>(new Map());
  const [searchReady, setSearchReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const searchRef = useRef(new LibrarySearch());
  const generation = useRef(0);

  const loadAll = useCallback(async (handle: Db) => {
    const mine = ++generation.current;
    const all = await allClippingSummaries(handle);
    const grouped = await annotationsByClipping(handle, all);
    if (mine !== generation.current) return;
    setClippings(all);
    setAnnotations(grouped);
    setComplete(true);
    // An import or undo changed the library: the old index must not answer meanwhile.
    setSearchReady(false);
    const search = new LibrarySearch();
    await search.addAll(all, (id) => grouped.get(id) ?? []);
    if (mine !== generation.current) return;
    searchRef.current = search;
    setSearchReady(true);
  }, []);

  useEffect(() => {
    let handle: Db | null = null;
    void (async () => {
      try {
        handle = await openDb();
        setDb(handle);
        setClippings(await newestClippings(handle, FIRST_SCREEN));
        await loadAll(handle);
      } catch (thrown) {
        setError(describeStorageError(thrown));
      }
    })();
    return () => handle?.close();
  }, [openDb, loadAll]);

  const reload = useCallback(async () => {
    if (!db) return;
    try {
      await loadAll(db);
    } catch (thrown) {
      setError(describeStorageError(thrown));
    }
  }, [db, loadAll]);

  const replace = useCallback(
    (c: ClippingSummary, own?: UserAnnotation[]) => {
      setClippings((list) => list.map((x) => (x.id === c.id ? c : x)));
      let list = annotations.get(c.id) ?? [];
      if (own) {
        list = own;
        setAnnotations((map) => new Map(map).set(c.id, own));
      }
      searchRef.current.put(c, list);
    },
    [annotations],
  );

  const remove = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setClippings((list) => list.filter((c) => !gone.has(c.id)));
    for (const id of ids) searchRef.current.remove(id);
  }, []);

  const counts = useMemo(() => countAnnotations(annotations), [annotations]);
  return {
    db,
    clippings,
    complete,
    annotations,
    counts,
    search: searchRef.current,
    searchReady,
    error,
    reload,
    replace,
    remove,
  };
}
