/**
 * The import graph of `src/`, read without compiling: every relative `import`, `import type`,
 * `export … from` and `import()` of each file, resolved to a file, and the part of the tree
 * (folder) each file belongs to. The architecture check (check-architecture.ts) judges it
 * against the layering in docs/architecture.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import of one file: both paths relative to `src/`, with `/` separators. */
export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|tsx)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

function resolveImport(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

const posix = (path: string): string => path.split(sep).join('/');

/** Every relative import between files under `srcDir` (imports leaving it are left out). */
export function readImportGraph(srcDir: string): ImportEdge[] {
  const root = resolve(srcDir);
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveImport(file, fileName);
      if (!target) continue;
      const to = posix(relative(root, target));
      if (to.startsWith('..')) continue;
      edges.push({ from: posix(relative(root, file)), to });
    }
  }
  return edges;
}
