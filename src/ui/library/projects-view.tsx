import { useMemo, useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';
import type { ClippingSummary } from '../../store/library-queries';
import { countText } from './count-text';
import { projectEntries, queryProjects, type ProjectSort } from './project-query';

/** Rows rendered at most, as in the figures view. */
const MAX_ROWS = 500;
const SORTS: readonly ProjectSort[] = ['mentions', 'name'];

/** Every project named across the library, with the clippings that mention it. */
export function ProjectsView(props: {
  clippings: readonly ClippingSummary[];
  onOpen: (id: string) => void;
}) {
  const [text, setText] = useState('');
  const [sort, setSort] = useState<ProjectSort>('mentions');
  const entries = useMemo(() => projectEntries(props.clippings), [props.clippings]);
  const rows = useMemo(() => queryProjects(entries, text, sort), [entries, text, sort]);

  return (
    <section class="projects-view" aria-labelledby="projects-heading">
      <h2 id="projects-heading">{t('libProjectsViewHeading')}</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('libFigText')}{' '}
          <input
            type="search"
            data-testid="project-search"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('libSortBy')}{' '}
          <select
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as ProjectSort)}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`libProjSort_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p class="muted" role="status">
        {countText('libProjCount', rows.length)}
      </p>
      <table class="figures-table projects-table" data-testid="projects-table">
        <thead>
          <tr>
            <th scope="col">{t('libProjName')}</th>
            <th scope="col">{t('libFigMentions')}</th>
            <th scope="col">{t('libProjClippings')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((entry) => (
            <tr key={entry.name} data-testid="project-row">
              <td>{entry.name}</td>
              <td class="num">{entry.mentions}</td>
              <td>
                <ul class="project-clippings">
                  {entry.clippings.map((c) => (
                    <li key={c.id}>
                      <button type="button" class="link-button" onClick={() => props.onOpen(c.id)}>
                        {c.metadata.title ?? c.url}
                      </button>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
