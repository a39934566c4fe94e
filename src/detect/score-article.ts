/**
 * The detector's decision: "is this a news article?" A logistic model over the features of
 * `features.ts` with boosted decision stumps on top (per feature a weight and a step function,
 * summed into log-odds), fitted offline on the labelled development pages (`npm run
 * fit:detector`, written to `detector-weights.json`). Cheap signals come first: what the page
 * declares in <head> and what its URL looks like. When no body could move the answer across the line (a front page that
 * declares nothing; a page that declares everything), the body is never read; otherwise bounded
 * walks of the body add their features and the sum decides. The words of the reasons are in
 * `explain-verdict.ts`, which the content script does not load; `detect-article.ts` puts both
 * together.
 */
import { bodySignalSteps, type BodySignals } from './body-signals';
// Named, not the default: the content script's bundle then leaves out what it does not read
// (the means, which only the reasons need).
import {
  borderline,
  features,
  headOffset,
  means,
  offset,
  threshold,
} from './detector-weights.json';
import {
  BODY_FEATURES,
  bodyFeatures,
  bodyValues,
  HEAD_FEATURES,
  headFeatures,
  headValues,
  LD_ARTICLE,
  LD_OTHER,
  OG_ARTICLE,
  OG_OTHER,
  URL_ROOT,
  WIKI,
  type FeatureName,
  type FeatureVector,
  type HeadFeature,
} from './features';
import { jsonLdTypes, readPageSignals, type PageSignals } from './page-signals';
import type { ArticleVerdict } from '../model/verdict';

/**
 * Per feature, in the order of `HEAD_FEATURES` then `BODY_FEATURES` (null for a feature the fit
 * left out): a weight, the lowest and highest value seen on the development pages (the feature
 * is clamped to them), and optionally a step function from the stumps: cuts ascending and one
 * more value than cuts (the value from the cut below up to the next), centred on the
 * development pages. Listed by position, not by name, so the content script carries no
 * feature's name. The file's `offset` is the bias with every weight times its feature's
 * development mean taken off, so the sum of the terms from it is the centred model's log-odds
 * without reading the means (`headOffset`: the head's features alone, the body counting as
 * typical).
 */
type Term = [number, number, number, number[]?, number[]?] | null;
const terms = features as unknown as Term[];
const logit = (p: number) => Math.log(p / (1 - p));
const CUT = logit(threshold);
const BORDER = logit(borderline);

/** The term of the feature at `i`, uncentred. */
function term(i: number, value: number): number {
  const t = terms[i];
  if (!t) return 0;
  const [w, lo, hi, cuts = [], values = []] = t;
  let k = 0;
  while (k < cuts.length && value >= (cuts[k] as number)) k++;
  return w * Math.min(hi, Math.max(lo, value)) + (values[k] ?? 0);
}

function sum(values: number[]): number {
  let s = 0;
  values.forEach((value, i) => (s += term(i, value)));
  return s;
}

/**
 * The cheap exit: a site's front page, or a page that declares itself something else (a
 * product, a profile, a video…), and says nothing of an article; or a page made by wiki
 * software (reference entries, whatever type they declare). One development page in 30 answered
 * here is an article (a story declaring og:type video.other; `npm run fit:detector` prints the
 * count), so the body is never read and the model is fitted on the other pages only. `x`: the
 * values of `headValues`.
 */
function exits(x: number[]): boolean {
  const at = (i: number) => x[i] as number;
  return (
    (at(URL_ROOT) + at(LD_OTHER) + at(OG_OTHER) > 0 && at(LD_ARTICLE) + at(OG_ARTICLE) === 0) ||
    at(WIKI) === 1
  );
}

/** The cheap exit's rule over the head's named features (for the benchmark and the fit). */
export const answeredByHead = (x: Record<HeadFeature, number>): boolean =>
  exits(HEAD_FEATURES.map((name) => x[name]));

/** The features that can answer from <head>: named first among the reasons when they do. */
const EXIT_FEATURES: readonly HeadFeature[] = ['wiki', 'urlRoot', 'ldOther', 'ogOther'];

