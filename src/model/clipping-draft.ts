import type { ArticleMetadata } from './article-metadata';
import type { Figure } from './figure';
import type { Project } from './project';

/** Everything a clipping needs from the page, gathered by the content script. */
export interface ClippingDraft {
  url: string;
  canonicalUrl: string | null;
  metadata: ArticleMetadata;
  /**
   * Article HTML, sanitised with DOMPurify in the content script (the background has no DOM)
   * and again before any extension page shows it. Images that were collected have
   * `src="ra-image:<ref>"`; the others keep their original URL.
   */
  html: string;
  text: string;
  figures: Figure[];
  projects: Project[];
  images: DraftImage[];
  /** No article was found (or reading it failed): this is the whole page as it renders. */
  wholePage: boolean;
}

/** An image of the article as the content script could (or could not) read it. */
export interface DraftImage {
  ref: string;
  url: string;
  /**
   * The bytes as a data: URL, or null. Not a Blob: Chrome before 148 sends messages as JSON,
   * and the protocol stays JSON-safe for it (see scripts/manifest-for.ts).
   */
  dataUrl: string | null;
  /** Why the image could not be kept, for the user. */
  problem?: string;
}
