import { sanitizeArticleHtml as sanitizeShared, type WindowLike } from '../../shared/sanitize-html';

/**
 * Article HTML cleaned with the project's sanitiser (`shared/sanitize-html.ts`: DOMPurify with
 * an article allowlist and our URL rules), as a string: what the importer stores. `win` is the
 * window DOMPurify runs in (the page's, or jsdom's in tests).
 */
export function sanitizeArticleHtml(html: string, win: WindowLike = window): string {
  return sanitizeShared(html, win);
}

const ACTIVE = 'script, iframe, object, embed, frame, [onload], [onerror], [onclick]';

/**
 * Article HTML, sanitised, as nodes of `doc` ready to insert. The reader never assigns
 * `innerHTML` (web-ext lint flags it): the clean string is parsed by DOMParser into an inert
 * document, where nothing runs or loads, and its nodes are imported.
 */
export function sanitizeArticleFragment(html: string, doc: Document = document): DocumentFragment {
  const clean = sanitizeShared(html, (doc.defaultView ?? window) as WindowLike);
  const inert = new DOMParser().parseFromString(clean, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const node of Array.from(inert.body.childNodes)) fragment.append(doc.importNode(node, true));
  // DOMPurify hands back its input untouched where the DOM does not behave (seen under
  // happy-dom): refuse to show anything rather than show it unsanitised.
  if (fragment.querySelector(ACTIVE)) throw new Error('The HTML sanitiser did not run.');
  return fragment;
}
