import { allOrNothing } from './all-or-nothing';
import type { Db } from './open-db';
import type { UserAnnotation } from '../model/stored-records';

/** The user's highlights on one page (matched by canonical key), oldest first. */
export async function annotationsFor(db: Db, canonicalKey: string): Promise<UserAnnotation[]> {
  const all = await db.getAllFromIndex('annotations', 'byCanonicalKey', canonicalKey);
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

/** A write made from an out-of-date copy of a highlight was refused. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
}

/**
 * Writes a highlight with compare-and-set: `expectedUpdatedAt` is the `updatedAt` of the copy the
 * change was made from (an open tab's, the library's). If the stored one has moved on since, the
 * write is refused: a tab opened before the note was edited in the library must not put its old
 * note back. Without `expectedUpdatedAt` the later edit wins: a write older than the stored
 * version is refused.
 */
export async function putAnnotation(
  db: Db,
  annotation: UserAnnotation,
  options: { expectedUpdatedAt?: number } = {},
): Promise<void> {
  const tx = db.transaction('annotations', 'readwrite');
  await allOrNothing(tx, async () => {
    const stored = await tx.store.get(annotation.id);
    if (stored) {
      const expected = options.expectedUpdatedAt;
      const moved = expected !== undefined && stored.updatedAt !== expected;
      if (moved || stored.updatedAt > annotation.updatedAt) {
        throw new StaleWriteError(
          'This highlight was changed elsewhere (in the library or another tab) after this copy was loaded, so this change was not saved. Reload to see the latest version.',
        );
      }
    }
    await tx.store.put(annotation);
  });
}

export async function deleteAnnotation(db: Db, id: string): Promise<void> {
  await db.delete('annotations', id);
}
