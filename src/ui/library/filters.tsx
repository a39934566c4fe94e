import { t } from '../../platform/browser-api';
import type { LibraryFilters, SortKey } from './library-filters';

const SORTS: readonly { key: SortKey; label: string }[] = [
  { key: 'saved', label: 'libSortSaved' },
  { key: 'published', label: 'libSortPublished' },
  { key: 'site', label: 'libSortSite' },
  { key: 'title', label: 'libSortTitle' },
];

/** The search box, sort order and filters above the list. */
export function Filters(props: {
  query: string;
  onQuery: (q: string) => void;
  sort: SortKey;
  onSort: (s: SortKey) => void;
  sortDisabled: boolean;
  filters: LibraryFilters;
  onFilters: (f: LibraryFilters) => void;
  tags: readonly string[];
  sites: readonly string[];
}) {
  const { filters, onFilters } = props;
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="search-box">
        <span class="visually-hidden">{t('libSearchLabel')}</span>
        <input
          type="search"
          data-testid="search-input"
          placeholder={t('libSearchPlaceholder')}
          value={props.query}
          onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('libSortBy')}{' '}
        <select
          value={props.sort}
          disabled={props.sortDisabled}
          title={props.sortDisabled ? t('libSortByRelevance') : undefined}
          onChange={(e) => props.onSort((e.currentTarget as HTMLSelectElement).value as SortKey)}
        >
          {SORTS.map((s) => (
            <option key={s.key} value={s.key}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libFilterTag')}{' '}
        <select
          value={filters.tag ?? ''}
          onChange={(e) => set({ tag: (e.currentTarget as HTMLSelectElement).value || null })}
        >
          <option value="">{t('libAny')}</option>
          {props.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libFilterSite')}{' '}
        <select
          value={filters.site ?? ''}
          onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value || null })}
        >
          <option value="">{t('libAny')}</option>
          {props.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libFilterFrom')}{' '}
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: (e.currentTarget as HTMLInputElement).value || null })}
        />
      </label>
      <label>
        {t('libFilterTo')}{' '}
        <input
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: (e.currentTarget as HTMLInputElement).value || null })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={filters.hasFigures}
          onChange={(e) => set({ hasFigures: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('libFilterHasFigures')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={filters.hasOrphans}
          onChange={(e) => set({ hasOrphans: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('libFilterHasOrphans')}
      </label>
    </form>
  );
}
