/** The answer to "is this page a news article?", with the evidence a person can read. */
export interface ArticleVerdict {
  isArticle: boolean;
  /** 0..1: how sure the detector is of `isArticle`. */
  confidence: number;
  /** Short human-readable reasons, strongest first (e.g. "JSON-LD NewsArticle"). */
  reasons: string[];
}
