/**
 * `npm run fit:detector`: fits the article detector's weights on the DEVELOPMENT part of the
 * detection corpus and writes them to src/detect/detector-weights.json. The test part is never
 * read here.
 *
 * Model: logistic regression with an L2 penalty on standardised features, the two classes
 * weighed equally (there are fewer non-articles), the penalty chosen by cross-validation over
 * sites (a site's pages are all in one fold). The weights are written back on the features'
 * own scale with each feature's dev mean (the baseline the verdict's reasons are told against)
 * and the range seen on dev (the extension clamps to it, which also bounds what the body can
 * add, so the detector can answer from <head> alone when the body could not change it).
 */
import { writeFileSync } from 'node:fs';
import { featuresOf, loadDetectionSet, type FeaturedPage } from '../bench/detection/detection-set';
import { FEATURE_NAMES } from '../src/detect/detect-article';
import type { FeatureName } from '../src/detect/features';

const OUT = 'src/detect/detector-weights.json';
const LAMBDAS = [0.003, 0.01, 0.03, 0.1, 0.3];
const FOLDS = 5;
/** How far below the threshold (in log-odds) a page still gets the quiet offer. */
const BORDER_MARGIN = 1.5;

interface Data {
  X: number[][];
  y: number[];
  s: number[];
  sites: string[];
}

/**
 * The direction some features can only push in, whatever a small sample says: a date in the
 * address never argues against an article, a site's front page never for one. Weights that
 * would cross zero stay at zero (projected gradient descent). Features not listed are free.
 */
const SIGNS: Partial<Record<FeatureName, 1 | -1>> = {
  ldArticle: 1,
  ogArticle: 1,
  published: 1,
  authorMeta: 1,
  urlDate: 1,
  urlSlug: 1,
  urlId: 1,
  blockParagraphs: 1,
  blockChars: 1,
  blockSentences: 1,
  oneH1: 1,
  headline: 1,
  timeElement: 1,
  dateNearHeadline: 1,
  oneArticle: 1,
  byline: 1,
  textToMarkup: 1,
  ldOther: -1,
  ogWebsite: -1,
  ogOther: -1,
  wiki: -1,
  urlRoot: -1,
  urlListing: -1,
  teasers: -1,
  linkDensity: -1,
  manyArticles: -1,
};
const signs = FEATURE_NAMES.map((n) => SIGNS[n] ?? 0);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function toData(pages: FeaturedPage[]): Data {
  const positives = pages.filter((p) => p.label === 'article').length;
  const negatives = pages.length - positives;
  return {
    X: pages.map((p) => FEATURE_NAMES.map((n) => p.x[n] ?? 0)),
    y: pages.map((p) => (p.label === 'article' ? 1 : 0)),
    // Each class weighs half, whatever its size.
    s: pages.map((p) =>
      p.label === 'article' ? pages.length / (2 * positives) : pages.length / (2 * negatives),
    ),
    sites: pages.map((p) => p.site),
  };
}

interface Scale {
  mean: number[];
  sd: number[];
}

function scaleOf(X: number[][]): Scale {
  const d = X[0]?.length ?? 0;
  const mean = Array<number>(d).fill(0);
  const sd = Array<number>(d).fill(0);
  for (const row of X) row.forEach((v, j) => (mean[j]! += v / X.length));
  for (const row of X) row.forEach((v, j) => (sd[j]! += (v - mean[j]!) ** 2 / X.length));
  return { mean, sd: sd.map((v) => (v > 1e-9 ? Math.sqrt(v) : 1)) };
}

const standardise = (X: number[][], k: Scale) =>
  X.map((row) => row.map((v, j) => (v - k.mean[j]!) / k.sd[j]!));

/** Weighted logistic regression by gradient descent; returns [bias, ...weights]. */
function fit(X: number[][], y: number[], s: number[], lambda: number): number[] {
  const d = X[0]?.length ?? 0;
  const beta = Array<number>(d + 1).fill(0);
  const total = s.reduce((a, b) => a + b, 0);
  const rate = 0.5;
  for (let iter = 0; iter < 3000; iter++) {
    const grad = Array<number>(d + 1).fill(0);
    for (let i = 0; i < X.length; i++) {
      const row = X[i]!;
      let z = beta[0]!;
      for (let j = 0; j < d; j++) z += beta[j + 1]! * row[j]!;
      const g = (s[i]! * (sigmoid(z) - y[i]!)) / total;
      grad[0]! += g;
      for (let j = 0; j < d; j++) grad[j + 1]! += g * row[j]!;
    }
    for (let j = 1; j <= d; j++) grad[j]! += lambda * beta[j]!;
    for (let j = 0; j <= d; j++) beta[j]! -= rate * grad[j]!;
    for (let j = 0; j < d; j++) if (beta[j + 1]! * signs[j]! < 0) beta[j + 1] = 0;
  }
  return beta;
}

