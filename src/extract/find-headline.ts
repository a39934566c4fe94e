/**
 * Finds the live headline element: the h1/h2 (or itemprop=headline) whose words best match the
 * title the page declares. Readability drops the headline from its content because it
 * duplicates the title, but the reader must keep seeing it.
 */

/** Lower-cased word set, so "Title | Site" still matches the on-page "Title". */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Share of the candidate's words found in the declared title (0..1). */
export function titleOverlap(candidate: string, declared: string): number {
  const cand = words(candidate);
  if (cand.length === 0) return 0;
  const target = new Set(words(declared));
  let hit = 0;
  for (const w of cand) if (target.has(w)) hit++;
  return hit / cand.length;
}

/**
 * Picks the best headline among the first few heading candidates. `declaredTitles` are the
 * og:title / <title> / Readability title, strongest first.
 */
export function findHeadline(doc: Document, declaredTitles: readonly string[]): Element | null {
  const body = doc.body;
  if (body === null) return null;
  const candidates = Array.from(body.querySelectorAll('h1, h2, [itemprop="headline"]')).slice(
    0,
    40,
  );
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    const text = el.textContent ?? '';
    if (text.length < 4 || text.length > 400) continue;
    let score = 0;
    for (const title of declaredTitles) score = Math.max(score, titleOverlap(text, title));
    // An h1 is the conventional headline; small bonus breaks ties against teaser h2s.
    if (el.tagName === 'H1') score += 0.1;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best !== null && bestScore >= 0.6) return best;
  // No declared title matched: a single h1 on the page is still the headline.
  const h1s = body.getElementsByTagName('h1');
  return h1s.length === 1 ? (h1s[0] ?? null) : null;
}
