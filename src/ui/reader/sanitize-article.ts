import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

// DOMPurify's default URI pattern refuses unknown schemes, and stored images use `ra-image:`.
// Everything else it allows by default (http, https, mailto, relative) stays allowed.
const ALLOWED_URI = /^(?:(?:https?|mailto|ra-image):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  // Inline styles would fight the reader's theme and are a CSP violation report each.
  FORBID_ATTR: ['style'],
};

// One DOMPurify instance per window: creating one sets up its hooks and element tables.
const purifiers = new WeakMap<WindowLike, Purifier>();
function purifierFor(win: WindowLike): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Article HTML cleaned with DOMPurify, as a string: what the importer stores. `win` is the
 * window whose DOM DOMPurify uses (the page's, or happy-dom's in tests).
 */
export function sanitizeArticleHtml(html: string, win: WindowLike = window): string {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
}

/**
 * Article HTML cleaned with DOMPurify into a fragment of `win.document`, ready to insert: the
 * reader never assigns `innerHTML` (web-ext lint flags it, and a fragment cannot be re-parsed
 * into something else on the way in).
 */
export function sanitizeArticleFragment(html: string, win: WindowLike = window): DocumentFragment {
  const fragment = purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  // DOMPurify hands back its input untouched where the DOM does not behave (seen under
  // happy-dom): refuse to show anything rather than show it unsanitised.
  if (fragment.querySelector(ACTIVE)) throw new Error('The HTML sanitiser did not run.');
  return fragment;
}

const ACTIVE = 'script, iframe, object, embed, frame, [onload], [onerror], [onclick]';
