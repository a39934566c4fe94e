import { useState } from 'preact/hooks';
import { messageOf } from '../../messaging/result';
import { t } from '../../platform/browser-api';
import { importBackupText, type ImportSummary } from '../../store/import-backup';
import type { Db } from '../../store/open-db';
import { sanitizeArticleHtml } from '../reader/sanitize-article';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; reason: string };

function summaryText(s: ImportSummary): string {
  return t('libImportDone', [
    String(s.added),
    String(s.updated),
    String(s.kept + s.conflicts),
    String(s.annotations),
  ]);
}

/** "Import a JSON backup": a file input and a status line saying what happened. */
export function ImportPanel(props: { db: Db; onImported: () => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'reading', name: file.name });
    try {
      const text = await file.text();
      const result = await importBackupText(props.db, text, (html) => sanitizeArticleHtml(html));
      if (result.ok) {
        setStatus({ kind: 'done', summary: result.value });
        props.onImported();
      } else {
        setStatus({ kind: 'failed', reason: result.error });
      }
    } catch (thrown) {
      setStatus({ kind: 'failed', reason: messageOf(thrown) });
    } finally {
      // Choosing the same file again must fire `change` again.
      input.value = '';
    }
  };

  return (
    <div class="import-panel">
      <label>
        {t('libImportLabel')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      <p
        class={status.kind === 'failed' ? 'error' : 'muted'}
        role="status"
        aria-live="polite"
        data-testid="import-status"
      >
        {status.kind === 'reading' && t('libImportReading', status.name)}
        {status.kind === 'done' && summaryText(status.summary)}
        {status.kind === 'failed' && t('libImportFailed', status.reason)}
      </p>
    </div>
  );
}
