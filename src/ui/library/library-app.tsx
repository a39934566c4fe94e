import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';
import {
  addTagToClippings,
  deleteClippingsWithUndo,
  restoreDeleted,
  type ClippingSummary,
  type DeletedClipping,
} from '../../store/library-queries';
import { describeStorageError } from '../../store/storage-error';
import { ClippingReader } from '../reader/clipping-reader';
import { BulkActions } from './bulk-actions';
import { ClippingList } from './clipping-list';
import { ExportBar } from './export-bar';
import { Filters } from './filters';
import { ChartsView } from './charts-view';
import { FiguresView } from './figures-view';
import { ProjectsView } from './projects-view';
import { ImportPanel, type LastImport } from './import-panel';
import {
  NO_FILTERS,
  applyFilters,
  choices,
  siteOf,
  sortClippings,
  type LibraryFilters,
  type SortKey,
} from './library-filters';
import { UndoToast } from './undo-toast';
import { quickSearch } from './search-index';
import { makeMatcher } from './highlight-matches';
import { useHashClipping } from './use-hash-clipping';
import { useLibraryData } from './use-library-data';

type View = 'list' | 'figures' | 'projects' | 'charts';

/** A performance mark, once per page load. */
function mark(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/** The library page: list with search and filters, figures view, reader, import/export. */
export function LibraryApp() {
  const data = useLibraryData();
  const { db, clippings, counts, search, searchReady } = data;
  const [openId, setOpenId] = useHashClipping();
  const [view, setView] = useState<View>('list');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('saved');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ message: string; deleted: DeletedClipping[] } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Kept here, not in the panel: opening a clipping to check it must not lose "Undo import".
  const [lastImport, setLastImport] = useState<LastImport | null>(null);

  // Marks for the benchmark (bench/library.ts) and the browser's performance panel. Effects run
  // after the browser painted, so the first mark is when the first rows are on screen.
  useEffect(() => {
    if (clippings.length > 0) mark('ra-library-first-screen');
  }, [clippings.length > 0]);
  useEffect(() => {
    if (data.complete) mark('ra-library-complete');
  }, [data.complete]);
  useEffect(() => {
    if (searchReady) mark('ra-library-search-ready');
  }, [searchReady]);

  const byId = useMemo(() => new Map(clippings.map((c) => [c.id, c])), [clippings]);
  const hits = useMemo(() => {
    if (query.trim() === '') return null;
    // Until the full-text index is built, titles, sites and notes are searched directly.
    return searchReady ? search.search(query) : quickSearch(clippings, query);
  }, [search, searchReady, query, clippings]);
  const matcher = useMemo(
    () => (hits ? makeMatcher(query, new Set(hits.flatMap((h) => h.terms))) : null),
    [hits, query],
  );
  // Sorted once per change of list or order, so clearing a search does not sort 10,000 again.
  const sorted = useMemo(() => sortClippings(clippings, sort), [clippings, sort]);
  const shown = useMemo(() => {
    // Search results keep their relevance order; otherwise the chosen sort applies.
    const base = hits
      ? hits.map((h) => byId.get(h.id)).filter((c): c is ClippingSummary => c !== undefined)
      : sorted;
    return applyFilters(base, filters, counts);
  }, [hits, byId, sorted, filters, counts, query]);
  const tags = useMemo(() => choices(clippings.flatMap((c) => c.tags)), [clippings]);
  const sites = useMemo(() => choices(clippings.map(siteOf)), [clippings]);
  const filtered = query.trim() !== '' || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const toggle = useCallback((id: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const remove = async (ids: readonly string[]) => {
    if (!db) return;
    try {
      const deleted = await deleteClippingsWithUndo(db, ids);
      data.remove(ids);
      setSelected(new Set());
      if (openId !== null && ids.includes(openId)) setOpenId(null);
      setUndo({ message: t('libDeleted', String(deleted.length)), deleted });
    } catch (thrown) {
      setActionError(describeStorageError(thrown));
    }
  };
  const restore = async () => {
    if (!db || !undo) return;
    try {
      await restoreDeleted(db, undo.deleted);
      setUndo(null);
      await data.reload();
    } catch (thrown) {
      setActionError(describeStorageError(thrown));
    }
  };
  const tagSelected = async (tag: string) => {
    if (!db) return;
    try {
      for (const c of await addTagToClippings(db, [...selected], tag)) data.replace(c);
    } catch (thrown) {
      setActionError(describeStorageError(thrown));
    }
  };
  const dismissUndo = useCallback(() => setUndo(null), []);

  const toast = undo && (
    <UndoToast message={undo.message} onUndo={() => void restore()} onDismiss={dismissUndo} />
  );
  if (db && openId !== null) {
    return (
      <>
        <ClippingReader
          db={db}
          id={openId}
          tagSuggestions={tags}
          onClose={() => setOpenId(null)}
          onChanged={(c, own) => data.replace(c, own)}
          onDelete={(id) => void remove([id])}
        />
        {toast}
      </>
    );
  }

  return (
    <main class="library">
      <header class="library-header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>{t('libraryTitle')}</h1>
        <nav class="view-switch" aria-label={t('libViews')}>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('libViewClippings')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'figures'}
            data-testid="figures-view"
            onClick={() => setView('figures')}
          >
            {t('libViewFigures')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'projects'}
            data-testid="projects-view"
            onClick={() => setView('projects')}
          >
            {t('libViewProjects')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'charts'}
            data-testid="charts-view"
            onClick={() => setView('charts')}
          >
            {t('libViewCharts')}
          </button>
        </nav>
        {db && (
          // Importing is rare; folded into the header it no longer pushes the library down.
          // It stays open while an import can still be undone.
          <details
            class="import-disclosure"
            data-testid="import-disclosure"
            open={lastImport !== null ? true : undefined}
          >
            <summary>{t('libImportOpen')}</summary>
            <ImportPanel
              db={db}
              onImported={() => void data.reload()}
              last={lastImport}
              onLast={setLastImport}
            />
          </details>
        )}
      </header>
      {data.error && <p class="error">{data.error}</p>}
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
      {view === 'figures' && <FiguresView clippings={clippings} onOpen={(id) => setOpenId(id)} />}
      {view === 'projects' && <ProjectsView clippings={clippings} onOpen={(id) => setOpenId(id)} />}
      {view === 'charts' && <ChartsView clippings={clippings} onOpen={(id) => setOpenId(id)} />}
      {view === 'list' && (
        <>
          <Filters
            query={query}
            onQuery={setQuery}
            sort={sort}
            onSort={setSort}
            sortDisabled={hits !== null}
            filters={filters}
            onFilters={setFilters}
            tags={tags}
            sites={sites}
          />
          <p class="muted list-status" role="status" data-testid="list-status">
            {!data.complete
              ? t('libLoading')
              : query.trim() !== '' && !searchReady
                ? `${t('libShowingOf', [String(shown.length), String(clippings.length)])} · ${t('libIndexing')}`
                : filtered
                  ? t('libShowingOf', [String(shown.length), String(clippings.length)])
                  : t('clippingsCount', String(clippings.length))}
          </p>
          {db && selected.size > 0 && (
            <BulkActions
              db={db}
              selected={selected}
              onTag={(tag) => void tagSelected(tag)}
              onDelete={() => void remove([...selected])}
              onClear={() => setSelected(new Set())}
            />
          )}
          {db && selected.size === 0 && clippings.length > 0 && (
            <ExportBar
              db={db}
              scope={() =>
                filtered
                  ? { ids: shown.map((c) => c.id), all: false }
                  : { ids: [...byId.keys()], all: true }
              }
              label={filtered ? t('libExportShown', String(shown.length)) : t('libExportAll')}
            />
          )}
          {data.complete && clippings.length === 0 && <p class="muted">{t('libraryEmpty')}</p>}
          {shown.length > 0 && (
            <div class="select-all">
              <label>
                <input
                  type="checkbox"
                  checked={shown.every((c) => selected.has(c.id))}
                  onChange={(e) =>
                    setSelected(
                      (e.currentTarget as HTMLInputElement).checked
                        ? new Set(shown.map((c) => c.id))
                        : new Set(),
                    )
                  }
                />{' '}
                {t('libSelectAllShown')}
              </label>
            </div>
          )}
          <ClippingList
            items={shown}
            counts={counts}
            matcher={matcher}
            selected={selected}
            onToggle={toggle}
            onOpen={(id) => setOpenId(id)}
          />
        </>
      )}
      {toast}
    </main>
  );
}
