import { BackupReadError, type BackupSource, type ReadProgress } from '../export/backup-source';
import { futureTimeProblem } from '../export/record-shapes';
import type { Db } from './open-db';
import type { Clipping } from '../model/stored-records';

/**
 * How an incoming clipping relates to the library:
 * - `new`: no clipping here has its id or canonical URL;
 * - `same`: the library already has exactly this;
 * - `newer` / `older`: by `updatedAt`, and the other side holds no note or tag this one lacks;
 * - `conflict`: same article and both sides were changed (each has a note or tags the other
 *   lacks), so taking either one would lose the other's edits.
 */
export type ItemKind = 'new' | 'same' | 'newer' | 'older' | 'conflict';

/** What the user can do with one incoming clipping. */
export type ImportChoice = 'add' | 'replace' | 'keep-both' | 'skip';

/** The choice made unless the user picks another: nothing of either side is lost. */
export const DEFAULT_CHOICE: Record<ItemKind, ImportChoice> = {
  new: 'add',
  same: 'skip',
  newer: 'replace',
  older: 'skip',
  conflict: 'keep-both',
};

/** One incoming clipping in the preview (the record itself is not kept: a backup may be huge). */
export interface PreviewItem {
  /** Its id in the backup (unique there). */
  id: string;
  title: string;
  url: string;
  kind: ItemKind;
  /** The matching clipping in the library, if any. */
  localId: string | null;
  updatedAt: number;
  localUpdatedAt: number | null;
  images: number;
}

export interface ImportPreview {
  exportedAt: string;
  items: PreviewItem[];
  counts: Record<ItemKind, number>;
  annotations: number;
  settings: number;
}

/** The note and tags of one side that the other side does not have. */
function hasEditsMissingFrom(a: Clipping, b: Clipping): boolean {
  if (a.note.trim() !== '' && a.note !== b.note) return true;
  const theirs = new Set(b.tags);
  return a.tags.some((t) => !theirs.has(t));
}

function sameContent(a: Clipping, b: Clipping): boolean {
  return JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });
}

/** Classifies an incoming clipping against the library's version of it. */
export function classify(incoming: Clipping, local: Clipping | undefined): ItemKind {
  if (!local) return 'new';
  if (sameContent(incoming, local)) return 'same';
  if (hasEditsMissingFrom(incoming, local) && hasEditsMissingFrom(local, incoming))
    return 'conflict';
  if (incoming.updatedAt > local.updatedAt)
    return hasEditsMissingFrom(local, incoming) ? 'conflict' : 'newer';
  return hasEditsMissingFrom(incoming, local) ? 'conflict' : 'older';
}

/** The library's clipping that `incoming` is a version of (by id, else by canonical URL). */
export async function findLocal(db: Db, incoming: Clipping): Promise<Clipping | undefined> {
  return (
    (await db.get('clippings', incoming.id)) ??
    (await db.getFromIndex('clippings', 'byCanonicalKey', incoming.canonicalKey))
  );
}

function described(c: Clipping): string {
  const title = c.metadata.title ?? c.url;
  return `"${title.length > 80 ? `${title.slice(0, 80)}…` : title}"`;
}

/**
 * Reads the whole backup once, without image bytes, and says what importing it would do. Throws
 * `BackupReadError` (nothing written) when a record is dated more than a day in the future (a
 * forged record would otherwise win every later merge) or an id or canonical URL repeats.
 */
export async function previewImport(
  db: Db,
  source: BackupSource,
  options: ReadProgress & { now?: number } = {},
): Promise<ImportPreview> {
  const now = options.now ?? Date.now();
  const items: PreviewItem[] = [];
  const counts: Record<ItemKind, number> = { new: 0, same: 0, newer: 0, older: 0, conflict: 0 };
  const ids = new Set<string>();
  const keys = new Set<string>();
  const annotationIds = new Set<string>();
  let annotations = 0;
  let settings = 0;
  for await (const item of source.items({ ...options, withImages: false })) {
    if (item.kind === 'clipping') {
      const c = item.clipping;
      const future = futureTimeProblem({ savedAt: c.savedAt, updatedAt: c.updatedAt }, now, '');
      if (future) {
        throw new BackupReadError(
          `The backup is refused: the clipping ${described(c)} is dated in the future (${future.problem}, more than a day from now), which only a forged or damaged file can be.`,
        );
      }
      if (ids.has(c.id) || keys.has(c.canonicalKey)) {
        throw new BackupReadError(
          `The backup is damaged: the clipping ${described(c)} appears twice in it.`,
        );
      }
      ids.add(c.id);
      keys.add(c.canonicalKey);
      const local = await findLocal(db, c);
      const kind = classify(c, local);
      counts[kind] += 1;
      items.push({
        id: c.id,
        title: c.metadata.title ?? c.url,
        url: c.url,
        kind,
        localId: local?.id ?? null,
        updatedAt: c.updatedAt,
        localUpdatedAt: local?.updatedAt ?? null,
        images: item.imageCount,
      });
    } else if (item.kind === 'annotation') {
      const a = item.annotation;
      const future = futureTimeProblem({ createdAt: a.createdAt, updatedAt: a.updatedAt }, now, '');
      if (future) {
        throw new BackupReadError(
          `The backup is refused: the highlight "${a.quote.slice(0, 60)}" is dated in the future (${future.problem}, more than a day from now), which only a forged or damaged file can be.`,
        );
      }
      if (annotationIds.has(a.id))
        throw new BackupReadError('The backup is damaged: a highlight appears twice in it.');
      annotationIds.add(a.id);
      annotations += 1;
    } else {
      settings += 1;
    }
  }
  return { exportedAt: source.exportedAt, items, counts, annotations, settings };
}
