import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupSource } from '../../export/backup-source';
import { t } from '../../platform/browser-api';
import { applyImport, undoImport } from '../../store/apply-import';
import {
  describeImportError,
  openBackupFile,
  type ImportSummary,
  type ImportUndo,
} from '../../store/import-backup';
import { previewImport, type ImportChoice, type ImportPreview } from '../../store/import-preview';
import type { Db } from '../../store/open-db';
import { describeStorageError } from '../../store/storage-error';
import { sanitizeArticleHtml } from '../reader/sanitize-article';
import { ImportPreviewList } from './import-preview-list';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; fraction: number }
  | { kind: 'preview'; source: BackupSource; preview: ImportPreview }
  | { kind: 'writing'; fraction: number }
  | { kind: 'done' }
  | { kind: 'undone' }
  | { kind: 'failed'; reason: string };

function summaryText(s: ImportSummary): string {
  return t(
    'libImportDone',
    [s.added, s.replaced, s.keptBoth, s.skipped, s.annotations].map(String),
  );
}

/** The last import, kept so it can be undone until the user keeps it or leaves the library. */
export interface LastImport {
  summary: ImportSummary;
  undo: ImportUndo;
}

/**
 * "Import a backup": reads the file (zip or old JSON) as a stream into a preview, lets the user
 * choose per clipping, imports, and offers "Undo import" until the user keeps the result or
 * leaves the page. The undo record lives in the library page's memory (`last`, owned by the
 * page so opening a clipping in between does not lose it).
 */
export function ImportPanel(props: {
  db: Db;
  onImported: () => void;
  last: LastImport | null;
  onLast: (last: LastImport | null) => void;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [choices, setChoices] = useState<ReadonlyMap<string, ImportChoice>>(new Map());
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async <T,>(work: (signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    const abort = new AbortController();
    controller.current = abort;
    try {
      return await work(abort.signal);
    } catch (thrown) {
      setStatus({ kind: 'failed', reason: describeImportError(thrown) });
      return null;
    } finally {
      controller.current = null;
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Choosing the same file again must fire `change` again.
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'reading', name: file.name, fraction: 0 });
    setChoices(new Map());
    // A new import keeps the previous one: its undo is no longer offered.
    props.onLast(null);
    await run(async (signal) => {
      const source = await openBackupFile(file);
      const preview = await previewImport(props.db, source, {
        signal,
        onProgress: (done, total) =>
          setStatus({ kind: 'reading', name: file.name, fraction: done / Math.max(1, total) }),
      });
      setStatus({ kind: 'preview', source, preview });
    });
  };

  const apply = async (source: BackupSource, preview: ImportPreview) => {
    setStatus({ kind: 'writing', fraction: 0 });
    await run(async (signal) => {
      const done = await applyImport(props.db, source, preview, choices, sanitizeArticleHtml, {
        signal,
        onProgress: (d, total) => setStatus({ kind: 'writing', fraction: d / Math.max(1, total) }),
      });
      props.onLast(done);
      setStatus({ kind: 'done' });
      props.onImported();
    });
  };

  const undo = async (record: ImportUndo | null) => {
    if (!record) return;
    try {
      await undoImport(props.db, record);
      props.onLast(null);
      setStatus({ kind: 'undone' });
      props.onImported();
    } catch (thrown) {
      setStatus({ kind: 'failed', reason: describeStorageError(thrown) });
    }
  };

  const busy = status.kind === 'reading' || status.kind === 'writing';
  return (
    <div class="import-panel">
      <label>
        {t('libImportLabel')}{' '}
        <input
          type="file"
          accept="application/zip,.zip,application/json,.json"
          data-testid="import-file"
          disabled={busy || status.kind === 'preview'}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {busy && (
        <>
          <progress max={1} value={status.fraction} aria-label={t('libImportProgress')} />
          <button
            type="button"
            data-testid="import-cancel"
            onClick={() => controller.current?.abort()}
          >
            {t('libCancel')}
          </button>
        </>
      )}
      {status.kind === 'preview' && (
        <>
          <ImportPreviewList
            preview={status.preview}
            choices={choices}
            onChoice={(id, choice) => setChoices((c) => new Map(c).set(id, choice))}
          />
          <div class="import-actions">
            <button
              type="button"
              data-testid="import-apply"
              onClick={() => void apply(status.source, status.preview)}
            >
              {t('libImportApply')}
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              {t('libCancel')}
            </button>
          </div>
        </>
      )}
      <p
        class={status.kind === 'failed' ? 'error' : 'muted'}
        role="status"
        aria-live="polite"
        data-testid="import-status"
      >
        {status.kind === 'reading' && t('libImportReading', status.name)}
        {props.last && summaryText(props.last.summary)}
        {status.kind === 'undone' && t('libImportUndone')}
        {status.kind === 'failed' && t('libImportFailed', status.reason)}
      </p>
      {props.last && (
        <div class="import-actions">
          <button
            type="button"
            data-testid="undo-import"
            onClick={() => void undo(props.last?.undo ?? null)}
          >
            {t('libUndoImport')}
          </button>
          <button
            type="button"
            data-testid="keep-import"
            onClick={() => {
              props.onLast(null);
              setStatus({ kind: 'idle' });
            }}
          >
            {t('libImportKeep')}
          </button>
        </div>
      )}
    </div>
  );
}
