/** Citation metadata of an article, from JSON-LD, Open Graph, citation_*, Dublin Core and the page. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  /** Individual author names where the page lists them. */
  authors: string[];
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  description: string | null;
  doi: string | null;
}
