// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REWRITES, rewriteMarkupAssignments } from '../../../scripts/vite-plugin-parse-markup';

const require = createRequire(import.meta.url);
const [READABILITY, DOMPURIFY] = REWRITES as [(typeof REWRITES)[0], (typeof REWRITES)[0]];

interface ReadabilityLike {
  parse(): { title: string | null; content: string | null; textContent: string | null } | null;
}
type ReadabilityClass = new (doc: Document, options?: object) => ReadabilityLike;

/** Evaluates a CommonJS module's source text and returns its exports. */
function commonJs<T>(code: string): T {
  const module = { exports: {} as T };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

const readabilitySource = readFileSync(
  require.resolve('@mozilla/readability/Readability.js'),
  'utf8',
);
const Original = commonJs<ReadabilityClass>(readabilitySource);
const Rewritten = commonJs<ReadabilityClass>(
  rewriteMarkupAssignments(readabilitySource, READABILITY),
);

const FIXTURES = ['seed', 'pages', 'anchor', 'e2e', 'library'].flatMap((dir) =>
  readdirSync(new URL(`../../fixtures/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f)),
);

/** A window whose DOMParser the rewritten code uses, as the extension's contexts have one. */
function windowFor(html: string) {
  const { window } = new JSDOM(html);
  vi.stubGlobal('DOMParser', window.DOMParser);
  return window;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the build rewrites the libraries to parse with DOMParser, not innerHTML', () => {
  it('leaves no innerHTML assignment in either library, and fails when a statement is missing', () => {
    const purify = readFileSync(
      require.resolve('dompurify').replace(/purify\.cjs\.js$/, 'purify.es.mjs'),
      'utf8',
    );
    for (const code of [
      rewriteMarkupAssignments(readabilitySource, READABILITY),
      rewriteMarkupAssignments(purify, DOMPURIFY),
    ])
      expect(code).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(() => rewriteMarkupAssignments('var x = 1;', READABILITY)).toThrow(/expected/);
  });

  // Every attempt after the first restores the working copy (`page.innerHTML = pageCacheHtml`):
  // a threshold no page reaches makes Readability go through all of them.
  it.each(FIXTURES)('Readability gives the same article for %s, through every retry', (file) => {
    const html = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
    const window = windowFor(html);
    const parse = vi.spyOn(window.DOMParser.prototype, 'parseFromString');
    for (const charThreshold of [500, 1_000_000]) {
      const before = new Original(window.document.cloneNode(true) as Document, {
        charThreshold,
      }).parse();
      const calls = parse.mock.calls.length;
      const after = new Rewritten(window.document.cloneNode(true) as Document, {
        charThreshold,
      }).parse();
      expect(after).toEqual(before);
      if (charThreshold > 500) expect(parse.mock.calls.length).toBeGreaterThan(calls);
    }
  });

  it('Readability unwraps <noscript> images the same way', () => {
    const image = (n: number) =>
      `<figure><img src="data:image/gif;base64,R0lGOD" class="lazy" data-src="/a${n}.jpg">` +
      `<noscript><img src="/a${n}.jpg" alt="Chart ${n} &amp; <b>" width="600"></noscript></figure>`;
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i} of the story, long enough to count, with commas, clauses, and more words than the threshold asks for in a paragraph.</p>${image(i)}`,
    ).join('');
    const window = windowFor(
      `<html><head><title>Story</title></head><body><article>${paragraphs}</article></body></html>`,
    );
    const parse = vi.spyOn(window.DOMParser.prototype, 'parseFromString');
    const before = new Original(window.document.cloneNode(true) as Document).parse();
    const after = new Rewritten(window.document.cloneNode(true) as Document).parse();
    expect(parse).toHaveBeenCalled();
    expect(after).toEqual(before);
    expect(after?.content).toContain('/a3.jpg');
  });

  it("DOMPurify's XML-namespace path gives the same result, and refuses markup that is not well-formed", async () => {
    const path = require.resolve('dompurify').replace(/purify\.cjs\.js$/, 'purify.es.mjs');
    const source = readFileSync(path, 'utf8');
    const load = async (code: string) =>
      (
        (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
          default: (w: Window) => { sanitize(dirty: string, config: object): string };
        }
      ).default;
    const original = await load(source);
    const rewritten = await load(rewriteMarkupAssignments(source, DOMPURIFY));
    const window = windowFor('<html><body></body></html>');
    const parse = vi.spyOn(window.DOMParser.prototype, 'parseFromString');
    const svg = { NAMESPACE: 'http://www.w3.org/2000/svg' };
    const inputs = [
      '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/><script>alert(1)</script><text x="1">Hi &amp; bye</text></svg>',
      '<g onclick="alert(1)"><rect width="2" height="2"/></g>',
      '<g><rect></g>',
      '',
    ];
    for (const dirty of inputs)
      expect(rewritten(window as unknown as Window).sanitize(dirty, svg)).toBe(
        original(window as unknown as Window).sanitize(dirty, svg),
      );
    // The rewritten statement ran (the original never parses XML here).
    expect(parse.mock.calls.some(([, type]) => type === 'application/xml')).toBe(true);
    // The ordinary HTML path does not go through the rewritten statement at all.
    const html = '<p onclick="x()">Hi <img src=x onerror=alert(1)></p>';
    expect(rewritten(window as unknown as Window).sanitize(html, {})).toBe(
      original(window as unknown as Window).sanitize(html, {}),
    );
  });
});
