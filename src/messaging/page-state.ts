import type { ArticleVerdict } from '../detect/verdict';
import type { ArticleMetadata } from '../extract/article-metadata';
import type { Figure } from '../annotate/figure';
import type { Project } from '../annotate/project';
import type { PlanSource } from '../extract/plan-addresses';

/** What the content script knows about its page, as shown in the popup. */
export interface PageState {
  url: string;
  title: string;
  lang: string;
  verdict: ArticleVerdict;
  metadata: ArticleMetadata;
  clutterHidden: boolean;
  highlights: HighlightToggles;
  figures: FigureRow[];
  projects: ProjectRow[];
  userHighlightCount: number;
  orphans: OrphanRow[];
  /** Where the article plan was made (null before there is one). */
  planSource: PlanSource | null;
  /** Why the article pass stopped short on this page (null when it did not). */
  problem: string | null;
}

/** Which kinds of recognised items are highlighted in the page. */
export interface HighlightToggles {
  figures: boolean;
  projects: boolean;
}

/** A figure with the context it appears in, for the popup's table. */
export interface FigureRow extends Figure {
  index: number;
  context: string;
}

export interface ProjectRow extends Project {
  index: number;
  context: string;
}

/** A user highlight that could not be re-anchored on this visit. */
export interface OrphanRow {
  id: string;
  quote: string;
  note: string;
}

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
