import type { SettingRecord } from '../model/stored-records';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupImage } from './backup-format';
import { isBase64 } from './base64';
import * as S from './json-shape';
import { LIMITS, annotation, anyUrl, blobType, clipping, id, noControl } from './record-shapes';

/* The shape of a version 1 backup file. The records inside are checked by `record-shapes.ts`,
   the same rules the save path fits its records to. */

const FILE_LIMITS = {
  clippings: 100_000,
  annotations: 1_000_000,
  images: 200_000,
  imageBase64: 70_000_000,
  settings: 1_000,
  settingJson: 1_000_000,
} as const;

const isoTime = S.str(64, {
  test: (s) => !Number.isNaN(Date.parse(s)),
  expected: 'a date and time',
});

/** An image record without its bytes (the same in a JSON backup and a zip backup's manifest). */
export const imageFields = {
  id,
  clippingId: id,
  sourceUrl: anyUrl,
  type: blobType,
  width: S.optional(S.int(1, LIMITS.pixels)),
  height: S.optional(S.int(1, LIMITS.pixels)),
};

export const image = S.object<BackupImage>({
  ...imageFields,
  dataBase64: S.str(FILE_LIMITS.imageBase64, { test: isBase64, expected: 'base64 image data' }),
});

const settingValue = S.jsonValue(32);
export const setting = S.object<SettingRecord>({
  key: S.str(200, noControl),
  value: (value, path) => {
    const copy = settingValue(value, path);
    const size = JSON.stringify(copy)?.length ?? 0;
    return size <= FILE_LIMITS.settingJson
      ? copy
      : S.fail(path, `setting is too large (${size} characters)`);
  },
});

export { annotation, clipping };

/** Checks a whole backup file document (format and version included). */
export const backupFile = S.object<BackupFile>({
  // Format and version were checked first, with their own messages.
  format: S.oneOf(BACKUP_FORMAT),
  version: (v, path) =>
    v === BACKUP_VERSION ? BACKUP_VERSION : S.fail(path, `expected ${BACKUP_VERSION}`),
  exportedAt: isoTime,
  clippings: S.listOf(clipping, FILE_LIMITS.clippings),
  annotations: S.listOf(annotation, FILE_LIMITS.annotations),
  images: S.listOf(image, FILE_LIMITS.images),
  settings: S.listOf(setting, FILE_LIMITS.settings),
});
