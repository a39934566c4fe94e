/** Test helper: parses a fixture page (or an HTML string) with jsdom, scripts off. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const fixturesDir = path.resolve(__dirname, '../../fixtures');

export function parsePage(html: string, url = 'https://example.invalid/'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function loadFixture(relative: string, url?: string): Document {
  return parsePage(readFileSync(path.join(fixturesDir, relative), 'utf8'), url);
}
