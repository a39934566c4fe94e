import { BackupReadError, type BackupSource, type ReadProgress } from '../export/backup-source';
import { fitClipping } from '../export/fit-record';
import { allOrNothing } from './all-or-nothing';
import { DEFAULT_CHOICE, type ImportChoice, type ImportPreview } from './import-preview';
import type { Db } from './open-db';
import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';
import { assertStorable, fitImageBlob } from './storable';

/** Cleans article HTML before it is stored (DOMPurify in the page, injected so this stays testable). */
export type SanitizeHtml = (html: string) => string;

/** The tag that marks the imported side of a conflict kept as two clippings. */
export const IMPORTED_COPY_TAG = 'imported copy';

/** What an import did, counted for the summary line. */
export interface ImportSummary {
  added: number;
  replaced: number;
  /** Conflicts (or any item the user chose so) kept as a second, marked clipping. */
  keptBoth: number;
  skipped: number;
  annotations: number;
  images: number;
  settings: number;
}

/**
 * Everything needed to take an import back: what it added and what it replaced. Kept in memory
 * for the session (until the user confirms or leaves the library page).
 */
export interface ImportUndo {
  addedClippings: string[];
  addedAnnotations: string[];
  addedSettings: string[];
  replacedClippings: { clipping: Clipping; images: StoredImage[] }[];
  replacedAnnotations: UserAnnotation[];
}

const emptyUndo = (): ImportUndo => ({
  addedClippings: [],
  addedAnnotations: [],
  addedSettings: [],
  replacedClippings: [],
  replacedAnnotations: [],
});

