// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decide, featureSteps } from '../../../src/detect/detect-article';
import model from '../../../src/detect/detector-weights.json';
import * as f from '../../../src/detect/features';
import { runSteps } from '../../../src/shared/run-steps';
import { parsePage } from '../extract/load-page';

const names = [...f.HEAD_FEATURES, ...f.BODY_FEATURES];
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('the weights file, read by position', () => {
  it('lists one term per feature, in the order the features are computed', () => {
    expect(model.features).toHaveLength(names.length);
    // The means name exactly the features that have a term.
    const kept = names.filter((_, i) => model.features[i] !== null);
    expect(Object.keys(model.means)).toEqual(kept);
  });

  it('puts the cheap exit’s features where the scorer reads them', () => {
    expect(f.HEAD_FEATURES[f.LD_ARTICLE]).toBe('ldArticle');
    expect(f.HEAD_FEATURES[f.LD_OTHER]).toBe('ldOther');
    expect(f.HEAD_FEATURES[f.OG_ARTICLE]).toBe('ogArticle');
    expect(f.HEAD_FEATURES[f.OG_OTHER]).toBe('ogOther');
    expect(f.HEAD_FEATURES[f.WIKI]).toBe('wiki');
    expect(f.HEAD_FEATURES[f.URL_ROOT]).toBe('urlRoot');
  });

  it('scores from the offset what the centred model scores from the bias', () => {
    const url = 'https://example.com/2024/03/18/port-operator-wins-contract';
    const doc = parsePage(
      `<html><head><title>Port operator wins contract</title></head><body><article><h1>Port operator wins contract</h1><p>By Jane Doe, March 18, 2024</p>${'<p>A sentence of plain prose that goes on for a while. And another one follows it here.</p>'.repeat(6)}</article></body></html>`,
      url,
    );
    const { x, page, body } = runSteps(featureSteps(doc, url));
    const means = model.means as Record<string, number>;
    let z = model.bias;
    names.forEach((name, i) => {
      const term = model.features[i];
      if (!term) return;
      const [w, lo, hi] = term as [number, number, number];
      z += w * (Math.min(hi, Math.max(lo, x[name] ?? 0)) - (means[name] as number));
    });
    expect(decide(page, body).score).toBeCloseTo(sigmoid(z), 4);
  });
});
