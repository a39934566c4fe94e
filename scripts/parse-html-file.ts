/**
 * Reads a saved HTML file (optionally .gz) and parses it with jsdom: no scripts run, nothing is
 * fetched. Shared by `npm run analyze` and the extraction benchmark.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The encoding a byte-order mark names, which wins over any declaration (as in browsers). */
function byteOrderMark(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset the page declares in its first bytes: `<meta charset>`, http-equiv or `<?xml encoding?>`. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const found =
    /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head) ??
    /^\s*<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head);
  return found?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a saved page. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
 * declares: saved pages are often re-encoded as UTF-8 with their original `<meta charset>`
 * kept (Readability's `qq` page says gb2312), and text in a legacy encoding that is also valid
 * UTF-8 is all but unknown outside plain ASCII, where the two agree anyway. Other bytes decode
 * as declared, else as windows-1252, the web's default: every byte stays a character, where
 * UTF-8 would turn each into U+FFFD. The decoder is the WHATWG one jsdom uses: Node's own reads
 * windows-1252 as Latin-1 ("€" comes out as U+0080).
 */
function decode(bytes: Buffer): string {
  const bom = byteOrderMark(bytes);
  if (bom !== null) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declared charset says what it is.
  }
  const declared = declaredCharset(bytes);
  if (declared !== null) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read as undeclared.
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

export function readHtmlFile(file: string): string {
  const raw = readFileSync(file);
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  return decode(bytes);
}

function makeDocument(html: string, url: string | undefined): Document {
  // A silent console: saved pages are full of CSS jsdom can't parse, which is noise here.
  const dom = new JSDOM(html, {
    url: url ?? 'https://example.invalid/',
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}

/** A `<style>` element's raw text ends at the first `</style`, as the HTML tokenizer has it. */
const STYLE_BLOCK = /(<style\b[^>]*>)([\s\S]*?)(<\/style)/gi;

function stylesheetParses(css: string): boolean {
  try {
    makeDocument(`<style>${css}</style>`, undefined).defaultView?.close();
    return true;
  } catch {
    return false;
  }
}

/**
 * The page with every stylesheet jsdom throws on emptied. jsdom 29 throws out of the parser on
 * some values browsers merely ignore, e.g. a SCSS variable left in a `calc()` (one page of the
 * extraction benchmark). Only the stylesheets that throw are dropped, so `display: none` rules
 * elsewhere still apply.
 */
function withoutUnparsableStyles(html: string): string {
  return html.replace(STYLE_BLOCK, (block, open: string, css: string, close: string) =>
    stylesheetParses(css)
      ? block
      : `${open}/* dropped: jsdom cannot parse this stylesheet */${close}`,
  );
}

/** Parses HTML into a Document; `url` is the base for relative links. */
export function parseHtml(html: string, url?: string): Document {
  try {
    return makeDocument(html, url);
  } catch (first) {
    const cleaned = withoutUnparsableStyles(html);
    if (cleaned === html) throw first;
    return makeDocument(cleaned, url);
  }
}

export function parseHtmlFile(file: string, url?: string): Document {
  return parseHtml(readHtmlFile(file), url);
}
