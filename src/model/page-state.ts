import type { ArticleVerdict } from './verdict';
import type { ArticleMetadata } from './article-metadata';
import type { Figure } from './figure';
import type { Project } from './project';
import type { PlanSource } from './article-plan';

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
