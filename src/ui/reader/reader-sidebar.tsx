import { formatFigureValue } from '../../annotate/format-figure';
import { projectFullNames } from '../../annotate/project-full-name';
import { kindName, UNIT_NAMES } from '../shared/figure-words';
import { t } from '../../platform/browser-api';
import type { Clipping, UserAnnotation } from '../../model/stored-records';
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
  // Numbers as the article writes them (and the popup shows them), whatever the UI language;
  // units and rates in the UI language (`t` → tonnes, tấn), as the popup names them.
  const lang = c.metadata.lang ?? document.documentElement.lang ?? 'en';
  // A list's bare `2` takes its name from the member before it, so the names need text order,
  // which an imported backup need not keep.
  const projects = [...c.projects].sort((a, b) => a.start - b.start);
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
                {kindName(f.kind)} · {formatFigureValue(f, lang, UNIT_NAMES)}
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
            {projectFullNames(projects).map((name, i) => (
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
