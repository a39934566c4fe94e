import { useRef, useState } from 'preact/hooks';
import { messageOf } from '../../shared/result';
import { t } from '../../platform/browser-api';
import type { Db } from '../../store/open-db';
import { CSV_SEPARATORS, separatorForLocale, type CsvSeparator } from '../../export/to-csv';
import { downloadFile } from './download-file';
import type { BibtexDialect } from '../../export/to-bibtex';
import { buildExport, EXPORT_FORMATS, type ExportFormat, type ExportScope } from './export-actions';

const DIALECT_KEY = 'reader-assistant.bibtex-dialect';

/** The BibTeX flavour last chosen on this device (a view preference, not library data). */
function storedDialect(): BibtexDialect {
  try {
    return globalThis.localStorage?.getItem(DIALECT_KEY) === 'bibtex' ? 'bibtex' : 'biblatex';
  } catch {
    return 'biblatex';
  }
}

const LABELS: Record<ExportFormat, string> = {
  markdown: 'libExportMarkdown',
  json: 'libExportJson',
  csv: 'libExportCsv',
  bibtex: 'libExportBibtex',
  ris: 'libExportRis',
  csl: 'libExportCsl',
  html: 'libExportHtml',
};

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; fraction: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; reason: string };

/**
 * One button per export format for a set of clippings, with a progress bar and Cancel while a
 * long export runs. `scope` is read when a button is pressed, so it follows the selection.
 */
export function ExportBar(props: { db: Db; scope: () => ExportScope; label: string }) {
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Excel in a comma-decimal locale (vi, de, …) splits CSV on ";": default to what it expects.
  const [separator, setSeparator] = useState<CsvSeparator>(() =>
    separatorForLocale(navigator.language),
  );
  const [dialect, setDialect] = useState<BibtexDialect>(storedDialect);
  const chooseDialect = (value: BibtexDialect) => {
    setDialect(value);
    try {
      globalThis.localStorage?.setItem(DIALECT_KEY, value);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  };

  const start = async (format: ExportFormat) => {
    const abort = new AbortController();
    controller.current = abort;
    setRun({ kind: 'running', format, fraction: 0 });
    try {
      const file = await buildExport(props.db, format, props.scope(), {
        signal: abort.signal,
        bibtexDialect: dialect,
        onProgress: (fraction) => setRun({ kind: 'running', format, fraction }),
        csvSeparator: separator,
      });
      abort.signal.throwIfAborted();
      downloadFile(file);
      setRun({ kind: 'done', name: file.name });
    } catch (thrown) {
      setRun(
        abort.signal.aborted
          ? { kind: 'failed', reason: t('libExportCancelled') }
          : { kind: 'failed', reason: t('libExportFailed', messageOf(thrown)) },
      );
    } finally {
      controller.current = null;
    }
  };

  const busy = run.kind === 'running';
  return (
    <div class="export-bar" role="group" aria-label={props.label}>
      <span class="export-label">{props.label}</span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          data-testid={`export-${format}`}
          disabled={busy}
          onClick={() => void start(format)}
        >
          {t(LABELS[format])}
        </button>
      ))}
      <label class="csv-separator">
        {t('libCsvSeparator')}{' '}
        <select
          data-testid="csv-separator"
          value={separator}
          disabled={busy}
          onChange={(e) =>
            setSeparator((e.currentTarget as HTMLSelectElement).value as CsvSeparator)
          }
        >
          {CSV_SEPARATORS.map((sep) => (
            <option key={sep} value={sep}>
              {sep === '\t' ? t('libCsvTab') : sep}
            </option>
          ))}
        </select>
      </label>
      <select
        data-testid="bibtex-dialect"
        aria-label={t('libBibtexDialect')}
        value={dialect}
        disabled={busy}
        onChange={(e) => chooseDialect(e.currentTarget.value === 'bibtex' ? 'bibtex' : 'biblatex')}
      >
        <option value="biblatex">{t('libBibtexBiblatex')}</option>
        <option value="bibtex">{t('libBibtexPlain')}</option>
      </select>
      {run.kind === 'running' && (
        <>
          <progress
            max={1}
            value={run.fraction}
            aria-label={t('libExportProgress', t(LABELS[run.format]))}
          />
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('libCancel')}
          </button>
        </>
      )}
      <span class="export-status muted" role="status" data-testid="export-status">
        {run.kind === 'done' && t('libExportDone', run.name)}
        {run.kind === 'failed' && run.reason}
      </span>
    </div>
  );
}
