/**
 * The language the recognisers read an article in, one rule for `npm run analyze` and the
 * extension: the page's declared language checked against the article's own text (a template's
 * lang="en" on a Vietnamese story loses to the story). Without an article plan there is nothing
 * to recognise, and the page's language is the metadata's (title, description, leading text).
 * Its own module, so the page's article bundle takes it without the rest of the pipeline.
 */
import { detectLanguage } from '../extract/detect-language';

export function readingLanguage(
  doc: Document,
  articleRoot: Element | null,
  metadataLang: () => string | null,
): string {
  if (articleRoot === null) return metadataLang() ?? detectLanguage(doc, '');
  return detectLanguage(doc, articleRoot.textContent ?? '');
}
