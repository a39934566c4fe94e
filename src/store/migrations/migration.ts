/**
 * One schema step. Migrations use the raw IndexedDB API on purpose: each one is written
 * against the schema of its own time, not the typed schema of today.
 */
export interface Migration {
  version: number;
  description: string;
  upgrade(db: IDBDatabase, tx: IDBTransaction): void;
}
