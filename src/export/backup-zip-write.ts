import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { BACKUP_FORMAT } from './backup-format';
import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';

/** The zip backup's format version (version 1 is the single JSON file). */
export const ZIP_BACKUP_VERSION = 2;

/** `manifest.json`, the zip's first entry. */
export interface ZipManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof ZIP_BACKUP_VERSION;
  exportedAt: string;
  /** How many clipping entries follow: a shorter file was cut off. */
  clippings: number;
}

/** An image as listed in its clipping's entry; the bytes are the entry named `file`. */
export interface ZipImageMeta {
  id: string;
  sourceUrl: string;
  type: string;
  width?: number;
  height?: number;
  file: string;
}

/** `clippings/<n>.json`: one clipping and the list of its image entries, which follow it. */
export interface ZipClippingEntry {
  clipping: Clipping;
  images: ZipImageMeta[];
}

/** Highlights are written in entries of this many, so no entry grows with the library. */
export const ANNOTATIONS_PER_ENTRY = 1000;

const pad = (n: number) => String(n).padStart(6, '0');

/** Receives the zip's bytes as they are made; awaited, so a slow disk slows the writer. */
export type ByteSink = (chunk: Uint8Array) => void | Promise<void>;

/** What the writer reads, one clipping at a time. */
export interface ZipBackupInput {
  exportedAt: Date;
  clippingCount: number;
  clippings: AsyncIterable<{ clipping: Clipping; images: StoredImage[] }>;
  annotations: Iterable<UserAnnotation> | AsyncIterable<UserAnnotation>;
  settings: readonly SettingRecord[];
}

/**
 * Writes a backup as a zip: `manifest.json`, then per clipping `clippings/<n>.json` followed by
 * its images (`clippings/<n>-<k>.bin`), then `annotations/<n>.json` and `settings.json`. Bytes go
 * to `sink` as each clipping is done, so memory holds one clipping and its images, never the
 * file. JSON is deflated; images (already compressed) are stored (deflate level 0, which keeps
 * the entry's end findable for a streaming reader).
 */
export async function writeBackupZip(
  input: ZipBackupInput,
  sink: ByteSink,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  let pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const drain = async () => {
    if (failure) throw failure;
    const chunks = pending;
    pending = [];
    for (const chunk of chunks) await sink(chunk);
  };
  const add = (name: string, bytes: Uint8Array, level: 0 | 6) => {
    const entry = new ZipDeflate(name, { level });
    zip.add(entry);
    entry.push(bytes, true);
  };
  const json = (name: string, value: unknown) => add(name, strToU8(JSON.stringify(value)), 6);

  const manifest: ZipManifest = {
    format: BACKUP_FORMAT,
    version: ZIP_BACKUP_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    clippings: input.clippingCount,
  };
  json('manifest.json', manifest);
  let n = 0;
  for await (const { clipping, images } of input.clippings) {
    options.signal?.throwIfAborted();
    n += 1;
    const metas: ZipImageMeta[] = images.map((image, k) => ({
      id: image.id,
      sourceUrl: image.sourceUrl,
      type: image.blob.type,
      ...(image.width !== undefined && { width: image.width }),
      ...(image.height !== undefined && { height: image.height }),
      file: `clippings/${pad(n)}-${k}.bin`,
    }));
    const entry: ZipClippingEntry = { clipping, images: metas };
    json(`clippings/${pad(n)}.json`, entry);
    for (const [k, image] of images.entries()) {
      add(metas[k]?.file ?? '', new Uint8Array(await image.blob.arrayBuffer()), 0);
    }
    await drain();
    options.onProgress?.(n, input.clippingCount);
  }
  if (n !== input.clippingCount) throw new Error('The library changed during the export.');
  let batch: UserAnnotation[] = [];
  let part = 0;
  const flush = async () => {
    part += 1;
    json(`annotations/${pad(part)}.json`, batch);
    batch = [];
    await drain();
  };
  for await (const annotation of input.annotations) {
    batch.push(annotation);
    if (batch.length === ANNOTATIONS_PER_ENTRY) await flush();
  }
  if (batch.length > 0) await flush();
  json('settings.json', input.settings);
  zip.end();
  await drain();
}
