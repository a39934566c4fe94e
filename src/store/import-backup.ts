import { BackupReadError, jsonBackupSource, type BackupSource } from '../export/backup-source';
import { looksLikeZip, openZipBackup } from '../export/backup-zip-read';
import { parseBackup } from '../export/validate-backup';
import { err, ok, type Result } from '../shared/result';
import {
  applyImport,
  type ImportSummary,
  type ImportUndo,
  type SanitizeHtml,
} from './apply-import';
import { previewImport, type ImportChoice, type ImportPreview } from './import-preview';
import type { Db } from './open-db';
import { describeStorageError } from './storage-error';

export type { ImportSummary, ImportUndo, SanitizeHtml };

/** A problem while reading or importing, as the sentence the library shows. */
export function describeImportError(thrown: unknown): string {
  if (thrown instanceof BackupReadError) return thrown.message;
  if (thrown instanceof DOMException && thrown.name === 'AbortError')
    return 'The import was cancelled; the library is as it was.';
  return describeStorageError(thrown);
}

/** An old single-JSON backup (format version 1) as a source the import reads. */
export function jsonSource(text: string): Result<BackupSource, string> {
  const parsed = parseBackup(text);
  return parsed.ok ? ok(jsonBackupSource(parsed.value)) : err(parsed.error.message);
}

/**
 * The largest old single-JSON backup read. Such a file is read as one string, and a string in
 * Chromium's V8 holds at most 2^29 - 24 characters (536,870,888; Firefox allows twice that).
 * A UTF-8 file has at least as many bytes as its text has characters, so a file under this
 * many bytes always fits; over it, it may not, and a failure after reading half a gigabyte
 * helps nobody. The old exporter wrote the whole backup as one string too, so only an earlier
 * version in Firefox could have written a larger one (docs/security-backup.md).
 */
export const OLD_JSON_MAX_BYTES = 500 * 1024 * 1024;

const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`;

function tooLargeMessage(bytes: number, limit: number): string {
  return (
    `This old single-file backup (${size(bytes)}) is too large to import: an old ` +
    `backup is read as one piece of text, and this version reads those up to ${size(limit)}. ` +
    'Nothing was imported. Backups made by this version are read piece by piece, with no such limit.'
  );
}

/**
 * Opens a backup file of either format: a zip (what this version writes, read as a stream) or an
 * old single-JSON backup (read whole, up to `maxJsonBytes`). Throws `BackupReadError` with a
 * sentence.
 */
export async function openBackupFile(
  file: Blob,
  maxJsonBytes = OLD_JSON_MAX_BYTES,
): Promise<BackupSource> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (looksLikeZip(head)) return openZipBackup(file);
  if (file.size > maxJsonBytes) throw new BackupReadError(tooLargeMessage(file.size, maxJsonBytes));
  let text: string;
  try {
    text = await file.text();
  } catch (thrown) {
    // Past the engine's string length (RangeError) or out of memory: the same sentence.
    if (thrown instanceof RangeError)
      throw new BackupReadError(tooLargeMessage(file.size, maxJsonBytes));
    throw thrown;
  }
  const source = jsonSource(text);
  if (!source.ok) throw new BackupReadError(source.error);
  return source.value;
}

/** Preview, then import with the choices (defaults where none), as one step. */
export async function importSource(
  db: Db,
  source: BackupSource,
  sanitize: SanitizeHtml,
  choices: ReadonlyMap<string, ImportChoice> = new Map(),
): Promise<Result<{ preview: ImportPreview; summary: ImportSummary; undo: ImportUndo }, string>> {
  try {
    const preview = await previewImport(db, source);
    const { summary, undo } = await applyImport(db, source, preview, choices, sanitize);
    return ok({ preview, summary, undo });
  } catch (thrown) {
    return err(describeImportError(thrown));
  }
}

/**
 * Reads, validates and imports an old JSON backup with the default choices (conflicts kept as
 * both, older versions skipped). Nothing is written unless the whole file is valid, and a failure
 * midway takes back what was written.
 */
export async function importBackupText(
  db: Db,
  text: string,
  sanitize: SanitizeHtml,
): Promise<Result<ImportSummary, string>> {
  const source = jsonSource(text);
  if (!source.ok) return source;
  const done = await importSource(db, source.value, sanitize);
  return done.ok ? ok(done.value.summary) : err(done.error);
}
