/** `npm run package`: installable zips of both builds (run after `npm run build`). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of ['chrome', 'firefox'] as const) {
  const dir = join('dist', target);
  const entries: Zippable = {};
  for (const file of filesUnder(dir)) entries[relative(dir, file)] = readFileSync(file);
  const out = join('dist', `reader-assistant-${target}.zip`);
  writeFileSync(out, zipSync(entries, { level: 9 }));
  console.log(
    `${out}: ${Object.keys(entries).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`,
  );
}