/** `ra-image:<old>` references in the article rewritten to the copy's image ids. */
function renameImages(html: string, ids: ReadonlyMap<string, string>): string {
  return html.replace(/ra-image:([^"'\s>)]+)/g, (whole, id: string) => {
    const renamed = ids.get(id);
    return renamed === undefined ? whole : `ra-image:${renamed}`;
  });
}

interface Placed {
  /** The id the incoming clipping has in the library (or its local twin's, when skipped). */
  id: string | null;
  canonicalKey: string | null;
  /** True when the incoming version was written (its highlights follow it). */
  written: boolean;
  copy: boolean;
}

/**
 * Writes one incoming clipping as chosen, in its own transaction, and records how to undo it.
 * A clipping whose canonical URL belongs to another clipping than its id's is kept as a copy.
 */
async function placeClipping(
  db: Db,
  incoming: Clipping,
  images: StoredImage[],
  choice: ImportChoice,
  undo: ImportUndo,
  summary: ImportSummary,
): Promise<Placed> {
  const tx = db.transaction(['clippings', 'images'], 'readwrite');
  const clippings = tx.objectStore('clippings');
  const imageStore = tx.objectStore('images');
  return allOrNothing(tx, async () => {
    const byId = await clippings.get(incoming.id);
    const byKey = await clippings.index('byCanonicalKey').get(incoming.canonicalKey);
    const local = byId ?? byKey;
    const clash = byId !== undefined && byKey !== undefined && byId.id !== byKey.id;
    let action = choice;
    if (action === 'replace' && !local) action = 'add';
    if ((action === 'add' && local) || (action === 'replace' && clash)) action = 'keep-both';
    if (action === 'skip') {
      summary.skipped += 1;
      return {
        id: local?.id ?? null,
        canonicalKey: local?.canonicalKey ?? null,
        written: false,
        copy: false,
      };
    }
    let record: Clipping = incoming;
    let stored = images;
    if (action === 'keep-both') {
      const id = crypto.randomUUID();
      const renamed = new Map(images.map((image) => [image.id, crypto.randomUUID()]));
      record = fitClipping({
        ...incoming,
        id,
        // A second clipping of the same page needs its own key; the suffix says where it came from.
        canonicalKey: `${incoming.canonicalKey}#imported-${id.slice(0, 8)}`,
        html: renameImages(incoming.html, renamed),
        tags: [...incoming.tags.filter((t) => t !== IMPORTED_COPY_TAG), IMPORTED_COPY_TAG],
      });
      stored = images.map((image) => ({ ...image, id: renamed.get(image.id) ?? image.id }));
      summary.keptBoth += 1;
    } else if (action === 'replace' && local) {
      const before = await imageStore.index('byClippingId').getAll(local.id);
      undo.replacedClippings.push({ clipping: local, images: before });
      for (const image of before) await imageStore.delete(image.id);
      record = { ...incoming, id: local.id };
      summary.replaced += 1;
    } else {
      summary.added += 1;
    }
    const owned = stored.map((image) => ({ ...fitImageBlob(image), clippingId: record.id }));
    assertStorable({ clippings: [record], images: owned });
    await clippings.put(record);
    for (const image of owned) {
      // An image id already used by another clipping here: the incoming one gets its own.
      const taken = await imageStore.getKey(image.id);
      await imageStore.put(taken === undefined ? image : { ...image, id: crypto.randomUUID() });
      summary.images += 1;
    }
    if (action !== 'replace') undo.addedClippings.push(record.id);
    return {
      id: record.id,
      canonicalKey: record.canonicalKey,
      written: true,
      copy: action === 'keep-both',
    };
  });
}

/** Writes one incoming highlight where its clipping went; returns whether it was written. */
async function placeAnnotation(
  db: Db,
  incoming: UserAnnotation,
  placed: ReadonlyMap<string, Placed>,
  undo: ImportUndo,
): Promise<boolean> {
  const tx = db.transaction(['annotations', 'clippings'], 'readwrite');
  const store = tx.objectStore('annotations');
  return allOrNothing(tx, async () => {
    const owner = incoming.clippingId === null ? undefined : placed.get(incoming.clippingId);
    if (owner?.copy && owner.id !== null && owner.canonicalKey !== null) {
      // The imported copy keeps its highlights, as copies of their own.
      const copy = {
        ...incoming,
        id: crypto.randomUUID(),
        clippingId: owner.id,
        canonicalKey: owner.canonicalKey,
      };
      await store.put(copy);
      undo.addedAnnotations.push(copy.id);
      return true;
    }
    let clippingId = incoming.clippingId;
    if (owner) clippingId = owner.id;
    else if (clippingId !== null && !(await tx.objectStore('clippings').getKey(clippingId)))
      clippingId = null;
    const local = await store.get(incoming.id);
    // An older highlight, or one whose clipping the user chose not to take, leaves the local one.
    if (local && (incoming.updatedAt <= local.updatedAt || (owner && !owner.written))) return false;
    const next = { ...incoming, clippingId };
    assertStorable({ annotations: [next] });
    await store.put(next);
    if (local) undo.replacedAnnotations.push(local);
    else undo.addedAnnotations.push(next.id);
    return true;
  });
}

/**
 * Imports a previewed backup with the user's choices (by backup clipping id; the default for its
 * kind otherwise). Reads the backup again, with images, one clipping per transaction. If anything
 * fails midway, what was written is taken back, so the library is as it was.
 */
export async function applyImport(
  db: Db,
  source: BackupSource,
  preview: ImportPreview,
  choices: ReadonlyMap<string, ImportChoice>,
  sanitize: SanitizeHtml,
  options: ReadProgress = {},
): Promise<{ summary: ImportSummary; undo: ImportUndo }> {
  const summary: ImportSummary = {
    added: 0,
    replaced: 0,
    keptBoth: 0,
    skipped: 0,
    annotations: 0,
    images: 0,
    settings: 0,
  };
  const undo = emptyUndo();
  const kinds = new Map(preview.items.map((item) => [item.id, item.kind]));
  const placed = new Map<string, Placed>();
  try {
    for await (const item of source.items({ ...options, withImages: true })) {
      options.signal?.throwIfAborted();
      if (item.kind === 'clipping') {
        const kind = kinds.get(item.clipping.id);
        if (kind === undefined) throw new BackupReadError('The backup changed since its preview.');
        const choice = choices.get(item.clipping.id) ?? DEFAULT_CHOICE[kind];
        let html: string;
        try {
          // A backup is a file anyone can edit: its HTML is untrusted until sanitised again here.
          html = choice === 'skip' ? item.clipping.html : sanitize(item.clipping.html);
        } catch (thrown) {
          throw new BackupReadError(`The backup could not be cleaned: ${String(thrown)}`);
        }
        const incoming = { ...item.clipping, html };
        placed.set(
          incoming.id,
          await placeClipping(db, incoming, item.images, choice, undo, summary),
        );
      } else if (item.kind === 'annotation') {
        if (await placeAnnotation(db, item.annotation, placed, undo)) summary.annotations += 1;
      } else if (await addSetting(db, item.setting)) {
        undo.addedSettings.push(item.setting.key);
        summary.settings += 1;
      }
    }
  } catch (thrown) {
    await undoImport(db, undo);
    throw thrown;
  }
  return { summary, undo };
}

/** Settings are only added where the library has none. */
async function addSetting(db: Db, setting: SettingRecord): Promise<boolean> {
  const tx = db.transaction('settings', 'readwrite');
  return allOrNothing(tx, async () => {
    if ((await tx.store.getKey(setting.key)) !== undefined) return false;
    await tx.store.put(setting);
    return true;
  });
}

/** Takes an import back: removes what it added and puts back what it replaced, in one transaction. */
export async function undoImport(db: Db, undo: ImportUndo): Promise<void> {
  const tx = db.transaction(['clippings', 'images', 'annotations', 'settings'], 'readwrite');
  const images = tx.objectStore('images');
  await allOrNothing(tx, async () => {
    for (const id of undo.addedClippings) {
      for (const key of await images.index('byClippingId').getAllKeys(id)) await images.delete(key);
      await tx.objectStore('clippings').delete(id);
    }
    for (const { clipping, images: before } of undo.replacedClippings) {
      for (const key of await images.index('byClippingId').getAllKeys(clipping.id))
        await images.delete(key);
      await tx.objectStore('clippings').put(clipping);
      for (const image of before) await images.put(image);
    }
    for (const id of undo.addedAnnotations) await tx.objectStore('annotations').delete(id);
    for (const a of undo.replacedAnnotations) await tx.objectStore('annotations').put(a);
    for (const key of undo.addedSettings) await tx.objectStore('settings').delete(key);
  });
}
