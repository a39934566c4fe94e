/**
 * "Is this a news article?" The decision of `score-article.ts` with its reasons in words:
 * what `analyze`, the benchmark and the popup show. The content script decides with
 * `verdictSteps` alone, and the reasons are worded when someone asks (`withReasons`).
 */
import { sayInEnglish } from './english-messages';
import { explainDecision, type SayMessage } from './explain-verdict';
import { decideSteps, toVerdict, type Decision } from './score-article';
import { runSteps } from '../shared/run-steps';
import { BODY_FEATURES, HEAD_FEATURES, type FeatureName } from './features';
import type { ArticleVerdict } from '../model/verdict';

export { answeredByHead, decide, featureSteps } from './score-article';

/**
 * The names of all features, in the order the weights file lists them: for the fit. Here, not
 * in `features.ts`, so the content script (which never loads this module) does not carry them.
 */
export const FEATURE_NAMES: readonly FeatureName[] = [...HEAD_FEATURES, ...BODY_FEATURES];

/** The verdict of a decision, with its reasons worded by `say` (English by default). */
export function verdictOf(d: Decision | null, say: SayMessage = sayInEnglish): ArticleVerdict {
  return toVerdict(d, d === null ? [] : explainDecision(d, say));
}

/** Decides whether `doc` is a news article. `url` (the page address) sharpens the answer. */
export function detectArticle(
  doc: Document,
  url?: string,
  say: SayMessage = sayInEnglish,
): ArticleVerdict {
  return verdictOf(runSteps(decideSteps(doc, url)), say);
}

/**
 * `verdict` with its reasons: worded by `say` (the reader's language) from the page as it is
 * now. The decision stays the one the content script made (the page may have grown since);
 * only the words are taken.
 */
export function withReasons(
  verdict: ArticleVerdict,
  doc: Document,
  url: string,
  say: SayMessage,
): ArticleVerdict {
  if (verdict.reasons.length > 0) return verdict;
  const d = runSteps(decideSteps(doc, url));
  return { ...verdict, reasons: d === null ? [] : explainDecision(d, say) };
}
