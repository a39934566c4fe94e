import type { Plugin } from 'vite';

/**
 * Rewrites the three `innerHTML =` assignments in the two parsing libraries we bundle
 * (Readability and DOMPurify) into the same parse done with `DOMParser`, which is what the
 * `innerHTML` setter itself does (the HTML or XML fragment parsing algorithm), so `web-ext lint`
 * has nothing to warn about (UNSAFE_VAR_ASSIGNMENT) and AMO's reviewers no sink to check.
 *
 * - Readability restores its working copy (`page.innerHTML = pageCacheHtml`) and unwraps
 *   `<noscript>` images (`tmp.innerHTML = noscript.innerHTML`), both on an inert document: the
 *   markup is parsed as the content of a `<body>` (the "in body" insertion mode, as for the `div`
 *   or `body` it is set on), scripting off as in any document without a window, and the nodes
 *   moved in (appending adopts them into the element's document). `test/unit/build/parse-markup.test.ts` runs both versions of the library on our
 *   article fixtures and compares every result.
 * - DOMPurify's fallback for a non-HTML `NAMESPACE` (or no working `DOMParser`) sets the markup
 *   into an XML document's root: parsed as XML inside a start tag that declares that namespace,
 *   the XML fragment parsing algorithm; a well-formedness error throws, as the setter does
 *   (DOMPurify catches it either way). We never set `NAMESPACE`; the same test compares both
 *   versions where it is set.
 *
 * Each statement must be found exactly once, or the build fails: a library upgrade cannot make
 * this a silent no-op or leave half of it.
 */
interface Rewrite {
  module: RegExp;
  statements: [from: string, to: string][];
  helper: string;
}

// One fragment, not an argument per node: a page may have more top-level nodes than a call takes.
const MOVE_HELPER = `
function __raMoveAll(from, doc) {
  var fragment = doc.createDocumentFragment();
  while (from.firstChild) fragment.appendChild(from.firstChild);
  return fragment;
}
`;

const HTML_HELPER = `
function __raParseHtmlInto(element, markup) {
  var parsed = new DOMParser().parseFromString("<body>" + markup, "text/html").body;
  element.replaceChildren(__raMoveAll(parsed, element.ownerDocument));
}
`;

const XML_HELPER = `
function __raParseXmlInto(element, markup) {
  var ns = element.namespaceURI;
  var wrapped = "<ra-fragment" + (ns ? ' xmlns="' + ns + '"' : "") + ">" + String(markup) + "</ra-fragment>";
  var parsed = new DOMParser().parseFromString(wrapped, "application/xml");
  var root = parsed.documentElement;
  if (root.localName !== "ra-fragment" || root.namespaceURI !== ns || parsed.getElementsByTagName("parsererror").length > 0)
    throw new SyntaxError("The markup is not well-formed XML.");
  element.replaceChildren(__raMoveAll(root, element.ownerDocument));
}
`;

export const REWRITES: Rewrite[] = [
  {
    module: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    statements: [
      ['page.innerHTML = pageCacheHtml;', '__raParseHtmlInto(page, pageCacheHtml);'],
      ['tmp.innerHTML = noscript.innerHTML;', '__raParseHtmlInto(tmp, noscript.innerHTML);'],
    ],
    helper: HTML_HELPER + MOVE_HELPER,
  },
  {
    module: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    statements: [
      [
        'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        '__raParseXmlInto(doc.documentElement, IS_EMPTY_INPUT ? emptyHTML : dirtyPayload);',
      ],
    ],
    helper: XML_HELPER + MOVE_HELPER,
  },
];

/** The library's code with its assignments rewritten; throws if one is not there exactly once. */
export function rewriteMarkupAssignments(code: string, rewrite: Rewrite): string {
  let out = code;
  for (const [from, to] of rewrite.statements) {
    const count = out.split(from).length - 1;
    if (count !== 1) throw new Error(`expected "${from}" once, found it ${count} times`);
    out = out.replace(from, to);
  }
  if (/\.innerHTML\s*=[^=]/.test(out)) throw new Error('an innerHTML assignment is left');
  return out + rewrite.helper;
}

export function parseMarkupWithoutInnerHtml(): Plugin {
  return {
    name: 'reader-assistant:parse-markup',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? '';
      const rewrite = REWRITES.find((r) => r.module.test(path));
      if (!rewrite) return null;
      try {
        return { code: rewriteMarkupAssignments(code, rewrite), map: null };
      } catch (error) {
        this.error(`${path}: ${(error as Error).message}`);
      }
    },
  };
}
