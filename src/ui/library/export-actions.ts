import { strToU8, zipSync, type Zippable } from 'fflate';
import type { HtmlParser } from '../../export/article-dom';
import { slugify, uniqueName } from '../../export/fold-diacritics';
import { readImageDataUrls } from '../../export/image-data-urls';
import { clippingsToBibtex, type BibtexDialect } from '../../export/to-bibtex';
import { clippingsToCslJson } from '../../export/to-csl-json';
import { figuresToCsv, type CsvSeparator } from '../../export/to-csv';
import { clippingsToRis } from '../../export/to-ris';
import { clippingToHtml } from '../../export/to-html';
import { markdownZip, readImageBytes } from '../../export/to-markdown-zip';
import { clippingToMarkdown } from '../../export/to-markdown';
import type { Db } from '../../store/open-db';
import { allClippingIds, readForExport } from '../../store/read-for-export';
import type { Clipping } from '../../model/stored-records';
import { exportBackupZip } from '../../store/export-backup';
import type { ExportFile } from './download-file';

/** The export formats the library offers (one button each). */
export type ExportFormat = 'markdown' | 'json' | 'csv' | 'bibtex' | 'ris' | 'csl' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'markdown',
  'json',
  'csv',
  'bibtex',
  'ris',
  'csl',
  'html',
];

/**
 * Which clippings to export. `all` exports every clipping in the database (`ids` is then only
 * a hint) and makes the JSON a full backup: every annotation, the settings.
 */
export interface ExportScope {
  ids: readonly string[];
  all: boolean;
}

/** Progress (0–1) and cancellation of a running export. */
export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  parser?: HtmlParser;
  now?: Date;
  /** Field separator of the figures CSV (`,` unless given). */
  csvSeparator?: CsvSeparator;
  /** biblatex `@online` (default) or plain-BibTeX `@misc`. */
  bibtexDialect?: BibtexDialect;
}

function day(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `<slug of the only title>` or `reader-assistant-<n>-clippings-<date>`. */
function baseName(clippings: readonly Clipping[], now: Date): string {
  const only = clippings.length === 1 ? clippings[0] : undefined;
  if (only) return slugify(only.metadata.title ?? '') || 'clipping';
  return `reader-assistant-${clippings.length}-clippings-${day(now)}`;
}

const text = (body: string, type: string): Blob => new Blob([body], { type });

/**
 * Builds the file for an export. Reading from IndexedDB happens in chunks that yield to the
 * page, reporting progress and stopping with the signal's reason when cancelled.
 */
export async function buildExport(
  db: Db,
  format: ExportFormat,
  scope: ExportScope,
  options: ExportOptions = {},
): Promise<ExportFile> {
  const now = options.now ?? new Date();
  // Only Markdown and HTML parse the article; the page's DOMParser unless one is given.
  const parser = (): HtmlParser => options.parser ?? new DOMParser();
  const withImages = format === 'markdown' || format === 'html';
  // "All" is read from the database, not the page: the list may still be loading.
  const ids = scope.all ? await allClippingIds(db) : scope.ids;
  if (format === 'json') return backupExport(db, { ids, all: scope.all }, options, now);
  const readShare = 0.9;
  const source = await readForExport(db, ids, {
    withImages,
    ...(options.signal && { signal: options.signal }),
    onProgress: (done, total) => options.onProgress?.((done / Math.max(1, total)) * readShare),
  });
  const { clippings, annotations, images } = source;
  const name = baseName(clippings, now);
  switch (format) {
    case 'markdown': {
      if (clippings.length === 1 && images.length === 0) {
        const md = clippingToMarkdown(clippings[0] as Clipping, annotations, { parser: parser() });
        return { blob: text(md, 'text/markdown;charset=utf-8'), name: `${name}.md` };
      }
      const bytes = await readImageBytes(images);
      const items = clippings.map((clipping) => ({ clipping, annotations }));
      const zip = markdownZip(items, bytes, parser());
      return {
        blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
        // Markdown and HTML of the same selection must not overwrite each other's download.
        name: `${name}-markdown.zip`,
      };
    }
    case 'html':
      return htmlExport(clippings, source, parser(), name);
    case 'csv':
      return {
        blob: text(
          figuresToCsv(clippings, { separator: options.csvSeparator ?? ',' }),
          'text/csv;charset=utf-8',
        ),
        name: `${name}.csv`,
      };
    case 'bibtex':
      return {
        blob: text(
          clippingsToBibtex(clippings, options.bibtexDialect),
          'application/x-bibtex;charset=utf-8',
        ),
        name: `${name}.bib`,
      };
    case 'ris':
      return {
        blob: text(clippingsToRis(clippings), 'application/x-research-info-systems'),
        name: `${name}.ris`,
      };
    case 'csl':
      return {
        blob: text(clippingsToCslJson(clippings), 'application/vnd.citationstyles.csl+json'),
        name: `${name}.csl.json`,
      };
  }
}

/**
 * The backup: a zip written a few clippings at a time (see `export/backup-zip-write.ts`), so a
 * library of any size exports without holding it all in memory; the parts become one Blob.
 */
async function backupExport(
  db: Db,
  scope: ExportScope,
  options: ExportOptions,
  now: Date,
): Promise<ExportFile> {
  // Bytes are handed to Blobs every few MB: the browser keeps Blob data outside the page's heap
  // (on disk when large), so the page never holds the whole file.
  const blobs: Blob[] = [];
  let pending: BlobPart[] = [];
  let size = 0;
  const flush = () => {
    blobs.push(new Blob(pending));
    pending = [];
    size = 0;
  };
  await exportBackupZip(
    db,
    scope,
    (chunk) => {
      pending.push(chunk as BlobPart);
      size += chunk.length;
      if (size > 8 * 1024 * 1024) flush();
    },
    {
      now,
      ...(options.signal && { signal: options.signal }),
      onProgress: (done, total) => options.onProgress?.(done / Math.max(1, total)),
    },
  );
  flush();
  return {
    blob: new Blob(blobs, { type: 'application/zip' }),
    name: `reader-assistant-backup-${scope.ids.length}-clippings-${day(now)}.zip`,
  };
}

/** One HTML file for one clipping; a zip of them for several. */
async function htmlExport(
  clippings: readonly Clipping[],
  source: Awaited<ReturnType<typeof readForExport>>,
  parser: HtmlParser,
  name: string,
): Promise<ExportFile> {
  const imageDataUrls = await readImageDataUrls(source.images);
  const files: Zippable = {};
  const taken = new Set<string>();
  let single = '';
  for (const c of clippings) {
    const html = clippingToHtml(c, source.annotations, { parser, imageDataUrls });
    single = html;
    files[`${uniqueName(slugify(c.metadata.title ?? '') || 'clipping', taken)}.html`] =
      strToU8(html);
  }
  if (clippings.length === 1)
    return { blob: text(single, 'text/html;charset=utf-8'), name: `${name}.html` };
  const zip = zipSync(files);
  return {
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    name: `${name}-html.zip`,
  };
}
