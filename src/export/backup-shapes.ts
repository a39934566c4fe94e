import type { Figure } from '../annotate/figure';
import type { Project } from '../annotate/project';
import type { AnnotationSelector } from '../annotate/anchor/selectors';
import type { ArticleMetadata } from '../extract/article-metadata';
import type { Clipping, SettingRecord, UserAnnotation } from './stored-types';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupImage } from './backup-format';
import { isBase64 } from './base64';
import * as S from './json-shape';

/* The shape of every record in a version 1 backup, checked field by field. Typed as the store's
   own interfaces, so a field added to the schema without a check here fails to compile. */

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

// Limits: far above anything real (a long article is ~100 kB of HTML), low enough that a
// hostile file cannot make us store gigabytes or freeze the library rendering one field.
const LIMITS = {
  id: 200,
  url: 8192,
  shortText: 10_000,
  html: 20_000_000,
  text: 10_000_000,
  note: 1_000_000,
  quote: 100_000,
  listSmall: 1_000,
  figures: 50_000,
  clippings: 100_000,
  annotations: 1_000_000,
  images: 200_000,
  imageBase64: 70_000_000,
  settings: 1_000,
  settingJson: 1_000_000,
  time: 8.64e15,
  offset: 1e9,
  pixels: 100_000,
} as const;

const noControl = {
  test: (s: string) => s.trim() !== '' && !hasControlCharacter(s),
  expected: 'a non-empty id without control characters',
};
const id = S.str(LIMITS.id, noControl);

function isWebUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    return new URL(s).protocol.startsWith('http');
  } catch {
    return false;
  }
}
const webUrl = S.str(LIMITS.url, {
  test: isWebUrl,
  expected: 'a web address starting with http:// or https://',
});
const isoTime = S.str(64, {
  test: (s) => !Number.isNaN(Date.parse(s)),
  expected: 'a date and time',
});
const time = S.int(0, LIMITS.time);
const offset = S.int(0, LIMITS.offset);
const short = S.str(LIMITS.shortText);

const metadata = S.object<ArticleMetadata>({
  title: S.nullable(short),
  byline: S.nullable(short),
  authors: S.listOf(short, LIMITS.listSmall),
  siteName: S.nullable(short),
  publishedTime: S.nullable(short),
  modifiedTime: S.nullable(short),
  canonicalUrl: S.nullable(webUrl),
  lang: S.nullable(S.str(64)),
  description: S.nullable(short),
  doi: S.nullable(S.str(1000)),
});

const figure = S.refine(
  S.object<Figure>({
    text: S.str(1000),
    kind: S.oneOf('money', 'percent', 'quantity'),
    value: S.finite,
    currency: S.optional(S.str(16)),
    unit: S.optional(S.str(64)),
    per: S.optional(S.str(64)),
    change: S.optional(S.oneOf('up', 'down')),
    start: offset,
    end: offset,
  }),
  (f) => f.start <= f.end,
  'figure ends before it starts',
);

const project = S.refine(
  S.object<Project>({
    text: S.str(1000),
    name: S.str(1000),
    type: S.str(1000),
    start: offset,
    end: offset,
  }),
  (p) => p.start <= p.end,
  'project ends before it starts',
);

const clipping = S.object<Clipping>({
  id,
  url: webUrl,
  canonicalKey: S.str(LIMITS.url, noControl),
  metadata,
  html: S.str(LIMITS.html),
  text: S.str(LIMITS.text),
  figures: S.listOf(figure, LIMITS.figures),
  projects: S.listOf(project, LIMITS.figures),
  tags: S.listOf(S.str(200), LIMITS.listSmall),
  note: S.str(LIMITS.note),
  savedAt: time,
  updatedAt: time,
  missingImages: S.listOf(webUrl, LIMITS.listSmall),
});

const selector = S.tagged<AnnotationSelector>({
  TextQuoteSelector: S.object({
    type: S.oneOf('TextQuoteSelector'),
    exact: S.str(LIMITS.quote),
    prefix: S.str(LIMITS.quote),
    suffix: S.str(LIMITS.quote),
  }),
  TextPositionSelector: S.object({
    type: S.oneOf('TextPositionSelector'),
    start: offset,
    end: offset,
  }),
  RangeSelector: S.object({
    type: S.oneOf('RangeSelector'),
    startContainer: S.str(LIMITS.shortText),
    startOffset: offset,
    endContainer: S.str(LIMITS.shortText),
    endOffset: offset,
  }),
});

const annotation = S.object<UserAnnotation>({
  id,
  canonicalKey: S.str(LIMITS.url, noControl),
  clippingId: S.nullable(id),
  selectors: S.listOf(selector, 16),
  quote: S.str(LIMITS.quote),
  color: S.oneOf('yellow', 'green', 'blue', 'pink'),
  note: S.str(LIMITS.note),
  createdAt: time,
  updatedAt: time,
  orphan: S.bool,
});

const image = S.object<BackupImage>({
  id,
  clippingId: id,
  sourceUrl: webUrl,
  type: S.str(100, {
    test: (s) => /^image\/[a-z0-9.+-]+$/.test(s),
    expected: 'an image type such as "image/jpeg"',
  }),
  dataBase64: S.str(LIMITS.imageBase64, { test: isBase64, expected: 'base64 image data' }),
  width: S.optional(S.int(1, LIMITS.pixels)),
  height: S.optional(S.int(1, LIMITS.pixels)),
});

const settingValue = S.jsonValue(32);
const setting = S.object<SettingRecord>({
  key: S.str(200, noControl),
  value: (value, path) => {
    const copy = settingValue(value, path);
    const size = JSON.stringify(copy)?.length ?? 0;
    return size <= LIMITS.settingJson
      ? copy
      : S.fail(path, `setting is too large (${size} characters)`);
  },
});

/** Checks a whole backup file document (format and version included). */
export const backupFile = S.object<BackupFile>({
  // Format and version were checked first, with their own messages.
  format: S.oneOf(BACKUP_FORMAT),
  version: (v, path) =>
    v === BACKUP_VERSION ? BACKUP_VERSION : S.fail(path, `expected ${BACKUP_VERSION}`),
  exportedAt: isoTime,
  clippings: S.listOf(clipping, LIMITS.clippings),
  annotations: S.listOf(annotation, LIMITS.annotations),
  images: S.listOf(image, LIMITS.images),
  settings: S.listOf(setting, LIMITS.settings),
});
