/**
 * What `npm run package` puts in the store uploads: the built extension folder zipped as it
 * is, and for addons.mozilla.org the sources a reviewer needs to rebuild the Firefox zip
 * byte for byte (AMO asks for them when the code is bundled or minified).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Every file under `dir`, as paths relative to `root` with forward slashes. */
export function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path, root)
      : [relative(root, path).split(sep).join('/')];
  });
}

/** A zip of `dir`'s files at the zip's root (where the stores look for manifest.json). */
export function zipFolder(dir: string): Uint8Array {
  const entries: Zippable = {};
  for (const file of filesUnder(dir)) entries[file] = readFileSync(join(dir, file));
  return zipSync(entries, { level: 9 });
}

/** Top-level folders the build reads from. */
const SOURCE_FOLDERS = ['src', 'scripts', 'public', 'icons'];
/**
 * Top-level files the build reads from, or that say how to run it. The extension pages (every
 * top-level `*.html`, vite's inputs) are added by `sourceFiles`, so a new page cannot be missed.
 */
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'manifest.json',
  'vite.config.ts',
  'tsconfig.json',
  'eslint.config.js',
  '.prettierrc.json',
  '.prettierignore',
  'README.md',
];

/** The source bundle's paths, relative to the repository `root`. */
export function sourceFiles(root: string): string[] {
  const folders = SOURCE_FOLDERS.filter((f) => existsSync(join(root, f))).flatMap((folder) =>
    filesUnder(join(root, folder), root),
  );
  const pages = readdirSync(root).filter((f) => f.endsWith('.html'));
  const files = SOURCE_FILES.filter((f) => existsSync(join(root, f)));
  return [...files, ...pages, ...folders].sort();
}

/** The build steps, as AMO's reviewers need them: the exact commands and where the output lands. */
export function buildSteps(nodeVersion: string, npmVersion: string): string {
  return `# Building Reader Assistant for Firefox from these sources

Tested with Node.js ${nodeVersion} and npm ${npmVersion} on Debian 12 (any Node 20 or newer and
npm 10 or newer on Linux, macOS or Windows works the same way).

    npm ci
    npm run build:firefox

The extension is then in \`dist/firefox/\`; its files are the ones in the uploaded
\`reader-assistant-firefox.zip\`. \`npm run package\` builds both browsers and writes the zips
(\`dist/reader-assistant-chrome.zip\`, \`dist/reader-assistant-firefox.zip\`) and this bundle.

All third-party code comes from the npm registry at the versions pinned in
\`package-lock.json\`; nothing is downloaded at build time beyond \`npm ci\`. README.md
describes the architecture.
`;
}

/** The AMO source bundle: the sources, plus BUILD.md with the steps, under one folder. */
export function zipSources(root: string, steps: string): { zip: Uint8Array; files: string[] } {
  const entries: Zippable = {};
  const files = sourceFiles(root);
  for (const file of files) entries[`reader-assistant/${file}`] = readFileSync(join(root, file));
  entries['reader-assistant/BUILD.md'] = new TextEncoder().encode(steps);
  return { zip: zipSync(entries, { level: 9 }), files };
}
