import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';
import { listClippings } from '../../store/clippings-repository';
import { openReaderDb } from '../../store/open-db';
import type { Clipping } from '../../store/schema';
import { describeStorageError } from '../../store/storage-error';

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; clippings: Clipping[] }
  | { kind: 'failed'; reason: string };

export function LibraryApp() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    void openReaderDb()
      .then(async (db) => {
        const clippings = await listClippings(db);
        db.close();
        setLoad({ kind: 'ready', clippings });
      })
      .catch((thrown: unknown) =>
        setLoad({ kind: 'failed', reason: describeStorageError(thrown) }),
      );
  }, []);

  return (
    <main class="library">
      <header class="library-header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>{t('libraryTitle')}</h1>
      </header>
      {load.kind === 'failed' && <p class="error">{load.reason}</p>}
      {load.kind === 'ready' && load.clippings.length === 0 && (
        <p class="muted">{t('libraryEmpty')}</p>
      )}
      {load.kind === 'ready' && load.clippings.length > 0 && (
        <>
          <p class="muted">{t('clippingsCount', String(load.clippings.length))}</p>
          <ul class="clipping-list">
            {load.clippings.map((c) => (
              <li key={c.id} data-testid="clipping-item" class="clipping-item">
                <span class="clipping-title">{c.metadata.title ?? c.url}</span>
                <span class="muted">
                  {' '}
                  — {c.metadata.siteName ?? new URL(c.url).hostname} ·{' '}
                  {new Date(c.savedAt).toLocaleString()}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
