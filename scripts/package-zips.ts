/**
 * `npm run package` (after the build): the two store uploads and the source bundle AMO asks
 * for, in dist/.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSteps, zipFolder, zipSources } from './store-packages';

const kb = (path: string) => `${(statSync(path).size / 1024).toFixed(1)} KB`;

for (const target of ['chrome', 'firefox'] as const) {
  const out = join('dist', `reader-assistant-${target}.zip`);
  writeFileSync(out, zipFolder(join('dist', target)));
  console.log(`${out}: ${kb(out)}`);
}

const npmVersion = execFileSync('npm', ['--version'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
}).trim();
const sources = zipSources('.', buildSteps(process.versions.node, npmVersion));
const out = join('dist', 'reader-assistant-firefox-sources.zip');
writeFileSync(out, sources.zip);
console.log(`${out}: ${sources.files.length} files and BUILD.md, ${kb(out)}`);
