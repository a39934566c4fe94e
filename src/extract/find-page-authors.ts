/**
 * Author names printed on the page, for pages whose structured data names no person (none at
 * all, or only the publisher: VnExpress declares `"author": {"@type": "Organization"}`). In
 * order: schema.org microdata, `rel="author"` links, an element with a byline or author class,
 * and the signature Vietnamese papers put under the story, a right-aligned bold name
 * (`<p style="text-align:right"><strong>Lê Phương</strong></p>`).
 */

import { runSteps } from '../shared/run-steps';
import { cleanText } from './kept-set';

const MARKED =
  '[itemprop~="author" i] [itemprop~="name" i], [itemprop~="author" i], a[rel~="author" i]';
const CLASSED =
  '[class*="byline" i], [class*="author" i], [data-testid*="byline" i], [id*="byline" i]';
/** Boxes around an author that are not the name: a photo, a bio, a follow button. */
const NOT_A_NAME_BOX = /avatar|photo|image|img|bio|follow|social|tweet|share|list|wrap|about/i;
const SIGNATURE =
  'p[style*="right" i], p[align="right" i], div[style*="text-align: right" i], div[style*="text-align:right" i]';

/** Longer than this, an element is a bio or a whole header, not a byline. */
const MAX_BYLINE_CHARS = 160;
const MAX_CANDIDATES = 40;

/** Lead-ins of a byline in the languages the corpus has. */
const LEAD_IN =
  /^(?:(?:written |reported )?by|von|par|por|di|door|bởi|theo|tác giả|author|autor|auteur)\s*:?\s+/i;
/** Where the names stop: a date, an update note, a separator before the site or role. */
const STOP =
  /\s(?:[-|•·—–]\s|\d{1,4}[/.:-]\d|updated\b|published\b|posted\b|cập nhật|follow\b|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d/i;
/** Words of a job title, not of a name: "Jane Doe, Senior Staff Writer". */
const ROLE =
  /\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|technologist|staff|senior|associate|director|producer|analyst|professor|news|health|press|agency|project|team|desk|bureau|phóng viên|biên tập)\b/i;
/** Words of page furniture that a class named "author…" may hold: "Related Articles". */
const FURNITURE =
  /\b(?:related|articles?|comments?|share|subscribe|more|read|home|menu|log ?in|sign|posts?|latest|popular|stories|view|profile|all|see|contact|about|e-?mail|print|admin|anonymous|guest|follow|authors?)\b/i;
/** Lower-case words a name may hold: "Vincent van Gogh", "Ana de Armas", "Ibn al Haytham". */
const PARTICLE = /^(?:van|von|der|den|de|da|do|dos|das|du|la|le|di|del|bin|binti|al|el|ibn|y|e)$/;

/** Two to five capitalised words (or all-caps, as some papers print bylines), no digits. */
export function looksLikeName(text: string): boolean {
  if (text.length < 3 || text.length > 60 || /[\d@#/]|https?:/.test(text)) return false;
  const words = text.split(' ');
  // One word is a site or a desk ("Admin", "Last Updated" cut short), not a person's name;
  // a lone letter without its dot is a monogram ("J J").
  if (words.length < 2 || words.length > 5 || ROLE.test(text) || FURNITURE.test(text)) return false;
  if (words.some((w) => /^\p{L}$/u.test(w))) return false;
  // A middle name may stand in brackets: "Bruno (Henrique Zecchin) Rodrigues".
  const capitalised = words.filter((w) => /^\(?\p{Lu}/u.test(w));
  return (
    capitalised.length >= Math.min(2, words.length) &&
    words.every((w) => /^\(?\p{Lu}/u.test(w) || PARTICLE.test(w) || /^\p{Lu}?[.'’-]/u.test(w))
  );
}

/** The names in a printed byline: "By Stella Kim and Jennifer Jett" → both. */
export function namesInByline(line: string): string[] {
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in brackets.
  let text = cleanText(line)
    .replace(LEAD_IN, '')
    .replace(/\s*\((?:avec|with|con|mit|cùng)\s+([^)]*)\)/i, ', $1');
  const stop = STOP.exec(text);
  if (stop !== null) text = text.slice(0, stop.index);
  const names: string[] = [];
  // Not \b around "và": JavaScript's word boundary does not know "à" is a letter.
  for (const part of text.split(/\s*[,;&]\s*|\s+(?:and|và|et|und|y|e)\s+/i)) {
    const name = part.trim();
    if (name === '') continue;
    // A credential after a comma ("Brenda Goodman, MA") or a role ends the names.
    if (/^\p{Lu}{2,4}$|^(?:ph\.?d|md|jr|sr)\.?$/iu.test(name) && names.length > 0) break;
    if (!looksLikeName(name)) break;
    names.push(name);
  }
  return names;
}

function firstNames(doc: Document, selector: string, usable: (el: Element) => boolean): string[] {
  const els = Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CANDIDATES);
  for (const el of els) {
    if (!usable(el)) continue;
    const text = cleanText(el.textContent);
    if (text === '' || text.length > MAX_BYLINE_CHARS) continue;
    const names = namesInByline(text);
    if (names.length > 0) return names;
  }
  return [];
}

/** The authors the page prints, or [] when it prints none that reads as a name. */
export function pageAuthors(doc: Document): string[] {
  return runSteps(pageAuthorSteps(doc));
}

/** `pageAuthors` in steps, one walk of the page each (a huge page's metadata is read in slices). */
export function* pageAuthorSteps(doc: Document): Generator<void, string[]> {
  const body = doc.body;
  if (body === null) return [];
  const marked = firstNames(doc, MARKED, (el) => el.tagName !== 'LINK' && el.tagName !== 'META');
  if (marked.length > 0) return marked;
  yield;
  const classed = firstNames(doc, CLASSED, (el) => {
    const attrs = `${el.getAttribute('class') ?? ''} ${el.id}`;
    return !NOT_A_NAME_BOX.test(attrs) && el.closest('nav, footer') === null;
  });
  if (classed.length > 0) return classed;
  yield;
  // The signature closes the story: the last one on the page.
  const signatures = Array.from(body.querySelectorAll(SIGNATURE)).reverse();
  for (const el of signatures.slice(0, MAX_CANDIDATES)) {
    const text = cleanText(el.textContent);
    if (looksLikeName(text)) return [text];
  }
  return [];
}
