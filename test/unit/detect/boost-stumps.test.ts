// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { boostStumps, cutsOf, scoreOf, stepsOf } from '../../../scripts/boost-stumps';

const options = { rounds: 100, rate: 0.3, lambda: 1, minLeaf: 1, signs: [0, 0] };

describe('boosted stumps', () => {
  it('learns a threshold on the one feature that tells the classes apart', () => {
    // Feature 0 decides (articles have 5+ paragraphs); feature 1 is noise.
    const X = Array.from({ length: 40 }, (_, i) => [i % 10, (i * 7) % 3]);
    const y = X.map(([paragraphs]) => (paragraphs! >= 5 ? 1 : 0));
    const { model } = boostStumps(
      X,
      y,
      y.map(() => 1),
      options,
    );
    for (const [i, row] of X.entries()) expect(scoreOf(model, row) > 0).toBe(y[i] === 1);
    const { cuts, values } = stepsOf(model.stumps, 0);
    expect(cuts).toContain(4.5);
    expect(values[values.length - 1]).toBeGreaterThan(values[0]!);
    // Merged into a step function, the stumps score exactly as before.
    const merged = (row: number[]) =>
      model.bias +
      [0, 1].reduce((s, j) => {
        const st = stepsOf(model.stumps, j);
        return s + st.values[st.cuts.filter((c) => row[j]! >= c).length]!;
      }, 0);
    for (const row of X) expect(merged(row)).toBeCloseTo(scoreOf(model, row), 9);
  });

  it('keeps a feature held to one direction from arguing the other way', () => {
    // On this sample more of feature 0 goes with "no"; held to +1 it may not say so.
    const X = Array.from({ length: 20 }, (_, i) => [i]);
    const y = X.map(([v]) => (v! < 10 ? 1 : 0));
    const free = boostStumps(
      X,
      y,
      y.map(() => 1),
      { ...options, signs: [0] },
    ).model;
    const held = boostStumps(
      X,
      y,
      y.map(() => 1),
      { ...options, signs: [1] },
    ).model;
    expect(free.stumps.length).toBeGreaterThan(0);
    expect(held.stumps).toHaveLength(0);
  });

  it('offers cuts between distinct values only, at most the number asked for', () => {
    expect(cutsOf([1, 1, 2, 4])).toEqual([1.5, 3]);
    expect(
      cutsOf(
        Array.from({ length: 500 }, (_, i) => i),
        10,
      ),
    ).toHaveLength(10);
  });
});
