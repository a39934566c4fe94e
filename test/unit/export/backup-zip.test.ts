// @vitest-environment node
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BackupReadError, type BackupItem } from '../../../src/export/backup-source';
import { openZipBackup } from '../../../src/export/backup-zip-read';
import { writeBackupZip, type ZipBackupInput } from '../../../src/export/backup-zip-write';
import { enClipping, viAnnotations, viClipping, viImages } from './export-fixtures';

function input(): ZipBackupInput {
  async function* clippings() {
    yield { clipping: viClipping(), images: viImages() };
    yield { clipping: enClipping(), images: [] };
  }
  return {
    exportedAt: new Date('2026-12-01T00:00:00Z'),
    clippingCount: 2,
    clippings: clippings(),
    annotations: viAnnotations(),
    settings: [{ key: 'readerTheme', value: 'dark' }],
  };
}

async function zipped(): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  await writeBackupZip(input(), (chunk) => void parts.push(chunk));
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

async function readAll(file: Blob, withImages = true, limit?: number): Promise<BackupItem[]> {
  const items: BackupItem[] = [];
  const source = await openZipBackup(file, limit);
  for await (const item of source.items({ withImages })) items.push(item);
  return items;
}

describe('zip backup', () => {
  it('writes a standard zip any unzip tool reads', async () => {
    const files = unzipSync(await zipped());
    expect(Object.keys(files)).toEqual([
      'manifest.json',
      'clippings/000001.json',
      'clippings/000001-0.bin',
      'clippings/000002.json',
      'annotations/000001.json',
      'settings.json',
    ]);
    const bytes = new Uint8Array(await viImages()[0]!.blob.arrayBuffer());
    expect(files['clippings/000001-0.bin']).toEqual(bytes);
  });

  it('reads records back in order, images as typed Blobs, or skips image bytes', async () => {
    const items = await readAll(new Blob([await zipped()]));
    expect(items.map((i) => i.kind)).toEqual(['clipping', 'clipping', 'annotation', 'setting']);
    const first = items[0];
    expect(first?.kind === 'clipping' && first.clipping).toEqual(viClipping());
    const image = first?.kind === 'clipping' ? first.images[0] : undefined;
    expect(image?.blob.type).toBe(viImages()[0]?.blob.type);
    expect(image?.clippingId).toBe('clip-vi');
    const light = await readAll(new Blob([await zipped()]), false);
    expect(light[0]?.kind === 'clipping' && light[0].images).toEqual([]);
    expect(light[0]?.kind === 'clipping' && light[0].imageCount).toBe(1);
  });

  it('reports progress in bytes and stops when cancelled', async () => {
    const file = new Blob([await zipped()]);
    const source = await openZipBackup(file);
    const seen: number[] = [];
    for await (const _ of source.items({
      withImages: true,
      onProgress: (done, total) => {
        expect(total).toBe(file.size);
        seen.push(done);
      },
    }));
    expect(seen.at(-1)).toBe(file.size);
    const abort = new AbortController();
    abort.abort();
    await expect(async () => {
      for await (const _ of source.items({ withImages: true, signal: abort.signal }));
    }).rejects.toThrow(/abort/i);
  });

  it('says a cut-off file is truncated', async () => {
    const bytes = await zipped();
    const cut = new Blob([bytes.slice(0, Math.floor(bytes.length * 0.6))]);
    await expect(readAll(cut)).rejects.toThrow(/truncated|damaged/);
  });

  it('refuses a zip whose entries are not a backup', async () => {
    const other = zipSync({ 'readme.txt': strToU8('hello') });
    await expect(readAll(new Blob([other]))).rejects.toBeInstanceOf(BackupReadError);
    const files = unzipSync(await zipped());
    const { ['clippings/000001.json']: _moved, ...rest } = files;
    // An image with no clipping before it.
    await expect(readAll(new Blob([zipSync(rest)]))).rejects.toThrow(/out of place/);
    const newer = zipSync({
      'manifest.json': strToU8('{"format":"reader-assistant-backup","version":9}'),
    });
    await expect(readAll(new Blob([newer]))).rejects.toThrow(/newer version/);
  });

  it('stops an entry over the size limit (a zip bomb) before it fills memory', async () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((_e, chunk) => void parts.push(chunk));
    const add = (name: string, data: Uint8Array) => {
      const f = new ZipDeflate(name, { level: 9 });
      zip.add(f);
      f.push(data, true);
    };
    add(
      'manifest.json',
      strToU8(
        '{"format":"reader-assistant-backup","version":2,"exportedAt":"2026-01-01T00:00:00Z","clippings":1}',
      ),
    );
    // 3 MB of zeros deflate to a few kB; the limit is lowered to 1 MB (64 MB in use) to stay quick.
    const bomb = new ZipDeflate('clippings/000001.json', { level: 9 });
    zip.add(bomb);
    bomb.push(new Uint8Array(3 * 1024 * 1024), true);
    zip.end();
    const file = new Blob(parts as BlobPart[]);
    expect(file.size).toBeLessThan(64 * 1024);
    await expect(readAll(file, true, 1024 * 1024)).rejects.toThrow(/too large/);
  });
});
