import { openDB, unwrap, type IDBPDatabase } from 'idb';
import { DB_NAME, type ReaderDb } from './db-schema';
import { DB_VERSION, migrations } from './migrations';

export type Db = IDBPDatabase<ReaderDb>;

/**
 * Opens (and upgrades) the database. `upTo` lets migration tests create a database as an
 * older release left it; `name` keeps tests apart.
 */
export function openReaderDb(options: { name?: string; upTo?: number } = {}): Promise<Db> {
  const version = options.upTo ?? DB_VERSION;
  const opened: Promise<Db> = openDB<ReaderDb>(options.name ?? DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Each migration is written against the raw API of its own time, not today's typed schema.
      const rawDb = unwrap(db) as IDBDatabase;
      const rawTx = unwrap(tx) as IDBTransaction;
      for (const step of migrations) {
        if (step.version > oldVersion && step.version <= version) step.upgrade(rawDb, rawTx);
      }
    },
    blocking() {
      // Another context wants a newer version: step aside so its upgrade can run.
      void opened.then((db) => db.close());
    },
  });
  return opened;
}
