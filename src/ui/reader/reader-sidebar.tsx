import { formatNumber } from '../../annotate/format-figure';
import { projectFullNames } from '../../annotate/project-full-name';
import { t } from '../../platform/browser-api';
import type { Clipping, UserAnnotation } from '../../store/schema';
import { NoteField } from './note-field';
import { TagEditor } from './tag-editor';

/** The reader's side panel: note, tags, the user's highlights with notes, figures, projects. */
export function ReaderSidebar(props: {
  clipping: Clipping;
  annotations: readonly UserAnnotation[];
  tagSuggestions: readonly string[];
  onNote: (note: string) => void;
  onTags: (tags: string[]) => void;
  onAnnotationNote: (a: UserAnnotation, note: string) => void;
}) {
  const c = props.clipping;
  // Numbers as the article writes them (and the popup shows them), whatever the UI language.
  const lang = c.metadata.lang ?? document.documentElement.lang ?? 'en';
  return (
    <aside class="reader-sidebar">
      <NoteField
        label={t('clippingNote')}
        value={c.note}
        testId="clipping-note"
        onSave={props.onNote}
      />
      <section aria-labelledby="reader-tags">
        <h2 id="reader-tags">{t('tags')}</h2>
        <TagEditor tags={c.tags} suggestions={props.tagSuggestions} onChange={props.onTags} />
      </section>
      <section aria-labelledby="reader-highlights">
        <h2 id="reader-highlights">{t('userHighlights', String(props.annotations.length))}</h2>
        {props.annotations.length === 0 && <p class="muted">{t('libNoHighlights')}</p>}
        <ul class="highlight-list">
          {props.annotations.map((a) => (
            <li key={a.id} class={`hl-${a.color}`}>
              <blockquote>{a.quote}</blockquote>
              {a.orphan && <p class="orphans">{t('libOrphanExplained')}</p>}
              <NoteField
                label={t('libHighlightNote')}
                value={a.note}
                onSave={(note) => props.onAnnotationNote(a, note)}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reader-figures">
        <h2 id="reader-figures">
          {t('libViewFigures')} ({c.figures.length})
        </h2>
        <ul class="figure-list">
          {c.figures.map((f, i) => (
            <li key={i}>
              <mark class="ra-figure">{f.text}</mark>{' '}
              <span class="muted">
                {t(`libKind_${f.kind}`)} · {formatNumber(f.value, lang)}{' '}
                {f.currency ?? f.unit ?? ''}
                {f.per ? `/${f.per}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {c.projects.length > 0 && (
        <section aria-labelledby="reader-projects">
          <h2 id="reader-projects">
            {t('libProjectsHeading')} ({c.projects.length})
          </h2>
          <ul class="figure-list">
            {projectFullNames(c.projects).map((name, i) => (
              <li key={i}>
                <mark class="ra-project">{name}</mark>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
