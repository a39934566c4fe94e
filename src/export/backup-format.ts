import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';
import { bytesToBase64 } from './base64';

/** The `format` field that marks a Reader Assistant backup. */
export const BACKUP_FORMAT = 'reader-assistant-backup';
/** The backup format version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1;

/** An image as stored in the backup file: the Blob becomes base64 with its MIME type. */
export interface BackupImage {
  id: string;
  clippingId: string;
  sourceUrl: string;
  type: string;
  dataBase64: string;
  width?: number;
  height?: number;
}

/** The JSON document of a backup file, version 1. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of export. */
  exportedAt: string;
  clippings: Clipping[];
  annotations: UserAnnotation[];
  images: BackupImage[];
  settings: SettingRecord[];
}

/** Everything a backup carries, in the store's own shapes (images as Blobs). */
export interface BackupContents {
  clippings: Clipping[];
  annotations: UserAnnotation[];
  images: StoredImage[];
  settings: SettingRecord[];
}

/** A backup read back from a file: its contents plus when it was made. */
export interface Backup extends BackupContents {
  exportedAt: string;
}

/** One stored image as it appears in a backup (bytes as base64). */
export async function toBackupImage(image: StoredImage): Promise<BackupImage> {
  const bytes = new Uint8Array(await image.blob.arrayBuffer());
  return {
    id: image.id,
    clippingId: image.clippingId,
    sourceUrl: image.sourceUrl,
    type: image.blob.type,
    dataBase64: bytesToBase64(bytes),
    ...(image.width !== undefined && { width: image.width }),
    ...(image.height !== undefined && { height: image.height }),
  };
}

/**
 * The backup file text. Images are read one after another, not all at once, so at most one
 * image's raw bytes are in memory next to the base64 text.
 */
export async function serializeBackup(
  contents: BackupContents,
  exportedAt: Date = new Date(),
): Promise<string> {
  const images: BackupImage[] = [];
  for (const image of contents.images) images.push(await toBackupImage(image));
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    clippings: contents.clippings,
    annotations: contents.annotations,
    images,
    settings: contents.settings,
  };
  return JSON.stringify(file);
}
