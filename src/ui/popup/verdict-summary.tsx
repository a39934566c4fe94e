import type { ArticleVerdict } from '../../model/verdict';
import { t } from '../../platform/browser-api';

/**
 * The verdict as a reader says it: a word for how sure we are, not the model's raw
 * probability (a page just over the line at 56 % is "probably" an article, and a percentage
 * invites the question of what the other 44 % are).
 */
export function verdictLabelKey(verdict: ArticleVerdict): string {
  if (verdict.isArticle) return verdict.score >= 0.8 ? 'verdictArticle' : 'verdictProbablyArticle';
  return verdict.borderline ? 'verdictMaybeArticle' : 'verdictNotArticle';
}

/**
 * How a reason that counted against the answer begins: "but " in English, or the reader's
 * language's word where the reasons are worded from `_locales` (the message `reasonAgainst`,
 * "but $1", when there is one).
 */
function againstPrefix(): string {
  const worded = t('reasonAgainst', ['']);
  return worded && !worded.startsWith('reasonAgainst') ? worded : 'but ';
}

/**
 * The reasons split by which way they counted. The detector lists what counted for its answer
 * first, then what counted against it, each beginning "but " (src/detect/explain-verdict.ts);
 * which of the two says "article" depends on the answer.
 */
export function splitReasons(
  verdict: ArticleVerdict,
  prefix = againstPrefix(),
): { article: string[]; notArticle: string[] } {
  const against = (r: string) => r.startsWith(prefix);
  const forAnswer = verdict.reasons.filter((r) => !against(r));
  const againstAnswer = verdict.reasons.filter(against).map((r) => r.slice(prefix.length));
  return verdict.isArticle
    ? { article: forAnswer, notArticle: againstAnswer }
    : { article: againstAnswer, notArticle: forAnswer };
}

/** The verdict line, with "Why?" opening what counted for "article" and what against. */
export function VerdictSummary({ verdict }: { verdict: ArticleVerdict }) {
  const { article, notArticle } = splitReasons(verdict);
  const list = (heading: string, items: string[], testId: string) =>
    items.length > 0 && (
      <div class="reason-group">
        <h3 id={`${testId}-heading`}>{heading}</h3>
        <ul class="reasons" data-testid={testId} aria-labelledby={`${testId}-heading`}>
          {items.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <details class="verdict-details">
      <summary data-testid="page-verdict" class={verdict.isArticle ? 'verdict yes' : 'verdict no'}>
        <span data-testid="verdict-label">{t(verdictLabelKey(verdict))}</span>
        <span class="why"> — {t('whyArticle')}</span>
      </summary>
      <div data-testid="verdict-reasons">
        {list(t('reasonsForArticle'), article, 'reasons-article')}
        {list(t('reasonsAgainstArticle'), notArticle, 'reasons-not-article')}
      </div>
    </details>
  );
}
