import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../model/page-state';
import { sendToBackground, sendToTab } from '../../messaging/send';
import { t } from '../../platform/browser-api';
import { DetectionSwitch } from '../shared/detection-switch';
import { FiguresTable } from './figures-table';
import { SaveForm } from './save-form';
import { targetTabId } from './target-tab';
import { VerdictSummary } from './verdict-summary';

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; page: PageState }
  | { kind: 'unavailable'; reason: string };

export function PopupApp() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId(location.search);
      if (tabId === null)
        return setLoad({ kind: 'unavailable', reason: t('statusNoContentScript') });
      // Opening the popup is the user acting on this tab (activeTab): without host access, this
      // is when the detector first runs there. Where it already runs, nothing happens.
      const prepared = await sendToBackground('prepareTab', { tabId });
      if (!prepared.ok) return setLoad({ kind: 'unavailable', reason: t('statusNoAccess') });
      const reply = await sendToTab(tabId, 'getPageState', null);
      setLoad(
        reply.ok
          ? { kind: 'ready', tabId, page: reply.value }
          : { kind: 'unavailable', reason: t('statusNoContentScript') },
      );
    })();
  }, []);

  if (load.kind !== 'ready') {
    return (
      <main class="popup">
        <Header />
        {load.kind === 'loading' ? (
          <p class="muted">{t('statusChecking')}</p>
        ) : (
          <p class="muted" data-testid="page-unavailable">
            {load.reason}
          </p>
        )}
        <DetectionSwitch />
      </main>
    );
  }
  const { tabId, page } = load;
  const update = (next: Promise<{ ok: true; value: PageState } | { ok: false; error: string }>) =>
    void next.then((reply) => reply.ok && setLoad({ kind: 'ready', tabId, page: reply.value }));

  return (
    <main class="popup">
      <Header />
      <section class="summary">
        <p class="page-title" data-testid="page-title">
          {page.title}
        </p>
        <p class="muted">{page.metadata.siteName}</p>
        <VerdictSummary verdict={page.verdict} />
        {page.verdict.borderline && !page.verdict.isArticle && !page.clutterHidden && (
          <p class="offer" data-testid="popup-article-offer">
            {t('statusBorderline')}{' '}
            <button
              type="button"
              data-testid="popup-article-offer-accept"
              onClick={() => update(sendToTab(tabId, 'setClutterHidden', { hidden: true }))}
            >
              {t('offerTidy')}
            </button>
          </p>
        )}
        {page.problem !== null && (
          <p class="problem" data-testid="page-problem" role="status">
            {t('pageProblem', page.problem)}
          </p>
        )}
      </section>
      {/* Saving first: what most readers open the popup for, a few Tab presses away. */}
      <SaveForm tabId={tabId} page={page} />
      <section class="toggles">
        <Toggle
          label={t('hideClutter')}
          testId="toggle-clutter"
          checked={page.clutterHidden}
          onChange={(hidden) => update(sendToTab(tabId, 'setClutterHidden', { hidden }))}
        />
        <Toggle
          label={t('highlightFigures')}
          testId="toggle-figures"
          checked={page.highlights.figures}
          onChange={(figures) =>
            update(sendToTab(tabId, 'setHighlights', { ...page.highlights, figures }))
          }
        />
        <Toggle
          label={t('highlightProjects')}
          testId="toggle-projects"
          checked={page.highlights.projects}
          onChange={(projects) =>
            update(sendToTab(tabId, 'setHighlights', { ...page.highlights, projects }))
          }
        />
        <button
          type="button"
          data-testid="reader-view"
          onClick={() => void sendToTab(tabId, 'toggleReaderView', null).then(() => window.close())}
        >
          {t('readerView')}
        </button>
      </section>
      <FiguresTable
        page={page}
        onPick={(kind, index) => void sendToTab(tabId, 'scrollToItem', { kind, index })}
      />
      <p class="muted" data-testid="user-highlight-count">
        {t('userHighlights', String(page.userHighlightCount))}
      </p>
      {page.orphans.length > 0 && (
        <section class="orphans" data-testid="orphans">
          <p>{t('orphans')}</p>
          <ul>
            {page.orphans.map((o) => (
              <li key={o.id}>
                <q>{o.quote}</q>
                {o.note && <span class="muted"> — {o.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <DetectionSwitch />
      <footer>
        <button type="button" class="link" onClick={() => void sendToBackground('openLibrary', {})}>
          {t('openLibrary')}
        </button>
      </footer>
    </main>
  );
}

function Header() {
  return (
    <header class="popup-header">
      <img src="/icons/icon-32.png" alt="" width={20} height={20} />
      <h1>{t('popupTitle')}</h1>
    </header>
  );
}

function Toggle(props: {
  label: string;
  testId: string;
  checked: boolean;
  onChange(v: boolean): void;
}) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
