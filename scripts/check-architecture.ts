/**
 * The architecture check (docs/architecture.md): every import between folders of `src/` must
 * follow an arrow of the layering below, and no files may import each other in a cycle.
 * Run by `npm run lint:architecture` (part of `npm test`) and by
 * test/unit/architecture/layering.test.ts.
 */
import { fileURLToPath } from 'node:url';
import { readImportGraph, type ImportEdge } from './import-graph';

/**
 * What each part may import, besides itself. The one written statement of the layering:
 * docs/architecture.md draws it. `ui/shared` is a part of its own because the page's
 * in-page UI paints with the same colours, words and icons as the extension's pages.
 */
export const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  shared: ['model'],
  platform: ['model', 'shared'],
  messaging: ['model', 'shared', 'platform'],
  detect: ['model', 'shared'],
  extract: ['model', 'shared', 'detect'],
  annotate: ['model', 'shared', 'detect', 'extract'],
  export: ['model', 'shared', 'detect', 'extract', 'annotate'],
  pipeline: ['model', 'shared', 'detect', 'extract', 'annotate'],
  store: ['model', 'shared', 'platform', 'detect', 'extract', 'annotate', 'export'],
  'ui/shared': ['model', 'shared', 'platform', 'messaging', 'detect', 'extract', 'annotate'],
  page: [
    'model',
    'shared',
    'platform',
    'messaging',
    'detect',
    'extract',
    'annotate',
    'pipeline',
    'ui/shared',
  ],
  ui: [
    'model',
    'shared',
    'platform',
    'messaging',
    'detect',
    'extract',
    'annotate',
    'export',
    'pipeline',
    'store',
    'ui/shared',
    'page',
  ],
  background: [
    'model',
    'shared',
    'platform',
    'messaging',
    'detect',
    'extract',
    'annotate',
    'export',
    'pipeline',
    'store',
  ],
  entries: [
    'model',
    'shared',
    'platform',
    'messaging',
    'detect',
    'extract',
    'annotate',
    'export',
    'pipeline',
    'store',
    'ui/shared',
    'page',
    'ui',
    'background',
  ],
};

/** The part of the layering a file (path relative to `src/`) belongs to. */
export function partOf(file: string): string {
  if (file.startsWith('ui/shared/')) return 'ui/shared';
  return file.split('/')[0]!;
}

/** Imports between parts that no arrow allows (and files in a part the layering lacks). */
export function wrongWayImports(edges: readonly ImportEdge[]): ImportEdge[] {
  return edges.filter(({ from, to }) => {
    const a = partOf(from);
    const b = partOf(to);
    return a !== b && !(MAY_IMPORT[a]?.includes(b) ?? false);
  });
}

/** Files that import each other, directly or round a loop: one sorted list per cycle (Tarjan). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file)!) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || next.get(file)!.includes(file)) cycles.push(component.sort());
  };
  for (const file of [...next.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

function main(): void {
  const srcDir = fileURLToPath(new URL('../src', import.meta.url));
  const edges = readImportGraph(srcDir);
  const wrong = wrongWayImports(edges);
  const cycles = importCycles(edges);
  for (const { from, to } of wrong) {
    console.error(`wrong way: ${from} → ${to} (${partOf(from)} may not import ${partOf(to)})`);
  }
  for (const cycle of cycles) console.error(`cycle: ${cycle.join(' ⇄ ')}`);
  console.log(`${wrong.length} wrong-way imports, ${cycles.length} import cycles`);
  if (wrong.length > 0 || cycles.length > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
