/**
 * The detector's decision: "is this a news article?" A logistic model over the features of
 * `features.ts` with boosted decision stumps on top (per feature a weight and a step function,
 * summed into log-odds), fitted offline on the labelled development pages (`npm run fit:detector`, written to `detector-weights.json`). Cheap signals come first: what the page declares in <head> and what
 * its URL looks like. When no body could move the answer across the line (a front page that
 * declares nothing; a page that declares everything), the body is never read; otherwise bounded
 * walks of the body add their features and the sum decides. The words of the reasons are in
 * `explain-verdict.ts`, which the content script does not load; `detect-article.ts` puts both
 * together.
 */
import { bodySignalSteps, type BodySignals } from './body-signals';
import model from './detector-weights.json';
import {
  BODY_FEATURES,
  bodyFeatures,
  HEAD_FEATURES,
  headFeatures,
  type FeatureName,
  type HeadFeature,
  type FeatureVector,
} from './features';
import { jsonLdTypes, readPageSignals, type PageSignals } from './page-signals';
import type { ArticleVerdict } from './verdict';

/**
 * Per feature: a weight, its development mean, the lowest and highest value seen there (the
 * feature is clamped to them), and optionally a step function from the stumps: cuts ascending
 * and one more value than cuts (the value from the cut below up to the next). Both parts are
 * centred on the development pages, so their sum is the feature's effect against a typical
 * page. Features the fit left out are absent.
 */
type Term = [number, number, number, number, number[]?, number[]?];
const terms = model.features as unknown as Partial<Record<FeatureName, Term>>;
const logit = (p: number) => Math.log(p / (1 - p));
const CUT = logit(model.threshold);
const BORDER = logit(model.borderline);

/** A feature's share of the score, against a typical development page. */
function contribution(name: FeatureName, value: number): number {
  const term = terms[name];
  if (term === undefined) return 0;
  const [w, mean, lo, hi, cuts = [], values = []] = term;
  let k = 0;
  while (k < cuts.length && value >= (cuts[k] as number)) k++;
  return w * (Math.min(hi, Math.max(lo, value)) - mean) + (values[k] ?? 0);
}

function sum(x: FeatureVector): number {
  let s = 0;
  for (const name of Object.keys(x) as FeatureName[]) s += contribution(name, x[name] ?? 0);
  return s;
}

/**
 * The cheap exit: a site's front page, or a page that declares itself something else (a
 * product, a profile, a video…), and says nothing of an article; or a page made by wiki
 * software (reference entries, whatever type they declare). One development page in 30 answered
 * here is an article (a story declaring og:type video.other; `npm run fit:detector` prints the
 * count), so the body is never read and the model is fitted on the other pages only.
 */
export function answeredByHead(x: Record<HeadFeature, number>): boolean {
  return (x.urlRoot + x.ldOther + x.ogOther > 0 && x.ldArticle + x.ogArticle === 0) || x.wiki === 1;
}

/** The features that can answer from <head>: named first among the reasons when they do. */
const EXIT_FEATURES: readonly HeadFeature[] = ['wiki', 'urlRoot', 'ldOther', 'ogOther'];

/** What the detector decided, and the evidence the reasons are worded from. */
export interface Decision {
  isArticle: boolean;
  /** The model's probability that the page is an article, 0..1. */
  score: number;
  borderline: boolean;
  /** Each feature's effect on the score against a typical development page, largest first. */
  effects: Array<[FeatureName, number]>;
  page: PageSignals;
  body: BodySignals | null;
}

function decision(
  score: number,
  x: FeatureVector,
  page: PageSignals,
  body: BodySignals | null,
): Decision {
  const effects = (Object.keys(x) as FeatureName[])
    .map((name): [FeatureName, number] => [name, contribution(name, x[name] ?? 0)])
    .filter(([, effect]) => Math.abs(effect) >= 0.05)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return {
    isArticle: score >= CUT,
    score: 1 / (1 + Math.exp(-score)),
    borderline: score < CUT && score >= BORDER,
    effects,
    page,
    body,
  };
}

/** The feature vector of `doc`, in full (no early answer): for fitting and for `analyze`. */
export function* featureSteps(
  doc: Document,
  url?: string,
  page: PageSignals = readPageSignals(doc, url),
): Generator<void, { x: FeatureVector; page: PageSignals; body: BodySignals | null }> {
  const body = doc.body;
  if (body === null) return { x: headFeatures(page), page, body: null };
  if (page.jsonLdArticle === null && page.jsonLdOther === null) {
    // Some CMSs put JSON-LD at the end of the body.
    const inBody = jsonLdTypes(body);
    page.jsonLdArticle = inBody.article;
    page.jsonLdOther = inBody.other;
  }
  const titles = [doc.title, page.ogTitle ?? ''];
  yield;
  const b = yield* bodySignalSteps(body, titles);
  return { x: { ...headFeatures(page), ...bodyFeatures(b) }, page, body: b };
}

/**
 * The decision from what the detector read: the page's signals, and the body's, or null when
 * the cheap exit answered from <head> alone (the body is then never read).
 */
export function decide(page: PageSignals, body: BodySignals | null): Decision {
  const head = headFeatures(page);
  if (body === null) {
    // The body is not read: it counts as a typical page's (0, the values being centred). The
    // rule decided, so the score stays below the offer and the rule comes first in the reasons.
    const d = decision(Math.min(model.bias + sum(head), BORDER - 1), head, page, null);
    const causes = EXIT_FEATURES.filter((name) => head[name] === 1);
    const effects: Array<[FeatureName, number]> = [
      ...causes.map((name): [FeatureName, number] => [name, -1]),
      ...d.effects.filter(([name]) => !causes.includes(name as HeadFeature)),
    ];
    return { ...d, isArticle: false, borderline: false, effects };
  }
  const x = { ...head, ...bodyFeatures(body) };
  return decision(model.bias + sum(x), x, page, body);
}

/** The decision in steps, each one walk of the page at most (the content script yields between). */
export function* decideSteps(doc: Document, url?: string): Generator<void, Decision | null> {
  if (doc.body === null || doc.documentElement === null) return null;
  const page = readPageSignals(doc, url);
  if (answeredByHead(headFeatures(page))) return decide(page, null);
  yield;
  const { body } = yield* featureSteps(doc, url, page);
  return decide(page, body);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The verdict of a decision (null: a document without a body), with the reasons given. */
export function toVerdict(d: Decision | null, reasons: string[]): ArticleVerdict {
  if (d === null)
    return {
      isArticle: false,
      confidence: 0.99,
      reasons: ['no body'],
      score: 0,
      borderline: false,
    };
  return {
    isArticle: d.isArticle,
    confidence: round(d.isArticle ? d.score : 1 - d.score),
    reasons,
    score: round(d.score),
    borderline: d.borderline,
  };
}

/**
 * The verdict in steps, its reasons left to be worded when someone reads them
 * (`detect-article.ts` `withReasons`): what the content script runs on every page.
 */
export function* verdictSteps(doc: Document, url?: string): Generator<void, ArticleVerdict> {
  return toVerdict(yield* decideSteps(doc, url), []);
}

/** The names of all features, in the order the weights file lists them. */
export const FEATURE_NAMES: readonly FeatureName[] = [...HEAD_FEATURES, ...BODY_FEATURES];
