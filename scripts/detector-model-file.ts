/**
 * The layout of src/detect/detector-weights.json, from the fitted terms (each a weight, the
 * development mean, the lowest and highest value seen, and optionally the stumps' steps). The
 * means only centre each feature's effect for the reasons, which the content script never
 * words: they go in a top-level `means` of their own, which the detector's bundle leaves out
 * (a JSON file's top-level keys are separate exports to the bundler), and the score starts
 * from `offset`, the bias with every weighted mean taken off, or `headOffset` when the cheap
 * exit answers and the body counts as a typical page's. The terms are listed by position (the
 * order of HEAD_FEATURES then BODY_FEATURES, null for a feature the fit left out), so the
 * bundle carries no feature's name either; `means` names the features the fit kept. Same
 * log-odds, fewer bytes on every page.
 */
import { BODY_FEATURES, HEAD_FEATURES, type FeatureName } from '../src/detect/features';

/** A fitted term as the fit computes it: weight, mean, lowest, highest, then cuts and steps. */
export type FittedTerm = number[] | [number, number, number, number, number[], number[]];

export interface DetectorModelFile {
  bias: number;
  offset: number;
  headOffset: number;
  threshold: number;
  borderline: number;
  /** Per feature, by position: weight, lowest, highest, then optionally cuts and steps. */
  features: Array<Array<number | number[]> | null>;
  means: Record<string, number>;
}

// Enough digits that the sum stays the centred one to well below the scores' rounding.
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function detectorModelFile(
  bias: number,
  threshold: number,
  borderline: number,
  fitted: Record<string, FittedTerm>,
): DetectorModelFile {
  const head = new Set<string>(HEAD_FEATURES);
  const names: FeatureName[] = [...HEAD_FEATURES, ...BODY_FEATURES];
  const unknown = Object.keys(fitted).filter((name) => !names.includes(name as FeatureName));
  if (unknown.length > 0) throw new Error(`not a feature: ${unknown.join(', ')}`);
  const features: DetectorModelFile['features'] = names.map(() => null);
  const means: Record<string, number> = {};
  let offset = bias;
  let headOffset = bias;
  for (const [name, [w, mean, ...rest]] of Object.entries(fitted) as Array<
    [FeatureName, FittedTerm]
  >) {
    features[names.indexOf(name)] = [w as number, ...rest];
    means[name] = mean as number;
    offset -= (w as number) * (mean as number);
    if (head.has(name)) headOffset -= (w as number) * (mean as number);
  }
  return {
    bias,
    offset: round6(offset),
    headOffset: round6(headOffset),
    threshold,
    borderline,
    features,
    means,
  };
}
