// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countUpTo, firstOf } from '../../../src/shared/bounded-walk';

describe('bounded walks over live collections', () => {
  document.body.innerHTML = `<div id="a">${'<p>x</p>'.repeat(12)}</div><div id="b"><p>y</p></div>`;
  const a = document.getElementById('a') as Element;

  it('lists the first n elements in document order, or all when there are fewer', () => {
    expect(firstOf(document, 'p', 3).map((p) => p.textContent)).toEqual(['x', 'x', 'x']);
    expect(firstOf(document, 'p', 100)).toHaveLength(13);
    expect(firstOf(a, 'section', 5)).toEqual([]);
  });

  it('counts exactly up to the cap, and says "more" as cap + 1', () => {
    expect(countUpTo(a, 'p', 20)).toBe(12);
    expect(countUpTo(a, 'p', 12)).toBe(12);
    expect(countUpTo(a, 'p', 11)).toBe(12);
    expect(countUpTo(a, 'p', 5)).toBe(6);
    expect(countUpTo(document.body, '*', 3)).toBe(4);
  });
});