const predict = (beta: number[], row: number[]) =>
  sigmoid(row.reduce((z, v, j) => z + beta[j + 1]! * v, beta[0]!));

/** Out-of-fold probabilities, folds by site. */
function crossValidate(data: Data, lambda: number): number[] {
  const siteList = [...new Set(data.sites)].sort();
  // A fixed shuffle of sites into folds: the same folds for every lambda.
  const fold = new Map(siteList.map((site, i) => [site, (i * 7919) % FOLDS]));
  const out = Array<number>(data.y.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const train = data.sites.map((site) => fold.get(site) !== f);
    const Xtr = data.X.filter((_, i) => train[i]);
    const k = scaleOf(Xtr);
    const beta = fit(
      standardise(Xtr, k),
      data.y.filter((_, i) => train[i]),
      data.s.filter((_, i) => train[i]),
      lambda,
    );
    data.X.forEach((row, i) => {
      if (!train[i]) out[i] = predict(beta, standardise([row], k)[0]!);
    });
  }
  return out;
}

function logLoss(data: Data, p: number[]): number {
  let loss = 0;
  let total = 0;
  p.forEach((q, i) => {
    const clipped = Math.min(1 - 1e-6, Math.max(1e-6, q));
    loss -= data.s[i]! * (data.y[i] ? Math.log(clipped) : Math.log(1 - clipped));
    total += data.s[i]!;
  });
  return loss / total;
}

function rates(data: Data, p: number[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  p.forEach((q, i) => {
    if (data.y[i]) {
      pos++;
      if (q >= threshold) tp++;
    } else {
      neg++;
      if (q >= threshold) fp++;
    }
  });
  return { recall: tp / pos, fpr: fp / neg };
}

const all = featuresOf(loadDetectionSet('dev'));
// Pages the cheap exit answers from <head> alone never reach the model: fit it on the others.
const exits = all.filter((p) => p.signals.exit);
console.error(
  `cheap exit (front page or another declared type, no article declaration): ${exits.length} dev pages, ${exits.filter((p) => p.label === 'article').length} of them articles`,
);
const pages = all.filter((p) => !exits.includes(p));
const data = toData(pages);
console.error(
  `dev: ${pages.length} pages, ${data.y.filter(Boolean).length} articles, ${new Set(data.sites).size} sites`,
);

let best = { lambda: LAMBDAS[0]!, loss: Infinity, p: [] as number[] };
for (const lambda of LAMBDAS) {
  const p = crossValidate(data, lambda);
  const loss = logLoss(data, p);
  const r = rates(data, p, 0.5);
  console.error(
    `lambda ${lambda}: cv log-loss ${loss.toFixed(4)}, recall ${r.recall.toFixed(3)}, false positives ${(r.fpr * 100).toFixed(1)} %`,
  );
  if (loss < best.loss) best = { lambda, loss, p };
}

// The threshold that best balances the two errors out of fold (ties go to the one nearest 0.5).
let threshold = 0.5;
let bestError = Infinity;
for (let t = 0.2; t <= 0.8001; t += 0.05) {
  const r = rates(data, best.p, t);
  const error = 1 - r.recall + r.fpr + Math.abs(t - 0.5) * 1e-3;
  if (error < bestError) {
    bestError = error;
    threshold = Math.round(t * 100) / 100;
  }
}
const cv = rates(data, best.p, threshold);
console.error(
  `chosen lambda ${best.lambda}, threshold ${threshold}: cv recall ${cv.recall.toFixed(3)}, false positives ${(cv.fpr * 100).toFixed(1)} %`,
);

const k = scaleOf(data.X);
const beta = fit(standardise(data.X, k), data.y, data.s, best.lambda);
const round = (v: number) => Number(v.toPrecision(3));
let bias = beta[0]!;
const features: Record<string, [number, number, number, number]> = {};
FEATURE_NAMES.forEach((name, j) => {
  const w = beta[j + 1]! / k.sd[j]!;
  bias -= w * k.mean[j]!;
  const column = data.X.map((row) => row[j]!);
  features[name] = [round(w), round(k.mean[j]!), Math.min(...column), Math.max(...column)];
});
const borderline = sigmoid(Math.log(threshold / (1 - threshold)) - BORDER_MARGIN);
writeFileSync(
  OUT,
  JSON.stringify(
    {
      bias: round(bias),
      threshold,
      borderline: Number(borderline.toFixed(3)),
      features,
    },
    null,
    1,
  ) + '\n',
);
const ranked = FEATURE_NAMES.map((name, j) => [name, beta[j + 1]!] as const).sort(
  (a, b) => Math.abs(b[1]) - Math.abs(a[1]),
);
console.error('standardised weights, strongest first:');
for (const [name, w] of ranked) console.error(`  ${name.padEnd(18)} ${w.toFixed(3)}`);
console.error(`wrote ${OUT}`);
