/**
 * Raw and gzipped size of each built entry of the Chrome extension: the content script (which
 * every http(s) page pays for; budget ≤ 30 KB gzipped, and ≤ 8 KB for detector.js alone) and,
 * for information, the popup, the library page and the background worker, each with the chunks
 * it loads statically. The detector's budget is checked in the Firefox build beside it too.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Check, Section } from './bench-report';

const CONTENT_BUDGET_KB = 30;
/** The detector alone (dist/…/detector.js), which runs on every page once detection is on. */
const DETECTOR_BUDGET_KB = 8;

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

// Static imports in Vite's minified ES output: `from"./x.js"`, `import"./x.js"`, `import './x.js'`.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
// Scripts and styles an extension page loads: <script src>, <link rel=modulepreload|stylesheet href>.
const HTML_ASSET = /<(?:script[^>]+src|link[^>]+href)="\/?([^"]+\.(?:js|css))"/g;

/** Files `start` (relative to `dist`) loads statically, itself included. */
function closure(dist: string, start: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(path.join(dist, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT))
      queue.push(path.posix.join(path.posix.dirname(file), m[1] as string));
  }
  return [...seen];
}

function pageAssets(dist: string, html: string): string[] {
  const file = path.join(dist, html);
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(HTML_ASSET)].map((m) => m[1] as string);
}

function sizes(dist: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(dist, f));
    raw += buf.length;
    gzip += gzipSize(buf);
  }
  return { raw, gzip };
}

function allFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return allFiles(full, base);
    return /\.(js|css|html)$/.test(name)
      ? [path.relative(base, full).split(path.sep).join('/')]
      : [];
  });
}

/** Measures the build in `dist` (e.g. dist/chrome). */
export function bundleSizes(dist: string): Section {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  // The detector is registered at run time (scripting.registerContentScripts) once the user
  // switches automatic detection on, so the manifest declares no content script.
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [
    ...(c.js ?? []),
    ...(c.css ?? []),
  ]);
  const contentFiles =
    declared.length > 0
      ? declared
      : existsSync(path.join(dist, 'detector.js'))
        ? ['detector.js']
        : [];
  const injected = ['article.js', 'page.css'].filter((f) => existsSync(path.join(dist, f)));
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const entries: Array<[string, string[], boolean]> = [
    ['content script (the detector, on every page)', closure(dist, contentFiles), true],
    ['article module (injected on articles only)', injected, false],
    ...(
      [
        ['extras.js', 'extras (recognisers, highlights; after the hiding)'],
        ['reader.js', 'reader view and clipping draft, with DOMPurify (on a click only)'],
        ['planner.js', 'planner with Readability (injected only where a page plans for itself)'],
      ] as const
    )
      .filter(([file]) => existsSync(path.join(dist, file)))
      .map(([file, name]): [string, string[], boolean] => [name, [file], false]),
    [
      'popup',
      closure(dist, [
        'popup.html',
        ...pageAssets(dist, manifest.action?.default_popup ?? 'popup.html'),
      ]),
      false,
    ],
    ['library', closure(dist, ['library.html', ...pageAssets(dist, 'library.html')]), false],
    ...(['welcome', 'offscreen'] as const)
      .filter((page) => existsSync(path.join(dist, `${page}.html`)))
      .map((page): [string, string[], boolean] => [
        page,
        closure(dist, [`${page}.html`, ...pageAssets(dist, `${page}.html`)]),
        false,
      ]),
    ['background', closure(dist, background ? [background] : []), false],
  ];
  const checks: Check[] = [];
  const rows = entries.map(([name, files, budgeted]) => {
    const s = sizes(dist, files);
    if (budgeted) {
      checks.push({
        what: 'content script, gzipped',
        measured: files.length === 0 ? 'no content script in the manifest' : kb(s.gzip),
        budget: `≤ ${CONTENT_BUDGET_KB} KB`,
        pass: files.length === 0 ? null : s.gzip <= CONTENT_BUDGET_KB * 1024,
      });
    }
    return [
      name,
      files.join(', '),
      kb(s.raw),
      kb(s.gzip),
      budgeted ? `≤ ${CONTENT_BUDGET_KB} KB gzipped` : '–',
    ];
  });
  // The detector's budget holds in both builds: the Firefox one beside this one (dist/firefox).
  const builds: Array<[string, string]> = [[path.basename(dist), dist]];
  const firefox = path.join(path.dirname(dist), 'firefox');
  if (path.basename(dist) === 'chrome' && existsSync(firefox)) builds.push(['firefox', firefox]);
  for (const [name, dir] of builds) {
    const detector = path.join(dir, 'detector.js');
    const detectorGzip = existsSync(detector) ? gzipSize(readFileSync(detector)) : null;
    checks.push({
      what: `detector.js (${name} build), gzipped`,
      measured:
        detectorGzip === null
          ? 'no detector.js in the build'
          : `${kb(detectorGzip)} (${detectorGzip} B)`,
      budget: `≤ ${DETECTOR_BUDGET_KB} KB`,
      pass: detectorGzip === null ? null : detectorGzip <= DETECTOR_BUDGET_KB * 1024,
    });
  }
  const everyFile = allFiles(dist).map((f) => {
    const buf = readFileSync(path.join(dist, f));
    return [f, kb(buf.length), kb(gzipSize(buf))];
  });
  return {
    title: 'Bundle sizes (dist/chrome)',
    method:
      'Each entry of the Chrome build with every chunk and stylesheet it loads statically (followed through `import` ' +
      "statements and the pages' `<script>`/`<link>` tags), raw and gzipped (zlib level 9). Shared chunks count in every entry that loads them.",
    tables: [
      { headers: ['entry', 'files', 'raw', 'gzipped', 'budget'], rows },
      {
        caption: 'Every built file',
        folded: true,
        headers: ['file', 'raw', 'gzipped'],
        rows: everyFile,
      },
    ],
    checks,
    notes: [],
  };
}
