import type { Project } from '../model/project';
import { projectFullNames } from '../annotate/project-full-name';

function normalised(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Removes the article's own headline when it repeats the title the export already shows at the
 * top. Only a heading before any paragraph text counts: a later `<h2>` with the same words is
 * part of the article.
 */
export function dropTitleHeading(body: Element, title: string): void {
  const want = normalised(title);
  if (want === '') return;
  for (const el of Array.from(body.querySelectorAll('h1, h2, h3, p, li, figcaption'))) {
    const text = normalised(el.textContent ?? '');
    if (/^H[1-3]$/i.test(el.tagName) && text === want) {
      el.remove();
      return;
    }
    if (text !== '') return;
  }
}

/**
 * The names of a clipping's distinct projects in reading order (`Thủy điện Nậm Voi` once, however
 * often it is named). A list's later members are stored as bare spans (`2` of `Thủy điện A Mé 1,
 * 2`); they are named in full (`Thủy điện A Mé 2`), so two lists' `2` stay two projects.
 */
export function distinctProjectNames(projects: readonly Project[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of projectFullNames([...projects].sort((a, b) => a.start - b.start))) {
    const key = normalised(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * A tag as Obsidian accepts it: no spaces (`economic news` → `economic-news`), only letters in
 * any script, digits, `_`, `-` and `/` (nesting), and at least one character that is not a digit.
 */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_/-]/gu, '')
    .replace(/-{2,}/g, '-');
  if (cleaned === '') return '';
  return /^\d+$/.test(cleaned) ? `_${cleaned}` : cleaned;
}
