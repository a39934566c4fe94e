import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../messaging/page-state';
import { sendToBackground, sendToTab } from '../../messaging/send';
import { t } from '../../platform/browser-api';
import { saveClippingFromTab } from './save-clipping';
import { targetTabId } from './target-tab';

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; page: PageState }
  | { kind: 'unavailable'; reason: string };
type Save =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; clippingId: string }
  | { kind: 'failed'; reason: string };

export function PopupApp() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [save, setSave] = useState<Save>({ kind: 'idle' });

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId(location.search);
      if (tabId === null)
        return setLoad({ kind: 'unavailable', reason: t('statusNoContentScript') });
      const reply = await sendToTab(tabId, 'getPageState', null);
      setLoad(
        reply.ok
          ? { kind: 'ready', tabId, page: reply.value }
          : { kind: 'unavailable', reason: t('statusNoContentScript') },
      );
    })();
  }, []);

  const onSave = async (tabId: number) => {
    setSave({ kind: 'saving' });
    const result = await saveClippingFromTab(tabId);
    setSave(
      result.ok
        ? { kind: 'saved', clippingId: result.value.id }
        : { kind: 'failed', reason: result.error },
    );
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('popupTitle')}</h1>
      </header>
      {load.kind === 'loading' && <p class="muted">{t('statusChecking')}</p>}
      {load.kind === 'unavailable' && (
        <p class="muted" data-testid="page-unavailable">
          {load.reason}
        </p>
      )}
      {load.kind === 'ready' && (
        <section aria-live="polite">
          <p class="page-title" data-testid="page-title">
            {load.page.title}
          </p>
          <p data-testid="page-verdict">
            {load.page.verdict.isArticle ? t('statusArticle') : t('statusNotArticle')}
          </p>
          <div class="actions">
            <button
              class="primary"
              data-testid="save-clipping"
              disabled={save.kind === 'saving'}
              onClick={() => void onSave(load.tabId)}
            >
              {save.kind === 'saving' ? t('saving') : t('saveClipping')}
            </button>
            <button onClick={() => void sendToBackground('openLibrary', {})}>
              {t('openLibrary')}
            </button>
          </div>
          <p
            data-testid="save-status"
            role="status"
            class={save.kind === 'failed' ? 'error' : 'muted'}
          >
            {save.kind === 'saved' && t('saved')}
            {save.kind === 'failed' && t('saveFailed', save.reason)}
          </p>
        </section>
      )}
    </main>
  );
}
