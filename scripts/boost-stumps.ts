/**
 * Gradient-boosted decision stumps for a yes/no question (logistic loss, Newton steps), as
 * Chromium's DOM Distiller fits its "is this page distillable?" model. A sum of stumps is a sum
 * of one step function per feature, so the model stays additive: each feature's share of the
 * score can be told to the reader on its own. Used by `fit-detector.ts`; pure, no file access.
 */

/** One stump: `left` when the feature is below `cut`, `right` when it is at or above it. */
export interface Stump {
  feature: number;
  cut: number;
  left: number;
  right: number;
}

export interface BoostOptions {
  rounds: number;
  /** Shrinkage: each stump adds this share of its Newton step. */
  rate: number;
  /** L2 penalty on each leaf's value (in the Newton step's denominator). */
  lambda: number;
  /** Per feature: 1 the score may only rise with it, -1 only fall, 0 free. */
  signs: number[];
  /** Least summed weight (hessian) on each side of a cut. */
  minLeaf: number;
  /** Rounds after which to report the scores (for choosing the number of rounds). */
  checkpoints?: number[];
  /** Scores (log-odds) to start from instead of a constant: boosting on top of another model. */
  init?: number[];
  /** The same, for the examples scored at the checkpoints. */
  evalInit?: number[];
}

export interface Boosted {
  bias: number;
  stumps: Stump[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Candidate cuts of a feature: midpoints between neighbouring distinct values, at most `max`. */
export function cutsOf(values: number[], max = 48): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const mids: number[] = [];
  for (let i = 1; i < distinct.length; i++) mids.push((distinct[i - 1]! + distinct[i]!) / 2);
  if (mids.length <= max) return mids;
  return Array.from({ length: max }, (_, k) => mids[Math.floor(((k + 0.5) * mids.length) / max)]!);
}

export const stumpValue = (s: Stump, row: number[]) =>
  row[s.feature]! >= s.cut ? s.right : s.left;

export function scoreOf(model: Boosted, row: number[]): number {
  let z = model.bias;
  for (const s of model.stumps) z += stumpValue(s, row);
  return z;
}

/**
 * Fits the stumps; `w` weighs each example. Returns the model, and the scores of `evalX` after
 * each checkpoint round (for out-of-fold choice of the number of rounds).
 */
export function boostStumps(
  X: number[][],
  y: number[],
  w: number[],
  opts: BoostOptions,
  evalX: number[][] = [],
): { model: Boosted; scores: Map<number, number[]> } {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const total = w.reduce((a, b) => a + b, 0);
  const positive = w.reduce((a, b, i) => a + b * y[i]!, 0) / total;
  const bias = opts.init ? 0 : Math.log(positive / (1 - positive));
  const z = opts.init ? [...opts.init] : Array<number>(n).fill(bias);
  const evalZ = evalX.map((_, i) => opts.evalInit?.[i] ?? bias);
  const scores = new Map<number, number[]>();
  if (opts.checkpoints?.includes(0)) scores.set(0, [...evalZ]);
  const cuts = Array.from({ length: d }, (_, j) => cutsOf(X.map((row) => row[j]!)));
  // Each example's bin (how many cuts it is at or above), per feature: found once.
  const bins = cuts.map((cs, j) =>
    X.map((row) => {
      let k = 0;
      while (k < cs.length && row[j]! >= cs[k]!) k++;
      return k;
    }),
  );
  const stumps: Stump[] = [];
  const g = Array<number>(n);
  const h = Array<number>(n);
  for (let round = 1; round <= opts.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(z[i]!);
      g[i] = w[i]! * (p - y[i]!);
      h[i] = w[i]! * p * (1 - p);
    }
    let best: (Stump & { gain: number }) | null = null;
    for (let j = 0; j < d; j++) {
      const cs = cuts[j]!;
      if (cs.length === 0) continue;
      // Sums of g and h below each cut.
      const gBelow = Array<number>(cs.length + 1).fill(0);
      const hBelow = Array<number>(cs.length + 1).fill(0);
      const bin = bins[j]!;
      for (let i = 0; i < n; i++) {
        const k = bin[i]!;
        gBelow[k]! += g[i]!;
        hBelow[k]! += h[i]!;
      }
      let gl = 0;
      let hl = 0;
      const G = gBelow.reduce((a, b) => a + b, 0);
      const H = hBelow.reduce((a, b) => a + b, 0);
      for (let k = 0; k < cs.length; k++) {
        gl += gBelow[k]!;
        hl += hBelow[k]!;
        const gr = G - gl;
        const hr = H - hl;
        if (hl < opts.minLeaf || hr < opts.minLeaf) continue;
        const left = -gl / (hl + opts.lambda);
        const right = -gr / (hr + opts.lambda);
        if (opts.signs[j]! * (right - left) < 0) continue;
        const gain =
          (gl * gl) / (hl + opts.lambda) +
          (gr * gr) / (hr + opts.lambda) -
          (G * G) / (H + opts.lambda);
        if (best === null || gain > best.gain)
          best = {
            feature: j,
            cut: cs[k]!,
            left: left * opts.rate,
            right: right * opts.rate,
            gain,
          };
      }
    }
    if (best === null) break;
    const stump: Stump = {
      feature: best.feature,
      cut: best.cut,
      left: best.left,
      right: best.right,
    };
    stumps.push(stump);
    for (let i = 0; i < n; i++) z[i]! += stumpValue(stump, X[i]!);
    evalX.forEach((row, i) => (evalZ[i]! += stumpValue(stump, row)));
    if (opts.checkpoints?.includes(round)) scores.set(round, [...evalZ]);
  }
  // Stopped early (no cut left that helps): later checkpoints score as the last round did.
  for (const round of opts.checkpoints ?? []) if (!scores.has(round)) scores.set(round, [...evalZ]);
  return { model: { bias, stumps }, scores };
}

/**
 * The stumps of one feature merged into one step function: `cuts` ascending, `values` one more
 * than the cuts (values[k] applies from cuts[k-1] up to cuts[k]).
 */
export function stepsOf(stumps: Stump[], feature: number): { cuts: number[]; values: number[] } {
  const mine = stumps.filter((s) => s.feature === feature);
  const cuts = [...new Set(mine.map((s) => s.cut))].sort((a, b) => a - b);
  const at = (x: number) => mine.reduce((sum, s) => sum + (x >= s.cut ? s.right : s.left), 0);
  const values = [at(-Infinity), ...cuts.map((c) => at(c))];
  return { cuts, values };
}
