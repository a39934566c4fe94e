/**
 * Reads a saved HTML file (optionally .gz) and parses it with jsdom: no scripts run, nothing is
 * fetched. Shared by `npm run analyze` and the extraction benchmark.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8, else in the charset the page declares in its
 * first bytes. Saved pages are often re-encoded as UTF-8 while keeping their original
 * `<meta charset>` (Readability's `qq` page says gb2312); text in a legacy encoding that is also
 * valid UTF-8 is all but unknown outside plain ASCII, where the two agree anyway.
 */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declared charset says what it is.
  }
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: UTF-8 with replacement characters keeps the rest readable.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
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
