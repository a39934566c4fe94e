import type { DBSchema } from 'idb';
import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';

/** The IndexedDB layout at the current version, for idb's typed API. */
export interface ReaderDb extends DBSchema {
  clippings: {
    key: string;
    value: Clipping;
    indexes: {
      byCanonicalKey: string;
      bySavedAt: number;
      byTag: string;
      bySite: string;
      byPublished: string;
    };
  };
  annotations: {
    key: string;
    value: UserAnnotation;
    indexes: { byCanonicalKey: string; byClippingId: string; byUpdatedAt: number };
  };
  images: {
    key: string;
    value: StoredImage;
    indexes: { byClippingId: string };
  };
  settings: {
    key: string;
    value: SettingRecord;
  };
}

export const DB_NAME = 'reader-assistant';
