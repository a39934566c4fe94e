/**
 * `web-ext lint` on the Firefox build: fails on any error, and on any warning that is not inside
 * one of two known third-party libraries, which AMO's reviewers check against their published
 * sources (docs/store-listing.md, "notes to reviewers"), so we bundle them unmodified:
 * Readability (re-parsing markup of its own working copy, itself an inert DOMParser document)
 * and DOMPurify (its fallback parser, on a document it created, for the string it is about to
 * sanitise). Preact's one assignment is taken out of the build (vite-plugin-no-raw-html.ts);
 * should it come back, it counts as ours and fails. Each tolerated warning is printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
const THIRD_PARTY: { name: string; marker: string }[] = [
  { name: 'Readability', marker: '_isSingleImage' },
  { name: 'Readability', marker: '_charThreshold' },
  { name: 'DOMPurify', marker: '<remove></remove>' },
];
const dir = 'dist/firefox';
let raw: string;
try {
  raw = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'],
    {
      encoding: 'utf8',
    },
  );
} catch (e) {
  // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
  raw = (e as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw.slice(raw.indexOf('{'))) as {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
};

/** The library whose code surrounds the finding (±1500 characters), if any. */
function ownerOf(f: Finding): string | null {
  if (f.code !== 'UNSAFE_VAR_ASSIGNMENT' || !f.file || !f.line) return null;
  const line = readFileSync(join(dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  const at = f.column ?? 0;
  const context = line.slice(Math.max(0, at - 1500), at + 1500);
  return THIRD_PARTY.find((t) => context.includes(t.marker))?.name ?? null;
}

const owners = report.warnings.map((w) => ({ w, owner: ownerOf(w) }));
const ours = owners.filter((o) => o.owner === null).map((o) => o.w);
for (const f of [...report.errors, ...ours])
  console.error(`${f.code}: ${f.message} (${f.file ?? ''}:${f.line ?? ''})`);
const known = owners.filter((o) => o.owner !== null).map((o) => `${o.owner} in ${o.w.file}`);
for (const line of known) console.log(`tolerated (third-party, unmodified): ${line}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings of ours, ` +
    `${known.length} inside third-party runtimes (${known.join('; ') || 'none'}), ${report.notices.length} notices`,
);
process.exit(report.errors.length + ours.length > 0 ? 1 : 0);
