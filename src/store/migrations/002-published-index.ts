import type { Migration } from './migration';

/** Version 2: the library sorts by published date and finds a page's highlights by update time. */
export const publishedIndex: Migration = {
  version: 2,
  description: 'index clippings by published time, annotations by update time',
  upgrade(_db, tx) {
    tx.objectStore('clippings').createIndex('byPublished', 'metadata.publishedTime');
    tx.objectStore('annotations').createIndex('byUpdatedAt', 'updatedAt');
  },
};
