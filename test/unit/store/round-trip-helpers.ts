import { err, ok, type Result } from '../../../src/shared/result';
import { exportBackupZip } from '../../../src/store/export-backup';
import {
  importSource,
  openBackupFile,
  describeImportError,
  type ImportSummary,
} from '../../../src/store/import-backup';
import type { Db } from '../../../src/store/open-db';
import { allClippingIds } from '../../../src/store/read-for-export';

/** The whole library as a backup file, written the way the library's "Backup" button writes it. */
export async function exportLibrary(db: Db): Promise<Blob> {
  const parts: Uint8Array[] = [];
  await exportBackupZip(db, { ids: await allClippingIds(db), all: true }, (chunk) => {
    parts.push(chunk);
  });
  return new Blob(parts as BlobPart[]);
}

/** Imports a backup file into `db`, keeping the HTML as it is (sanitising is tested elsewhere). */
export async function importLibrary(db: Db, file: Blob): Promise<Result<ImportSummary, string>> {
  try {
    const source = await openBackupFile(file);
    const result = await importSource(db, source, (html) => html);
    return result.ok ? ok(result.value.summary) : err(result.error);
  } catch (thrown) {
    return err(describeImportError(thrown));
  }
}

/** Every record of the library, images as type + base64 bytes, in a stable order. */
export async function snapshot(db: Db) {
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : 1));
  const images = await Promise.all(
    (await db.getAll('images')).map(async ({ blob, ...rest }) => ({
      ...rest,
      type: blob.type,
      bytes: Buffer.from(await blob.arrayBuffer()).toString('base64'),
    })),
  );
  return {
    clippings: byId(await db.getAll('clippings')),
    annotations: byId(await db.getAll('annotations')),
    images: byId(images),
    settings: await db.getAll('settings'),
  };
}
