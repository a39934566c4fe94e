/**
 * Validation of the labelled passages (`passages.jsonl`): pure functions over already-read text,
 * so the unit tests can feed them small made-up records. `load-passages.ts` does the I/O.
 */
import type { GoldFigure, GoldProject } from '../score-figures';

export type Split = 'dev' | 'test';
export type Lang = 'vi' | 'en';

/** Where a passage's article text comes from: a pinned file of a public repo, or a shared page. */
export type PassageSource = { repo: string; commit: string; path: string } | { shared: string };

/** One line of `passages.jsonl`. */
export interface PassageRecord {
  id: string;
  lang: Lang;
  source: PassageSource;
  /** Verbatim first and last ~30 characters of the passage, in the normalised article text. */
  locate: { start: string; end: string };
  site: string;
  split: Split;
  figures: GoldFigure[];
  projects: GoldProject[];
}

/** A passage with its text cut out of the article. */
export interface Passage {
  id: string;
  lang: Lang;
  site: string;
  split: Split;
  text: string;
  figures: GoldFigure[];
  projects: GoldProject[];
}

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * The passage: from the start anchor to the end of the end anchor. Each anchor must occur exactly
 * once in the article, or a later edit of the source could silently move the passage.
 */
export function cutPassage(articleText: string, locate: { start: string; end: string }): string {
  const problems: string[] = [];
  for (const [which, anchor] of [
    ['start', locate.start],
    ['end', locate.end],
  ] as const) {
    if (!anchor) problems.push(`locate.${which} is empty`);
    else {
      const n = countOf(articleText, anchor);
      if (n !== 1) problems.push(`locate.${which} "${anchor}" found ${n} times (must be once)`);
    }
  }
  if (problems.length) throw new Error(problems.join('; '));
  const from = articleText.indexOf(locate.start);
  const to = articleText.indexOf(locate.end) + locate.end.length;
  if (to <= from) throw new Error(`locate.end "${locate.end}" comes before locate.start`);
  return articleText.slice(from, to);
}

/**
 * Problems with the labels of one passage: every label has a context, the context occurs in the
 * passage at or after the previous label's context (document order), and the labelled text sits
 * inside its context.
 */
export function labelProblems(
  text: string,
  labels: readonly { text: string; context?: string }[],
  what: 'figure' | 'project',
): string[] {
  const problems: string[] = [];
  let at = 0;
  labels.forEach((label, i) => {
    const where = `${what} ${i + 1} "${label.text}"`;
    if (!label.context) {
      problems.push(`${where}: no context`);
      return;
    }
    if (!label.context.includes(label.text))
      problems.push(`${where}: text not inside its context "${label.context}"`);
    const found = text.indexOf(label.context, at);
    if (found < 0) {
      const anywhere = text.includes(label.context);
      problems.push(
        anywhere
          ? `${where}: context "${label.context}" is out of document order`
          : `${where}: context "${label.context}" not in the passage`,
      );
      return;
    }
    at = found;
  });
  return problems;
}

/** Problems across the whole set: duplicate ids, a site in both splits. */
export function setProblems(
  records: readonly Pick<PassageRecord, 'id' | 'site' | 'split'>[],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const splitOfSite = new Map<string, Split>();
  for (const r of records) {
    if (ids.has(r.id)) problems.push(`id "${r.id}" used twice`);
    ids.add(r.id);
    const seen = splitOfSite.get(r.site);
    if (seen && seen !== r.split)
      problems.push(`site "${r.site}" is in both splits (passage "${r.id}" says ${r.split})`);
    if (!seen) splitOfSite.set(r.site, r.split);
  }
  return problems;
}

/**
 * Word-segmented text (VietNews `.txt.seg`: syllables of a word joined by `_`, punctuation set
 * off by spaces) back into running text, so the recognisers see ordinary prose.
 */
export function joinSegmented(text: string): string {
  return text
    .replace(/_/gu, ' ')
    .replace(/ ([,.;:!?…)\]”%])/gu, '$1')
    .replace(/([([“]) /gu, '$1')
    .replace(/ \/ /gu, '/');
}

/**
 * Markdown article text (`.md`) as a reader sees it: heading marks and emphasis asterisks
 * dropped, so `**2.938 tỷ đồng**` reads as `2.938 tỷ đồng`.
 */
export function plainMarkdown(text: string): string {
  return text.replace(/^#{1,6} +/gmu, '').replace(/\*+/gu, '');
}
