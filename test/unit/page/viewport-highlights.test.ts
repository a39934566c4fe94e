// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { PaintItem } from '../../../src/page/extras/paint-highlights';
import { paintNearViewport } from '../../../src/page/extras/viewport-highlights';

/** The browser pieces the painter uses, faked: a highlight registry and an observer we drive. */
function fakeBrowser() {
  const registry = new Map<string, Set<AbstractRange>>();
  const observed: Element[] = [];
  let report: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => {};
  const w = window as unknown as Record<string, unknown>;
  w.Highlight = class extends Set<AbstractRange> {
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  };
  w.CSS = { highlights: registry };
  w.IntersectionObserver = class {
    constructor(callback: typeof report) {
      report = callback;
    }
    observe(el: Element) {
      observed.push(el);
    }
    disconnect() {
      observed.length = 0;
    }
  };
  const registered = () => [...registry.values()].reduce((n, set) => n + set.size, 0);
  return {
    observed,
    registered,
    show: (el: Element, on: boolean) => report([{ target: el, isIntersecting: on }]),
  };
}

afterEach(() => {
  const w = window as unknown as Record<string, unknown>;
  delete w.Highlight;
  delete w.CSS;
  delete w.IntersectionObserver;
});

function items(paragraphs: number, perParagraph: number): PaintItem[] {
  document.body.innerHTML = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${Array.from({ length: perParagraph }, (_, k) => `n${i}.${k}`).join(' ')}</p>`,
  ).join('');
  return Array.from(document.querySelectorAll('p')).flatMap((p) => {
    const text = p.firstChild as Text;
    return text.data.split(' ').map((word) => {
      const at = text.data.indexOf(word);
      return {
        range: new StaticRange({
          startContainer: text,
          startOffset: at,
          endContainer: text,
          endOffset: at + word.length,
        }),
        name: 'ra-money',
      };
    });
  });
}

describe('highlights registered near the viewport only', () => {
  it('registers a paragraph’s highlights when it comes near the viewport and drops them when it leaves', async () => {
    const fake = fakeBrowser();
    const all = items(50, 4);
    const painted = paintNearViewport(document, all);
    expect(painted?.method).toBe('highlight-api');
    expect(painted?.ranges).toHaveLength(200);
    for (let i = 0; i < 100 && fake.observed.length < 50; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(fake.observed).toHaveLength(50);
    expect(fake.registered()).toBe(0);
    const [first, second] = fake.observed as [Element, Element];
    fake.show(first, true);
    fake.show(second, true);
    expect(fake.registered()).toBe(8);
    fake.show(first, false);
    expect(fake.registered()).toBe(4);
    painted?.undo();
    expect(fake.registered()).toBe(0);
    expect(fake.observed).toHaveLength(0);
  });

  it('declines where there is no observer, and the caller paints everything', () => {
    expect(paintNearViewport(document, items(3, 2))).toBeNull();
  });
});
