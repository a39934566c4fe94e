import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAY_IMPORT,
  importCycles,
  partOf,
  wrongWayImports,
} from '../../../scripts/check-architecture';
import { readImportGraph } from '../../../scripts/import-graph';

const SRC = join(__dirname, '../../../src');

describe('the layering', () => {
  it('has no loop of its own: every part sits on the parts it may import', () => {
    const edges = Object.entries(MAY_IMPORT).flatMap(([part, below]) =>
      below.map((to) => ({ from: `${part}/a.ts`, to: `${to}/a.ts` })),
    );
    expect(importCycles(edges)).toEqual([]);
    for (const below of Object.values(MAY_IMPORT)) {
      for (const part of below) expect(MAY_IMPORT).toHaveProperty([part]);
    }
  });

  it('flags an import that runs back up, and allows one down', () => {
    const down = { from: 'page/paint.ts', to: 'model/figure.ts' };
    const up = { from: 'messaging/protocol.ts', to: 'background/save-clipping.ts' };
    const sideways = { from: 'page/a.ts', to: 'ui/shared/colours.ts' };
    expect(wrongWayImports([down, up, sideways])).toEqual([up]);
    expect(partOf('ui/shared/colours.ts')).toBe('ui/shared');
    expect(partOf('ui/popup/app.tsx')).toBe('ui');
  });

  it('finds a cycle of files, direct or round a loop', () => {
    const loop = [
      { from: 'page/a.ts', to: 'page/b.ts' },
      { from: 'page/b.ts', to: 'page/c.ts' },
      { from: 'page/c.ts', to: 'page/a.ts' },
      { from: 'page/c.ts', to: 'model/d.ts' },
    ];
    expect(importCycles(loop)).toEqual([['page/a.ts', 'page/b.ts', 'page/c.ts']]);
    expect(importCycles(loop.slice(1))).toEqual([]);
  });
});

describe('src/', () => {
  const edges = readImportGraph(SRC);

  it('reads real imports, type-only ones included', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: 'entries/popup.tsx', to: 'ui/popup/popup-app.tsx' });
  });

  it('imports only down the layering (docs/architecture.md)', () => {
    const wrong = wrongWayImports(edges).map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles(edges).map((cycle) => cycle.join(' ⇄ '))).toEqual([]);
  });
});
