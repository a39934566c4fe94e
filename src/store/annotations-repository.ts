import type { Db } from './open-db';
import type { UserAnnotation } from './schema';

/** The user's highlights on one page (matched by canonical key), oldest first. */
export async function annotationsFor(db: Db, canonicalKey: string): Promise<UserAnnotation[]> {
  const all = await db.getAllFromIndex('annotations', 'byCanonicalKey', canonicalKey);
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

export async function putAnnotation(db: Db, annotation: UserAnnotation): Promise<void> {
  await db.put('annotations', annotation);
}

export async function deleteAnnotation(db: Db, id: string): Promise<void> {
  await db.delete('annotations', id);
}
