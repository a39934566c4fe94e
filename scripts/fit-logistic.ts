/**
 * Weighted logistic regression with an L2 penalty, on standardised features, by projected
 * gradient descent (weights held to a sign stay at zero rather than cross it). Used by
 * `fit-detector.ts` for the linear part of the detector; pure, no file access.
 */

export interface Scale {
  mean: number[];
  sd: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function scaleOf(X: number[][]): Scale {
  const d = X[0]?.length ?? 0;
  const mean = Array<number>(d).fill(0);
  const sd = Array<number>(d).fill(0);
  for (const row of X) row.forEach((v, j) => (mean[j]! += v / X.length));
  for (const row of X) row.forEach((v, j) => (sd[j]! += (v - mean[j]!) ** 2 / X.length));
  return { mean, sd: sd.map((v) => (v > 1e-9 ? Math.sqrt(v) : 1)) };
}

export const standardise = (X: number[][], k: Scale) =>
  X.map((row) => row.map((v, j) => (v - k.mean[j]!) / k.sd[j]!));

/** Returns [bias, ...weights] on the standardised scale. */
export function fitLogistic(
  X: number[][],
  y: number[],
  w: number[],
  lambda: number,
  signs: number[],
): number[] {
  const d = X[0]?.length ?? 0;
  const beta = Array<number>(d + 1).fill(0);
  const total = w.reduce((a, b) => a + b, 0);
  const rate = 0.5;
  for (let iter = 0; iter < 3000; iter++) {
    const grad = Array<number>(d + 1).fill(0);
    for (let i = 0; i < X.length; i++) {
      const row = X[i]!;
      let z = beta[0]!;
      for (let j = 0; j < d; j++) z += beta[j + 1]! * row[j]!;
      const g = (w[i]! * (sigmoid(z) - y[i]!)) / total;
      grad[0]! += g;
      for (let j = 0; j < d; j++) grad[j + 1]! += g * row[j]!;
    }
    for (let j = 1; j <= d; j++) grad[j]! += lambda * beta[j]!;
    for (let j = 0; j <= d; j++) beta[j]! -= rate * grad[j]!;
    for (let j = 0; j < d; j++) if (beta[j + 1]! * signs[j]! < 0) beta[j + 1] = 0;
  }
  return beta;
}

export const marginOf = (beta: number[], row: number[]) =>
  row.reduce((z, v, j) => z + beta[j + 1]! * v, beta[0]!);
