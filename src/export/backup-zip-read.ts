import { Unzip, UnzipInflate, strFromU8, type UnzipFile } from 'fflate';
import { BACKUP_FORMAT } from './backup-format';
import { imageFields, setting } from './backup-shapes';
import {
  BackupReadError,
  type BackupItem,
  type BackupSource,
  type ReadProgress,
} from './backup-source';
import * as S from './json-shape';
import { annotation, clipping } from './record-shapes';
import type { StoredImage } from '../model/stored-records';
import {
  ANNOTATIONS_PER_ENTRY,
  ZIP_BACKUP_VERSION,
  type ZipClippingEntry,
  type ZipImageMeta,
  type ZipManifest,
} from './backup-zip-write';

/** Whether the bytes start like a zip file (`PK\x03\x04`). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** An entry may not be bigger than this once inflated: a zip bomb stops here, not in memory. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_IMAGES_PER_CLIPPING = 10_000;

const manifestShape = S.object<ZipManifest>({
  format: S.oneOf(BACKUP_FORMAT),
  version: (v, path) =>
    v === ZIP_BACKUP_VERSION ? ZIP_BACKUP_VERSION : S.fail(path, `expected ${ZIP_BACKUP_VERSION}`),
  exportedAt: S.str(64, { test: (s) => !Number.isNaN(Date.parse(s)), expected: 'a date' }),
  clippings: S.int(0, 10_000_000),
});
const clippingEntry = S.object<ZipClippingEntry>({
  clipping,
  images: S.listOf(
    S.object<ZipImageMeta>({
      id: imageFields.id,
      sourceUrl: imageFields.sourceUrl,
      type: imageFields.type,
      width: imageFields.width,
      height: imageFields.height,
      file: S.str(100),
    }),
    MAX_IMAGES_PER_CLIPPING,
  ),
});
const annotationsEntry = S.listOf(annotation, ANNOTATIONS_PER_ENTRY);
const settingsEntry = S.listOf(setting, 1000);

/** A finished zip entry: JSON text's bytes, or an image's Blob. */
type Entry = { name: string; bytes: Uint8Array } | { name: string; blob: Blob };

function parseEntry<T>(name: string, bytes: Uint8Array, check: S.Check<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(bytes));
  } catch {
    throw new BackupReadError(`The backup is damaged: ${name} is not valid JSON.`);
  }
  try {
    return check(data, name);
  } catch (thrown) {
    if (!(thrown instanceof S.ShapeProblem)) throw thrown;
    throw new BackupReadError(
      `The backup is damaged or was changed by hand: at ${thrown.path}, ${thrown.problem}.`,
    );
  }
}

/**
 * Unzips `file` as a stream and hands back finished entries in order. Only JSON entries are
 * inflated into memory (each bounded); image entries become Blobs when `withImages`, else are
 * skipped without being kept.
 */
