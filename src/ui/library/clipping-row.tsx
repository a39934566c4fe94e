import { t } from '../../platform/browser-api';
import type { AnnotationCounts, ClippingSummary } from '../../store/library-queries';
import { HighlightMatches, snippetAround, type TextMatcher } from './highlight-matches';
import { countText } from './count-text';
import { publishedAt, siteOf } from './library-filters';

/** One clipping in the list: checkbox, title (opens it), site, date, tags, counts, snippet. */
export function ClippingRow({
  clipping: c,
  counts,
  matcher,
  selected,
  position,
  total,
  top,
  onToggle,
  onOpen,
}: {
  clipping: ClippingSummary;
  counts: AnnotationCounts | undefined;
  /** What the current search marks; null when nothing is searched. */
  matcher: TextMatcher | null;
  selected: boolean;
  position: number;
  total: number;
  top: number;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const title = c.metadata.title ?? c.url;
  const published = publishedAt(c);
  // Without a published date the list sorts by the save date; say so rather than pass it off.
  const date =
    published === null
      ? t('libSavedOn', new Date(c.savedAt).toLocaleDateString())
      : new Date(published).toLocaleDateString();
  const highlights = counts?.highlights ?? 0;
  const orphans = counts?.orphans ?? 0;
  return (
    <li
      class={`clip-row${selected ? ' selected' : ''}`}
      data-testid="clipping-item"
      data-index={position}
      aria-setsize={total}
      aria-posinset={position + 1}
      style={{ top: `${top}px` }}
    >
      <input
        type="checkbox"
        checked={selected}
        aria-label={t('libSelect', title)}
        onChange={() => onToggle(c.id)}
      />
      <div class="clip-body">
        <button
          type="button"
          class="clip-title link-button"
          data-testid="open-clipping"
          onClick={() => onOpen(c.id)}
        >
          <HighlightMatches text={title} matcher={matcher} />
        </button>
        <div class="clip-meta muted">
          <span>{siteOf(c)}</span> · <time data-testid="clip-date">{date}</time> ·{' '}
          <span>{countText('libCountFigures', c.figures.length)}</span> ·{' '}
          <span>{countText('libCountProjects', c.projects.length)}</span> ·{' '}
          <span>{countText('libCountHighlights', highlights)}</span>
          {orphans > 0 && (
            <>
              {' '}
              · <span class="orphans">{t('libCountOrphans', String(orphans))}</span>
            </>
          )}
        </div>
        {c.tags.length > 0 && (
          <ul class="tag-list" aria-label={t('tags')}>
            {c.tags.map((tag) => (
              <li key={tag} class="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
        {matcher && (
          <p class="clip-snippet">
            <HighlightMatches text={snippetAround(c.text, matcher)} matcher={matcher} />
          </p>
        )}
      </div>
    </li>
  );
}
