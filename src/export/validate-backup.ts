import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';
import { err, messageOf, ok, type Result } from '../shared/result';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupImage } from './backup-format';
import { backupFile } from './backup-shapes';
import { base64ToBytes } from './base64';
import * as S from './json-shape';

/** Why a backup file was refused. `path` is the JSON path of the first problem, when there is one. */
export interface BackupError {
  kind: 'empty' | 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid';
  path: string | null;
  /** A sentence for the user. */
  message: string;
}

/** The first repeated value of `key` in `items`, as an error naming both places. */
function findDuplicate<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: string,
  field: string,
): S.ShapeProblem | null {
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const value = key(item);
    const first = seen.get(value);
    if (first !== undefined) {
      return new S.ShapeProblem(
        `${path}[${i}].${field}`,
        `${field} ${JSON.stringify(value.slice(0, 80))} is also used by ${path}[${first}]`,
      );
    }
    seen.set(value, i);
  }
  return null;
}

// The store keys records by these; a collision would make one record silently overwrite another
// (or, for the unique canonicalKey index, fail the import halfway through).
function firstCollision(file: {
  clippings: Clipping[];
  annotations: UserAnnotation[];
  images: BackupImage[];
  settings: SettingRecord[];
}): S.ShapeProblem | null {
  return (
    findDuplicate(file.clippings, (c) => c.id, '$.clippings', 'id') ??
    findDuplicate(file.clippings, (c) => c.canonicalKey, '$.clippings', 'canonicalKey') ??
    findDuplicate(file.annotations, (a) => a.id, '$.annotations', 'id') ??
    findDuplicate(file.images, (img) => img.id, '$.images', 'id') ??
    findDuplicate(file.settings, (s) => s.key, '$.settings', 'key')
  );
}

function toStoredImage(image: BackupImage): StoredImage {
  const bytes = base64ToBytes(image.dataBase64);
  return {
    id: image.id,
    clippingId: image.clippingId,
    sourceUrl: image.sourceUrl,
    blob: new Blob([bytes], { type: image.type }),
    ...(image.width !== undefined && { width: image.width }),
    ...(image.height !== undefined && { height: image.height }),
  };
}

function invalid(problem: S.ShapeProblem): BackupError {
  return {
    kind: 'invalid',
    path: problem.path,
    message: `The backup is damaged or was changed by hand: at ${problem.path}, ${problem.problem}.`,
  };
}

function readJson(text: string): Result<unknown, BackupError> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (thrown) {
    const detail = messageOf(thrown);
    const truncated = /end of (JSON )?(input|data)|unterminated/i.test(detail);
    const message = truncated
      ? 'The backup file ends too early: it looks truncated (an interrupted download or copy?). Nothing was imported.'
      : `The file is not valid JSON, so it cannot be a Reader Assistant backup (${detail.slice(0, 200)}).`;
    return err({ kind: 'not-json', path: null, message });
  }
}

function checkHeader(data: unknown): BackupError | null {
  const record =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  if (record === null || record['format'] !== BACKUP_FORMAT) {
    const path = record === null ? '$' : '$.format';
    return {
      kind: 'not-a-backup',
      path,
      message:
        'This file is not a Reader Assistant backup (it has no "format": "reader-assistant-backup").',
    };
  }
  const version = record['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return {
      kind: 'newer-version',
      path: '$.version',
      message: `This backup was made by a newer version of Reader Assistant (backup format ${version}); this version reads format ${BACKUP_VERSION}. Update the extension, then import it again.`,
    };
  }
  return null;
}

/**
 * Reads a backup file and validates all of it before anything may be written: on success every
 * record has the store's shape, ids are unique and images are Blobs again. Never throws.
 */
export function parseBackup(text: string): Result<Backup, BackupError> {
  try {
    if (typeof text !== 'string' || text.trim() === '') {
      return err({ kind: 'empty', path: null, message: 'The backup file is empty.' });
    }
    // Editors on Windows may add a byte order mark, which JSON.parse rejects.
    const json = readJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!json.ok) return json;
    const headerProblem = checkHeader(json.value);
    if (headerProblem) return err(headerProblem);
    const file = backupFile(json.value, '$');
    const collision = firstCollision(file);
    if (collision) return err(invalid(collision));
    return ok({
      exportedAt: file.exportedAt,
      clippings: file.clippings,
      annotations: file.annotations,
      images: file.images.map(toStoredImage),
      settings: file.settings,
    });
  } catch (thrown) {
    if (thrown instanceof S.ShapeProblem) return err(invalid(thrown));
    // Out of memory on a giant file, or a bug: still a value, never an exception across contexts.
    return err({
      kind: 'invalid',
      path: null,
      message: `The backup could not be read: ${messageOf(thrown)}`,
    });
  }
}
