// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { paintHighlights } from '../../../src/page/extras/paint-highlights';
import { liveCopy, staticRange, withLive } from '../../../src/page/shared/static-range';
import { buildTextIndex } from '../../../src/page/shared/text-index';

/** A stand-in for the CSS Custom Highlight API (jsdom has none). */
class FakeHighlight {
  readonly ranges = new Set<AbstractRange>();
  constructor(...ranges: AbstractRange[]) {
    for (const r of ranges) this.ranges.add(r);
  }
  add(r: AbstractRange) {
    this.ranges.add(r);
  }
  delete(r: AbstractRange) {
    return this.ranges.delete(r);
  }
  get size() {
    return this.ranges.size;
  }
}
const w = window as unknown as {
  CSS?: { highlights?: Map<string, FakeHighlight> };
  Highlight?: unknown;
};

afterEach(() => {
  delete w.Highlight;
  if (w.CSS) delete w.CSS.highlights;
});

describe('highlights as fixed points', () => {
  it('registers StaticRanges, never live Ranges (the browser updates those on every DOM change), and undo removes them', () => {
    document.body.innerHTML = '<p>Revenue rose 12% to $5 billion.</p>';
    const registry = new Map<string, FakeHighlight>();
    w.CSS = Object.assign(w.CSS ?? {}, { highlights: registry });
    w.Highlight = FakeHighlight;
    const index = buildTextIndex([document.body], new Set());
    const at = index.text.indexOf('12%');
    const painted = paintHighlights(document, [
      { range: index.rangeOf(at, at + 3) as Range, name: 'ra-percent' },
    ]);
    expect(painted.method).toBe('highlight-api');
    const registered = [...(registry.get('ra-percent')?.ranges ?? [])];
    expect(registered).toHaveLength(1);
    expect(registered[0]).toBeInstanceOf(StaticRange);
    expect(registered[0]).not.toBeInstanceOf(Range);
    expect(painted.ranges[0]).toBe(registered[0]);
    painted.undo();
    expect(registry.has('ra-percent')).toBe(false);
  });

  it('a fixed highlight stays on its text when the page inserts and removes nodes around it', () => {
    document.body.innerHTML = '<div><p>Revenue rose 12% to $5 billion.</p></div>';
    const index = buildTextIndex([document.body], new Set());
    const at = index.text.indexOf('12%');
    const fixed = staticRange(
      document,
      index.pointsOf(at, at + 3) as NonNullable<ReturnType<typeof index.pointsOf>>,
    );
    expect(fixed).toBeInstanceOf(StaticRange);
    const div = document.querySelector('div') as Element;
    div.prepend(document.createElement('p'));
    div.append(document.createElement('p'));
    div.firstElementChild?.remove();
    expect(liveCopy(document, fixed as AbstractRange)?.toString()).toBe('12%');
  });

  it('hit-testing thousands of fixed highlights reuses one live Range', () => {
    document.body.innerHTML = '<p>Revenue rose 12% and costs fell 4%.</p>';
    const index = buildTextIndex([document.body], new Set());
    const fixed = ['12%', '4%'].map((s) => {
      const at = index.text.indexOf(s);
      return staticRange(
        document,
        index.pointsOf(at, at + s.length) as NonNullable<ReturnType<typeof index.pointsOf>>,
      ) as AbstractRange;
    });
    const seen = fixed.map((r) =>
      withLive(document, r, (live) => ({ live, text: live.toString() })),
    );
    expect(seen.map((s) => s?.text)).toEqual(['12%', '4%']);
    expect(seen[0]?.live).toBe(seen[1]?.live);
    // Points the page's edits made invalid give null, not an exception.
    (document.querySelector('p')?.firstChild as Text).data = 'x';
    expect(withLive(document, fixed[1] as AbstractRange, (live) => live.toString())).toBeNull();
  });
});
