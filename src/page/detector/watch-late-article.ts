/**
 * Client-rendered pages often have no article yet when the detector runs at document_end:
 * the body is an app shell and the story arrives a moment later. We watch for it, within
 * bounds a page cannot stretch: the observer callback only raises a flag; detection runs at
 * most once per interval, only when the page gained or lost paragraphs since the last look,
 * at most `maxChecks` times, and never after `windowMs`. A page that mutates forever costs a
 * handful of detections (≤ 2 ms each) and nothing after the window closes.
 */

export interface LateArticleLimits {
  /** Time between two detections while the page keeps changing. */
  intervalMs: number;
  /** Detections at most, whatever the page does. */
  maxChecks: number;
  /** How long after the first look we keep watching at all. */
  windowMs: number;
}

export const LATE_ARTICLE_LIMITS: LateArticleLimits = {
  intervalMs: 700,
  maxChecks: 6,
  windowMs: 20_000,
};

/**
 * Calls `check` when the page may have grown an article; `check` returns true once it found
 * one, which ends the watch. Returns a function that ends it early (idempotent).
 */
export function watchForLateArticle(
  doc: Document,
  check: () => boolean,
  limits: LateArticleLimits = LATE_ARTICLE_LIMITS,
): () => void {
  const win = doc.defaultView;
  const target = doc.body ?? doc.documentElement;
  if (win === null || target === null) return () => undefined;
  const paragraphs = doc.getElementsByTagName('p');
  let seenParagraphs = paragraphs.length;
  let checks = 0;
  let timer: number | null = null;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== null) win.clearTimeout(timer);
    win.clearTimeout(windowTimer);
  };
  const look = () => {
    timer = null;
    if (stopped) return;
    // Attribute churn, tickers and carousels change nodes, not the number of paragraphs.
    if (paragraphs.length === seenParagraphs) return;
    seenParagraphs = paragraphs.length;
    checks += 1;
    if (check() || checks >= limits.maxChecks) stop();
  };
  const observer = new win.MutationObserver(() => {
    if (timer === null && !stopped) timer = win.setTimeout(look, limits.intervalMs);
  });
  observer.observe(target, { childList: true, subtree: true });
  const windowTimer = win.setTimeout(stop, limits.windowMs);
  return stop;
}