async function* entries(
  file: Blob,
  withImages: boolean,
  progress: ReadProgress,
  limit: number,
): AsyncGenerator<Entry> {
  const done: Entry[] = [];
  let failure: unknown = null;
  const unzip = new Unzip((f: UnzipFile) => {
    const isImage = f.name.endsWith('.bin');
    if (isImage && !withImages) {
      // Still decoded, into nothing: an entry written as a stream has no size up front, and an
      // entry not started is buffered by the unzipper until it finds the next one (the whole
      // file, for a 1 GB backup).
      f.ondata = () => undefined;
      f.start();
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    f.ondata = (error, chunk, final) => {
      if (error) {
        failure = error;
        return;
      }
      size += chunk.length;
      if (size > limit) {
        failure = new BackupReadError(`The backup is damaged: ${f.name} is too large.`);
        f.terminate();
        return;
      }
      parts.push(chunk);
      if (!final) return;
      if (isImage) done.push({ name: f.name, blob: new Blob(parts as BlobPart[]) });
      else {
        const bytes = new Uint8Array(size);
        let at = 0;
        for (const p of parts) {
          bytes.set(p, at);
          at += p.length;
        }
        done.push({ name: f.name, bytes });
      }
    };
    f.start();
  });
  unzip.register(UnzipInflate);
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      progress.signal?.throwIfAborted();
      const { value, done: end } = await reader.read();
      if (value) read += value.length;
      try {
        unzip.push(value ?? new Uint8Array(0), end);
      } catch (thrown) {
        failure = thrown;
      }
      if (failure) {
        throw failure instanceof BackupReadError
          ? failure
          : new BackupReadError('The backup is damaged: it is not a readable zip file.');
      }
      progress.onProgress?.(read, file.size);
      while (done.length > 0) yield done.shift() as Entry;
      if (end) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** A zip backup (format version 2): read as a stream, as often as the import needs. */
export function zipBackupSource(
  file: Blob,
  exportedAt: string,
  limit = MAX_ENTRY_BYTES,
): BackupSource {
  return {
    exportedAt,
    async *items(options) {
      let manifest: ZipManifest | null = null;
      let pending: { entry: ZipClippingEntry; images: StoredImage[] } | null = null;
      let clippings = 0;
      const finish = (p: NonNullable<typeof pending>): BackupItem => ({
        kind: 'clipping',
        clipping: p.entry.clipping,
        images: p.images,
        imageCount: p.entry.images.length,
      });
      for await (const e of entries(file, options.withImages, options, limit)) {
        if (manifest === null) {
          if (e.name !== 'manifest.json' || !('bytes' in e))
            throw new BackupReadError(
              'The backup is damaged: it does not start with its manifest.',
            );
          manifest = parseEntry(e.name, e.bytes, manifestShape);
          continue;
        }
        if ('blob' in e) {
          const meta = pending?.entry.images[pending.images.length];
          if (!pending || !meta || meta.file !== e.name)
            throw new BackupReadError(`The backup is damaged: ${e.name} is out of place.`);
          pending.images.push({
            id: meta.id,
            clippingId: pending.entry.clipping.id,
            sourceUrl: meta.sourceUrl,
            blob: new Blob([e.blob], { type: meta.type }),
            ...(meta.width !== undefined && { width: meta.width }),
            ...(meta.height !== undefined && { height: meta.height }),
          });
          continue;
        }
        if (pending) {
          if (options.withImages && pending.images.length !== pending.entry.images.length)
            throw new BackupReadError('The backup is damaged: an image of a clipping is missing.');
          yield finish(pending);
          pending = null;
        }
        if (/^clippings\/\d{6,}\.json$/.test(e.name)) {
          clippings += 1;
          pending = { entry: parseEntry(e.name, e.bytes, clippingEntry), images: [] };
        } else if (/^annotations\/\d{6,}\.json$/.test(e.name)) {
          for (const a of parseEntry(e.name, e.bytes, annotationsEntry))
            yield { kind: 'annotation', annotation: a };
        } else if (e.name === 'settings.json') {
          for (const s of parseEntry(e.name, e.bytes, settingsEntry))
            yield { kind: 'setting', setting: s };
          if (clippings !== manifest.clippings)
            throw new BackupReadError(
              `The backup is damaged: it lists ${manifest.clippings} clippings but holds ${clippings}.`,
            );
          return;
        } else {
          throw new BackupReadError(`The backup is damaged: unexpected entry ${e.name}.`);
        }
      }
      throw new BackupReadError(
        'The backup file ends too early: it looks truncated (an interrupted download or copy?). Nothing was imported.',
      );
    },
  };
}

/**
 * Opens a zip backup: reads just its manifest to check it is one this version reads, and
 * returns a source that streams the rest.
 */
export async function openZipBackup(file: Blob, limit = MAX_ENTRY_BYTES): Promise<BackupSource> {
  for await (const e of entries(file, false, {}, limit)) {
    if (e.name !== 'manifest.json' || !('bytes' in e))
      throw new BackupReadError('This zip file is not a Reader Assistant backup (no manifest).');
    let data: unknown;
    try {
      data = JSON.parse(strFromU8(e.bytes));
    } catch {
      throw new BackupReadError('This zip file is not a Reader Assistant backup.');
    }
    const record =
      typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    if (record['format'] !== BACKUP_FORMAT)
      throw new BackupReadError('This zip file is not a Reader Assistant backup.');
    if (typeof record['version'] === 'number' && record['version'] > ZIP_BACKUP_VERSION)
      throw new BackupReadError(
        `This backup was made by a newer version of Reader Assistant (backup format ${record['version']}); this version reads format ${ZIP_BACKUP_VERSION}. Update the extension, then import it again.`,
      );
    return zipBackupSource(file, parseEntry(e.name, e.bytes, manifestShape).exportedAt, limit);
  }
  throw new BackupReadError('The backup file is empty or not a zip file.');
}
