import type { Figure } from './figure';
import type { Project } from './project';
import type { ArticleMetadata } from './article-metadata';
import type { AnnotationSelector } from './annotation-selectors';

/** A saved article: what the library reads offline and what every export serialises. */
export interface Clipping {
  /** Stable id (UUID). */
  id: string;
  /** The URL the page was saved from. */
  url: string;
  /** Canonical URL with tracking parameters and fragment removed: the key for "same article". */
  canonicalKey: string;
  metadata: ArticleMetadata;
  /** Article HTML, sanitised with DOMPurify before it was stored; `<img>` sources point at `ra-image:<id>`. */
  html: string;
  /** Article plain text (paragraphs separated by blank lines, NFC). */
  text: string;
  figures: Figure[];
  projects: Project[];
  tags: string[];
  /** The user's note on the whole clipping. */
  note: string;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  /** Images the browser refused to give us; the clipping keeps their URLs. */
  missingImages: string[];
}

/** A highlight (with an optional note) the user made on a page, stored as W3C Web Annotation selectors. */
export interface UserAnnotation {
  id: string;
  /** The page it belongs to (same key as `Clipping.canonicalKey`). */
  canonicalKey: string;
  /** Set once the page has been clipped. */
  clippingId: string | null;
  selectors: AnnotationSelector[];
  /** The highlighted text (NFC), kept so an orphan can still be shown. */
  quote: string;
  color: HighlightColor;
  note: string;
  createdAt: number;
  updatedAt: number;
  /** True when the last visit could not re-anchor it. */
  orphan: boolean;
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

/** An image of a clipping, kept as a Blob so the clipping reads offline. */
export interface StoredImage {
  id: string;
  clippingId: string;
  /** Where it came from. */
  sourceUrl: string;
  blob: Blob;
  width?: number;
  height?: number;
}

/** One user setting. */
export interface SettingRecord {
  key: string;
  value: unknown;
}
