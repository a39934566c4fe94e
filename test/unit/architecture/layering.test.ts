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

/**
 * Imports that went the wrong way on main when the check was written (issue #22), removed as
 * the redesign moves the shapes they need to `src/model/` and `src/shared/`. A new wrong-way
 * import fails the test, and so does an entry here that no longer occurs.
 */
const KNOWN_WRONG_WAY: readonly string[] = [
  'background/start-background.ts → page/injected-modules.ts',
  'detect/body-signals.ts → pipeline/bounded-walk.ts',
  'detect/detect-article.ts → pipeline/run-steps.ts',
  'detect/page-signals.ts → extract/meta-tags.ts',
  'detect/story-block.ts → pipeline/bounded-walk.ts',
  'export/stored-types.ts → store/schema.ts',
  'export/validate-backup.ts → messaging/result.ts',
  'extract/dense-block-content.ts → pipeline/run-steps.ts',
  'extract/find-page-authors.ts → pipeline/run-steps.ts',
  'extract/plan-article.ts → pipeline/run-steps.ts',
  'extract/plan-article.ts → pipeline/bounded-walk.ts',
  'extract/read-metadata.ts → pipeline/run-steps.ts',
  'extract/trailing-boilerplate.ts → pipeline/run-steps.ts',
  'messaging/page-state.ts → detect/verdict.ts',
  'messaging/page-state.ts → extract/article-metadata.ts',
  'messaging/page-state.ts → annotate/figure.ts',
  'messaging/page-state.ts → annotate/project.ts',
  'messaging/page-state.ts → extract/plan-addresses.ts',
  'messaging/protocol.ts → background/save-clipping.ts',
  'messaging/protocol.ts → store/schema.ts',
  'messaging/protocol.ts → extract/plan-addresses.ts',
  'messaging/protocol.ts → page/injected-modules.ts',
  'messaging/toolbar-action.ts → store/schema.ts',
  'page/page-controller.ts → store/page-preferences.ts',
  'page/reader-view-options.ts → store/reader-look.ts',
  'page/reader-view.ts → store/reader-look.ts',
  'page/user-highlights/annotation-store.ts → store/schema.ts',
  'page/user-highlights/paint-boxes.ts → store/schema.ts',
  'page/user-highlights/selection-toolbar.ts → store/schema.ts',
  'page/user-highlights/user-highlights.ts → store/schema.ts',
  'store/clipping-from-draft.ts → messaging/page-state.ts',
  'store/import-backup.ts → messaging/result.ts',
  'store/storage-error.ts → messaging/result.ts',
  'ui/popup/save-form.tsx → background/save-clipping.ts',
  'ui/shared/highlight-colours.ts → store/schema.ts',
];
/** Import cycles on main when the check was written, likewise. */
const KNOWN_CYCLES: readonly string[] = [
  'annotate/figures/match-figure.ts ⇄ annotate/figures/plausible-quantity.ts',
  'page/article-session.ts ⇄ page/clipping-draft.ts ⇄ page/injected-modules.ts',
  'background/save-clipping.ts ⇄ messaging/envelope.ts ⇄ messaging/protocol.ts ⇄ messaging/send.ts',
];

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
    expect(wrong).toEqual(KNOWN_WRONG_WAY);
  });

  it('has no import cycles', () => {
    expect(importCycles(edges).map((cycle) => cycle.join(' ⇄ '))).toEqual(KNOWN_CYCLES);
  });
});
