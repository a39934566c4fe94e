/**
 * `npm run version:bump -- 0.2.0`: sets the version in package.json, package-lock.json (its top
 * and its root package) and manifest.json together, and opens the new version's section in
 * CHANGELOG.md from what was under "Unreleased". Only the version strings change, so each
 * file keeps its formatting. The stores refuse a version that is not higher than the last.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** major.minor.patch, plain integers: valid for npm and for both stores' version rules. */
const VERSION = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Replaces the value of the `"version"` key found at `path` of a JSON file's text. */
function setVersionText(text: string, keyPath: string[], version: string): string {
  // Find the object by walking the parsed JSON, then rewrite only that key's string: the first
  // `"version": "<old>"` after the object's own key in the text is its version.
  let at = 0;
  for (const key of keyPath) {
    const found = text.indexOf(`${JSON.stringify(key)}:`, at);
    if (found < 0) throw new Error(`no ${keyPath.join('.')} in the file`);
    at = found;
  }
  const pattern = /"version":\s*"[^"]*"/g;
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) throw new Error('no "version" key');
  return (
    text.slice(0, match.index) +
    `"version": "${version}"` +
    text.slice(match.index + match[0].length)
  );
}

export interface Bumped {
  from: string;
  to: string;
  files: string[];
}

export function bumpVersion(root: string, version: string, today = new Date()): Bumped {
  if (!VERSION.test(version))
    throw new Error(`"${version}" is not major.minor.patch in plain integers (e.g. 0.2.0)`);
  const packagePath = join(root, 'package.json');
  const from = (JSON.parse(readFileSync(packagePath, 'utf8')) as { version: string }).version;
  if (compare(version, from) <= 0)
    throw new Error(`${version} is not higher than the current ${from}: the stores refuse it`);

  const edits: [file: string, keyPaths: string[][]][] = [
    ['package.json', [[]]],
    ['package-lock.json', [[], ['packages', '']]],
    ['manifest.json', [[]]],
  ];
  const files: string[] = [];
  for (const [file, keyPaths] of edits) {
    const path = join(root, file);
    let text = readFileSync(path, 'utf8');
    for (const keyPath of keyPaths) text = setVersionText(text, keyPath, version);
    writeFileSync(path, text);
    files.push(file);
  }

  const changelog = join(root, 'CHANGELOG.md');
  if (existsSync(changelog)) {
    const text = readFileSync(changelog, 'utf8');
    const date = today.toISOString().slice(0, 10);
    if (!/^## \[Unreleased\]/m.test(text))
      throw new Error('CHANGELOG.md has no [Unreleased] section');
    writeFileSync(
      changelog,
      text.replace(/^## \[Unreleased\]\s*\n/m, `## [Unreleased]\n\n## [${version}] - ${date}\n\n`),
    );
    files.push('CHANGELOG.md');
  }
  return { from, to: version, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? '';
  try {
    const bumped = bumpVersion('.', version);
    console.log(`${bumped.from} → ${bumped.to} in ${bumped.files.join(', ')}`);
  } catch (e) {
    console.error(`version:bump: ${e instanceof Error ? e.message : String(e)}`);
    console.error('usage: npm run version:bump -- 0.2.0');
    process.exit(1);
  }
}
