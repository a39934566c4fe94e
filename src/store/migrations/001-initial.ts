import type { Migration } from './migration';

/** Version 1: the four stores the product needs, with the indexes the library queries. */
export const initialStores: Migration = {
  version: 1,
  description: 'clippings, annotations, images (Blobs), settings',
  upgrade(db) {
    const clippings = db.createObjectStore('clippings', { keyPath: 'id' });
    clippings.createIndex('byCanonicalKey', 'canonicalKey', { unique: true });
    clippings.createIndex('bySavedAt', 'savedAt');
    clippings.createIndex('byTag', 'tags', { multiEntry: true });
    clippings.createIndex('bySite', 'metadata.siteName');

    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('byCanonicalKey', 'canonicalKey');
    annotations.createIndex('byClippingId', 'clippingId');

    const images = db.createObjectStore('images', { keyPath: 'id' });
    images.createIndex('byClippingId', 'clippingId');

    db.createObjectStore('settings', { keyPath: 'key' });
  },
};
