import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping, StoredImage, UserAnnotation } from '../model/stored-records';
import type { HtmlParser } from './article-dom';
import { slugify, uniqueName } from './fold-diacritics';
import { clippingToMarkdown } from './to-markdown';

/** Image bytes ready to be zipped (a Blob can only be read asynchronously; zipping is sync). */
export interface ImageBytes {
  type: string;
  bytes: Uint8Array;
}

/** One clipping to export with its user annotations. */
export interface MarkdownZipItem {
  clipping: Clipping;
  annotations: readonly UserAnnotation[];
}

/** Reads the image blobs once, before the synchronous zip. */
export async function readImageBytes(
  images: readonly StoredImage[],
): Promise<Map<string, ImageBytes>> {
  const entries = await Promise.all(
    images.map(async (img): Promise<[string, ImageBytes]> => [
      img.id,
      { type: img.blob.type, bytes: new Uint8Array(await img.blob.arrayBuffer()) },
    ]),
  );
  return new Map(entries);
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
};

/** A file name from an image id; ids are UUIDs, but a restored backup could hold anything. */
function imageFileName(id: string, type: string, taken: Set<string>): string {
  const base = uniqueName(id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || 'image', taken);
  return `${base}.${EXTENSIONS[type.toLowerCase()] ?? 'bin'}`;
}

// Photos are already compressed; deflating them again costs time and saves nothing.
const STORED_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif']);

/**
 * A zip (Obsidian vault-ready) with `<slug>.md` per clipping and the images they show in
 * `images/` beside them. Slugs are ASCII (`Thủy điện` → `thuy-dien`) and unique.
 */
export function markdownZip(
  items: readonly MarkdownZipItem[],
  imagesById: ReadonlyMap<string, ImageBytes>,
  parser: HtmlParser,
): Uint8Array {
  const files: Zippable = {};
  const slugs = new Set<string>();
  const imageNames = new Set<string>();
  const fileOfImage = new Map<string, string>();
  for (const { clipping, annotations } of items) {
    const mtime = new Date(Math.max(clipping.savedAt, Date.UTC(1980, 0, 2)));
    const imageHref = (id: string): string | null => {
      const image = imagesById.get(id);
      if (!image) return null;
      let name = fileOfImage.get(id);
      if (name === undefined) {
        name = imageFileName(id, image.type, imageNames);
        fileOfImage.set(id, name);
        const level = STORED_TYPES.has(image.type.toLowerCase()) ? 0 : 6;
        files[`images/${name}`] = [image.bytes, { level, mtime }];
      }
      return `images/${name}`;
    };
    const markdown = clippingToMarkdown(clipping, annotations, { parser, imageHref });
    const slug = uniqueName(slugify(clipping.metadata.title ?? '') || 'clipping', slugs);
    files[`${slug}.md`] = [strToU8(markdown), { level: 6, mtime }];
  }
  return zipSync(files);
}
