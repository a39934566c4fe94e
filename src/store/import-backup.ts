import { BackupReadError, jsonBackupSource, type BackupSource } from '../export/backup-source';
import { looksLikeZip, openZipBackup } from '../export/backup-zip-read';
import { parseBackup } from '../export/validate-backup';
import { err, ok, type Result } from '../messaging/result';
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
 * Opens a backup file of either format: a zip (what this version writes, read as a stream) or an
 * old single-JSON backup (read whole, as before). Throws `BackupReadError` with a sentence.
 */
export async function openBackupFile(file: Blob): Promise<BackupSource> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (looksLikeZip(head)) return openZipBackup(file);
  const source = jsonSource(await file.text());
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