/** What the detector decided, and the evidence the reasons are worded from. */
export interface Decision {
  isArticle: boolean;
  /** The model's probability that the page is an article, 0..1. */
  score: number;
  borderline: boolean;
  /** The features' values the score was summed from, by position (only the head's on the exit). */
  values: number[];
  page: PageSignals;
  body: BodySignals | null;
}

function decision(
  score: number,
  values: number[],
  page: PageSignals,
  body: BodySignals | null,
): Decision {
  return {
    isArticle: score >= CUT,
    score: 1 / (1 + Math.exp(-score)),
    borderline: score < CUT && score >= BORDER,
    values,
    page,
    body,
  };
}

/**
 * Each feature's effect on the score against a typical development page (its term less its
 * weight times its development mean), largest first; on the cheap exit the rule that answered
 * first. Only the reasons need these, so the content script, which decides without them, does
 * not carry this code nor the means.
 */
export function effectsOf(d: Decision): Array<[FeatureName, number]> {
  const names: FeatureName[] = [...HEAD_FEATURES, ...BODY_FEATURES];
  const mean = means as Partial<Record<FeatureName, number>>;
  const effects = d.values
    .map((value, i): [FeatureName, number] => {
      const name = names[i] as FeatureName;
      return [name, term(i, value) - (terms[i]?.[0] ?? 0) * (mean[name] ?? 0)];
    })
    .filter(([, effect]) => Math.abs(effect) >= 0.05)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  if (d.body !== null) return effects;
  const causes = EXIT_FEATURES.filter((name) => d.values[HEAD_FEATURES.indexOf(name)] === 1);
  return [
    ...causes.map((name): [FeatureName, number] => [name, -1]),
    ...effects.filter(([name]) => !causes.includes(name as HeadFeature)),
  ];
}

/** The body's signals, once the head's are read (null: a document without a body). */
function* bodySteps(doc: Document, page: PageSignals): Generator<void, BodySignals | null> {
  const body = doc.body;
  if (body === null) return null;
  if (page.jsonLdArticle === null && page.jsonLdOther === null) {
    // Some CMSs put JSON-LD at the end of the body.
    const inBody = jsonLdTypes(body);
    page.jsonLdArticle = inBody.article;
    page.jsonLdOther = inBody.other;
  }
  const titles = [doc.title, page.ogTitle ?? ''];
  yield;
  return yield* bodySignalSteps(body, titles);
}

/** The feature vector of `doc`, in full (no early answer): for fitting and for `analyze`. */
export function* featureSteps(
  doc: Document,
  url?: string,
): Generator<void, { x: FeatureVector; page: PageSignals; body: BodySignals | null }> {
  const page = readPageSignals(doc, url);
  const body = yield* bodySteps(doc, page);
  return { x: { ...headFeatures(page), ...(body && bodyFeatures(body)) }, page, body };
}

/**
 * The decision from what the detector read: the page's signals, and the body's, or null when
 * the cheap exit answered from <head> alone (the body is then never read).
 */
export function decide(page: PageSignals, body: BodySignals | null): Decision {
  const head = headValues(page);
  if (body === null) {
    // The body is not read: it counts as a typical page's (0, the values being centred). The
    // rule decided, so the score stays below the offer and the rule comes first in the reasons
    // (`effectsOf`).
    const d = decision(Math.min(headOffset + sum(head), BORDER - 1), head, page, null);
    return { ...d, isArticle: false, borderline: false };
  }
  const values = [...head, ...bodyValues(body)];
  return decision(offset + sum(values), values, page, body);
}

/** The decision in steps, each one walk of the page at most (the content script yields between). */
export function* decideSteps(doc: Document, url?: string): Generator<void, Decision | null> {
  if (doc.body === null || doc.documentElement === null) return null;
  const page = readPageSignals(doc, url);
  if (exits(headValues(page))) return decide(page, null);
  yield;
  return decide(page, yield* bodySteps(doc, page));
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
