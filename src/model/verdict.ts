/** The answer to "is this page a news article?", with the evidence a person can read. */
export interface ArticleVerdict {
  isArticle: boolean;
  /** 0..1: how sure the detector is of `isArticle`. */
  confidence: number;
  /**
   * Short human-readable reasons: what counted most for the answer, strongest first, then
   * what counted against it (starting "but ").
   */
  reasons: string[];
  /** 0..1: the model's probability that the page is an article. */
  score: number;
  /** Not an article, but close enough to the line that the reader is offered the article view. */
  borderline: boolean;
}
