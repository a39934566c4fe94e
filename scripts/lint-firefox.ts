/**
 * `web-ext lint` on the Firefox build: fails on any error, and on any warning except the
 * one known inside Preact's runtime (it assigns innerHTML for dangerouslySetInnerHTML,
 * which our code never uses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

interface Finding {
  code: string;
  message: string;
  file?: string;
}
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
const isPreactRuntime = (f: Finding) =>
  f.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  f.file !== undefined &&
  readFileSync(join(dir, f.file), 'utf8').includes('dangerouslySetInnerHTML');
const ours = report.warnings.filter((w) => !isPreactRuntime(w));
for (const f of [...report.errors, ...ours])
  console.error(`${f.code}: ${f.message} (${f.file ?? ''})`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings of ours, ` +
    `${report.warnings.length - ours.length} known in Preact's runtime, ${report.notices.length} notices`,
);
process.exit(report.errors.length + ours.length > 0 ? 1 : 0);
