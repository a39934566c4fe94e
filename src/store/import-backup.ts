import type { Backup } from '../export/backup-format';
import { parseBackup } from '../export/validate-backup';
import { err, messageOf, ok, type Result } from '../messaging/result';
import { allOrNothing } from './all-or-nothing';
import type { Db } from './open-db';
import type { Clipping } from './schema';
import { describeStorageError } from './storage-error';

/** What an import did, for the status line. */
export interface ImportSummary {
  /** Clippings that were not in the library. */
  added: number;
  /** Clippings the backup had in a newer version. */
  updated: number;
  /** Clippings the library already had in the same or a newer version. */
  kept: number;
  /** Clippings whose id and canonical URL point at two different clippings here: skipped. */
  conflicts: number;
  annotations: number;
  images: number;
}

/** Cleans article HTML before it is stored (DOMPurify in the page, injected so this stays testable). */
export type SanitizeHtml = (html: string) => string;

/**
 * Reads, validates and merges a backup file. Nothing is written unless the whole file is valid,
 * and then everything is written in one transaction, so any failure leaves the library as it was.
 */
export async function importBackupText(
  db: Db,
  text: string,
  sanitize: SanitizeHtml,
): Promise<Result<ImportSummary, string>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return err(parsed.error.message);
  let cleaned: Backup;
  try {
    // A backup is a file anyone can edit: its HTML is untrusted until sanitised again here.
    cleaned = {
      ...parsed.value,
      clippings: parsed.value.clippings.map((c) => ({ ...c, html: sanitize(c.html) })),
    };
  } catch (thrown) {
    return err(`The backup could not be cleaned: ${messageOf(thrown)}. Nothing was imported.`);
  }
  try {
    return ok(await mergeBackup(db, cleaned));
  } catch (thrown) {
    return err(describeStorageError(thrown));
  }
}

/**
 * Merges a validated backup: a clipping matches a local one by id or canonical URL; the one
 * with the later `updatedAt` wins (the local one on a tie), so importing twice changes nothing
 * and nothing is duplicated. Images travel with their clipping's winning version; annotations
 * merge by id the same way; settings are only added where the library has none.
 */
export async function mergeBackup(db: Db, backup: Backup): Promise<ImportSummary> {
  const summary: ImportSummary = {
    added: 0,
    updated: 0,
    kept: 0,
    conflicts: 0,
    annotations: 0,
    images: 0,
  };
  const tx = db.transaction(['clippings', 'images', 'annotations', 'settings'], 'readwrite');
  const clippings = tx.objectStore('clippings');
  const images = tx.objectStore('images');
  const annotations = tx.objectStore('annotations');
  const settings = tx.objectStore('settings');
  return allOrNothing(tx, async () => {
    // Backup clipping id → the id it has (or keeps) in this library.
    const localId = new Map<string, string>();
    // Backup clipping ids whose version was written, so their images come along.
    const written = new Set<string>();
    for (const incoming of backup.clippings) {
      const byId = await clippings.get(incoming.id);
      const byKey = await clippings.index('byCanonicalKey').get(incoming.canonicalKey);
      if (byId && byKey && byId.id !== byKey.id) {
        // Writing it would break the unique canonical-key index; keep both local ones as they are.
        summary.conflicts += 1;
        localId.set(incoming.id, byId.id);
        continue;
      }
      const target: Clipping | undefined = byId ?? byKey;
      if (target && incoming.updatedAt <= target.updatedAt) {
        summary.kept += 1;
        localId.set(incoming.id, target.id);
        continue;
      }
      const id = target?.id ?? incoming.id;
      if (target) {
        for (const key of await images.index('byClippingId').getAllKeys(target.id))
          await images.delete(key);
        summary.updated += 1;
      } else {
        summary.added += 1;
      }
      await clippings.put({ ...incoming, id });
      localId.set(incoming.id, id);
      written.add(incoming.id);
    }
    for (const image of backup.images) {
      const owner = localId.get(image.clippingId);
      if (owner === undefined || !written.has(image.clippingId)) continue;
      await images.put({ ...image, clippingId: owner });
      summary.images += 1;
    }
    for (const incoming of backup.annotations) {
      const local = await annotations.get(incoming.id);
      if (local && incoming.updatedAt <= local.updatedAt) continue;
      let clippingId = incoming.clippingId;
      if (clippingId !== null) {
        const mapped = localId.get(clippingId);
        if (mapped !== undefined) clippingId = mapped;
        else if (!(await clippings.getKey(clippingId))) clippingId = null;
      }
      await annotations.put({ ...incoming, clippingId });
      summary.annotations += 1;
    }
    for (const setting of backup.settings) {
      if (!(await settings.getKey(setting.key))) await settings.put(setting);
    }
    return summary;
  });
}
