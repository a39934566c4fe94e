/**
 * Article HTML we store and show again (library, reader view, exports) goes through here first:
 * an allowlist of article structure on top of DOMPurify, with our own URL rules.
 *
 * Pure: the caller passes the window to run DOMPurify in (the page's or the library's window in
 * the extension, a jsdom window under Node), so nothing here touches browser globals.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

export type { WindowLike };

/** Options for `sanitizeArticleHtml`. */
export interface SanitizeOptions {
  /** The page URL: relative `href`/`src`/`srcset` URLs are resolved against it (dropped without it). */
  baseUrl?: string;
}

/** What an article keeps: text structure, tables, figures, links, inline emphasis. */
// prettier-ignore
const ALLOWED_TAGS = [
  'article', 'section', 'div', 'header', 'footer', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'br', 'figure', 'figcaption', 'img',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup',
  'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'span', 'abbr', 'cite', 'q',
  'time', 'kbd', 'samp', 'var', 'wbr',
];

/** Attributes kept; `href`/`src` are further checked below, `data-ra-*` is allowed by a hook. */
// prettier-ignore
const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'datetime', 'colspan', 'rowspan', 'scope', 'headers',
  'start', 'reversed', 'lang', 'dir', 'target', 'span',
];

/** Elements dropped with everything inside (besides DOMPurify's own list: script, style, svg, math, iframe…). */
const DROP_WITH_CONTENT = [
  'button',
  'select',
  'textarea',
  'option',
  'object',
  'embed',
  'frameset',
  'frame',
  'applet',
  'noembed',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify applies this to every attribute value: our schemes, or no scheme at all (plain
  // values such as `datetime` or `lang`). The hooks below hold `href`/`src` to stricter rules.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|ra-image):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Belt and braces against DOM clobbering: `id`/`name` are not allowed at all, and would be
  // prefixed with `user-content-` if they ever were.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  WHOLE_DOCUMENT: false,
};

/** Our highlight/figure markers, kept on `span` and `mark` only. */
const RA_DATA_ATTR = /^data-ra-[a-z0-9-]+$/;
const RA_DATA_ELEMENTS = new Set(['SPAN', 'MARK']);
/** Raster images only: an SVG data URL is a script container if it is ever opened on its own. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i;
/** Our offline image scheme (see `Clipping.html`). */
const RA_IMAGE = /^ra-image:[\w-]+$/;
/** srcset candidate we keep: the widest up to this, as a clipping stores one image per `<img>`. */
const MAX_SRCSET_WIDTH = 1600;

function absoluteUrl(value: string, base: string | undefined): URL | null {
  try {
    // `new URL` strips the leading/trailing whitespace and the tabs/newlines that
    // `java\tscript:` tricks rely on, so the protocol we check is the one a browser would use.
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** A link target we keep (absolute http(s) or mailto), or null. */
export function safeHref(value: string, base?: string): string | null {
  const url = absoluteUrl(value, base);
  return url && ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
}

/** An image source we keep (absolute http(s), `ra-image:`, raster `data:image/*`), or null. */
export function safeImageSrc(value: string, base?: string): string | null {
  const trimmed = value.trim();
  if (RA_IMAGE.test(trimmed)) return trimmed;
  if (/^data:/i.test(trimmed)) return DATA_IMAGE.test(trimmed) ? trimmed : null;
  const url = absoluteUrl(trimmed, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** The candidate of a `srcset` we keep: the widest ≤ MAX_SRCSET_WIDTH (or densest ≤ 2x), else the smallest. */
export function pickSrcsetCandidate(srcset: string): string | null {
  const candidates = srcset
    .split(/,\s+(?=\S)|,(?=[a-z]+:|\/)/i)
    .map((c) => c.trim().split(/\s+/))
    .filter((parts): parts is [string, ...string[]] => Boolean(parts[0]))
    .map(([url, descriptor = '1x']) => {
      const m = /^(\d+(?:\.\d+)?)([wx])$/i.exec(descriptor);
      const size = m
        ? Number(m[1]) * (m[2]?.toLowerCase() === 'x' ? MAX_SRCSET_WIDTH / 2 : 1)
        : MAX_SRCSET_WIDTH / 2;
      return { url, size };
    });
  if (!candidates.length) return null;
  const fitting = candidates
    .filter((c) => c.size <= MAX_SRCSET_WIDTH)
    .sort((a, b) => b.size - a.size);
  const chosen = fitting[0] ?? [...candidates].sort((a, b) => a.size - b.size)[0];
  return chosen?.url ?? null;
}

/** Lazy-loading placeholders that are not the picture (1×1 GIFs, blank SVGs). */
const isPlaceholder = (src: string): boolean => /^data:/i.test(src.trim()) && src.length < 200;

function chooseImageSource(img: Element, base: string | undefined): void {
  const src = img.getAttribute('src') ?? '';
  const fromSrcset = pickSrcsetCandidate(
    img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '',
  );
  const lazy =
    img.getAttribute('data-src') ??
    img.getAttribute('data-lazy-src') ??
    img.getAttribute('data-original');
  const options = [fromSrcset, src && !isPlaceholder(src) ? src : null, lazy, src];
  const chosen =
    options.map((o) => (o ? safeImageSrc(o, base) : null)).find((o) => o !== null) ?? null;
  for (const a of ['srcset', 'sizes', 'data-srcset', 'data-src', 'data-lazy-src', 'data-original'])
    img.removeAttribute(a);
  if (chosen) img.setAttribute('src', chosen);
  else img.removeAttribute('src');
}

/** One configured DOMPurify per window: hooks are per instance, and creating one is not free. */
const purifiers = new WeakMap<WindowLike, { purify: Purifier; options: SanitizeOptions }>();

function purifierFor(win: WindowLike): { purify: Purifier; options: SanitizeOptions } {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purify = DOMPurify(win);
  // Refuse to run rather than return the input: DOMPurify hands back the dirty string unchanged
  // when the window lacks what it needs.
  if (!purify.isSupported)
    throw new Error('sanitizeArticleHtml: DOMPurify is not supported by this window');
  const entry = { purify, options: {} as SanitizeOptions };
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') chooseImageSource(node as Element, entry.options.baseUrl);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const { attrName } = data;
    if (attrName.startsWith('data-')) {
      data.forceKeepAttr =
        RA_DATA_ATTR.test(attrName) && RA_DATA_ELEMENTS.has(node.nodeName) ? true : undefined;
      data.keepAttr = data.forceKeepAttr === true;
    } else if (attrName === 'href') {
      const href = node.nodeName === 'A' ? safeHref(data.attrValue, entry.options.baseUrl) : null;
      data.keepAttr = href !== null;
      data.attrValue = href ?? '';
    } else if (attrName === 'src') {
      const src =
        node.nodeName === 'IMG' ? safeImageSrc(data.attrValue, entry.options.baseUrl) : null;
      data.keepAttr = src !== null;
      // Our own `ra-image:` scheme passed safeImageSrc; DOMPurify's URI allowlist would drop it.
      data.forceKeepAttr = src !== null && RA_IMAGE.test(src) ? true : undefined;
      data.attrValue = src ?? '';
    } else if (attrName === 'target') {
      data.keepAttr = node.nodeName === 'A' && data.attrValue.trim().toLowerCase() === '_blank';
      data.attrValue = '_blank';
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // A new tab opened from our page must not get `window.opener` nor our URL as referrer.
    if (node.nodeName === 'A' && (node as Element).getAttribute('target') === '_blank') {
      (node as Element).setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifiers.set(win, entry);
  return entry;
}

/**
 * Sanitises article HTML for storage and display: no scripts, event handlers, styles, forms,
 * frames, embedded objects, SVG/MathML, `<meta>`/`<link>`/`<base>`, `id`/`name`; links only to
 * http(s)/mailto (new-tab links get `rel="noopener noreferrer"`); images from http(s),
 * `ra-image:` or raster `data:` URLs, one `src` per image (chosen from `srcset` when present);
 * `data-ra-*` attributes on `span`/`mark`. Images left without a usable source are removed.
 */
export function sanitizeArticleHtml(
  html: string,
  win: WindowLike,
  options: SanitizeOptions = {},
): string {
  const entry = purifierFor(win);
  entry.options = options;
  // Typed as always a fragment, but null when the input parses as a frameset document.
  const fragment: DocumentFragment | null = entry.purify.sanitize(html, {
    ...CONFIG,
    RETURN_DOM_FRAGMENT: true,
  });
  if (!fragment) return '';
  for (const img of Array.from(fragment.querySelectorAll('img:not([src])'))) img.remove();
  const doc = fragment.ownerDocument;
  const box = doc.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}
