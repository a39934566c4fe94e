import type { AnnotationCounts, ClippingSummary } from '../../store/library-queries';

/** How the list can be ordered. Saved date is newest first, the others ascending except published. */
export type SortKey = 'saved' | 'published' | 'site' | 'title';

/** The list's filters; null or false means "any". Dates are `YYYY-MM-DD` from date inputs. */
export interface LibraryFilters {
  tag: string | null;
  site: string | null;
  from: string | null;
  to: string | null;
  hasFigures: boolean;
  hasOrphans: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  tag: null,
  site: null,
  from: null,
  to: null,
  hasFigures: false,
  hasOrphans: false,
};

/** The site a clipping is listed under: its site name, else the host it came from. */
export function siteOf(c: Pick<ClippingSummary, 'metadata' | 'url'>): string {
  if (c.metadata.siteName) return c.metadata.siteName;
  try {
    return new URL(c.url).hostname;
  } catch {
    return c.url;
  }
}

/**
 * The date a clipping is filtered and shown by, as epoch ms: when it was published if the page
 * said so (what a researcher cites), else when it was saved.
 */
export function dateOf(c: Pick<ClippingSummary, 'metadata' | 'savedAt'>): number {
  return publishedAt(c) ?? c.savedAt;
}

/** The published date when the page gave a readable one, else null. */
export function publishedAt(c: Pick<ClippingSummary, 'metadata'>): number | null {
  const published = c.metadata.publishedTime ? Date.parse(c.metadata.publishedTime) : NaN;
  return Number.isFinite(published) ? published : null;
}

function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00`);
}

/** Clippings that pass every filter, in their given order. */
export function applyFilters<T extends ClippingSummary>(
  list: readonly T[],
  filters: LibraryFilters,
  counts: ReadonlyMap<string, AnnotationCounts>,
): T[] {
  const from = filters.from ? dayStart(filters.from) : -Infinity;
  // Inclusive: the whole "to" day counts.
  const to = filters.to ? dayStart(filters.to) + 86_400_000 : Infinity;
  const byDate = filters.from !== null || filters.to !== null;
  const any =
    byDate ||
    filters.tag !== null ||
    filters.site !== null ||
    filters.hasFigures ||
    filters.hasOrphans;
  // No filter: the same list, without touching 10,000 records (or parsing their dates).
  if (!any) return [...list];
  return list.filter((c) => {
    if (filters.tag !== null && !c.tags.includes(filters.tag)) return false;
    if (filters.site !== null && siteOf(c) !== filters.site) return false;
    if (filters.hasFigures && c.figures.length === 0) return false;
    if (filters.hasOrphans && (counts.get(c.id)?.orphans ?? 0) === 0) return false;
    if (!byDate) return true;
    const date = dateOf(c);
    return date >= from && date < to;
  });
}

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

/** A sorted copy. Published: newest first, clippings without a date last. */
export function sortClippings<T extends ClippingSummary>(list: readonly T[], key: SortKey): T[] {
  const out = [...list];
  switch (key) {
    case 'saved':
      return out.sort((a, b) => b.savedAt - a.savedAt);
    case 'published': {
      const time = (c: T) => {
        const t = c.metadata.publishedTime ? Date.parse(c.metadata.publishedTime) : NaN;
        return Number.isFinite(t) ? t : -Infinity;
      };
      return out.sort((a, b) => time(b) - time(a) || b.savedAt - a.savedAt);
    }
    case 'site':
      return out.sort((a, b) => collator.compare(siteOf(a), siteOf(b)) || b.savedAt - a.savedAt);
    case 'title':
      return out.sort((a, b) =>
        collator.compare(a.metadata.title ?? a.url, b.metadata.title ?? b.url),
      );
  }
}

/** Distinct values for a filter's choices, most used first, then alphabetical. */
export function choices(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))
    .map(([v]) => v);
}
