import { initialStores } from './001-initial';
import { publishedIndex } from './002-published-index';
import { fitRecords } from './003-fit-records';
import { figureRecords } from './004-figure-records';
import type { Migration } from './migration';

/** Ordered list of schema steps; `DB_VERSION` is always the last one's version. */
export const migrations: readonly Migration[] = [
  initialStores,
  publishedIndex,
  fitRecords,
  figureRecords,
];

export const DB_VERSION = migrations.length;
