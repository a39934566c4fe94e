/**
 * `web-ext lint` on the Firefox build: fails on any error or warning, and prints each. The two
 * parsing libraries we bundle (Readability, DOMPurify) used to bring three `innerHTML`
 * assignments (UNSAFE_VAR_ASSIGNMENT); the build now parses their markup with `DOMParser`
 * instead (scripts/vite-plugin-parse-markup.ts), and Preact's one assignment is taken out of the
 * build (vite-plugin-no-raw-html.ts). Nothing is tolerated: AMO's reviewers see every warning.
 */
import { execFileSync } from 'node:child_process';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const dir = 'dist/firefox';
let raw: string;
try {
  raw = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'],
    { encoding: 'utf8' },
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

for (const f of [...report.errors, ...report.warnings])
  console.error(`${f.code}: ${f.message} (${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''})`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ` +
    `${report.notices.length} notices`,
);
process.exit(report.errors.length + report.warnings.length > 0 ? 1 : 0);
