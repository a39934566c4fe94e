/**
 * Photo credits standing as an element of their own ("Photo: Jane Roe, AP", "Image copyright
 * Getty Images", "Credit...Jane Roe/The Times", "(Jane Roe / Associated Press)"), inside a
 * figure or not. The picture and its caption stay; a line naming only who took the picture
 * tells the reader nothing about it, and repeats under every picture of a gallery.
 *
 * A credit is names only: capitalised words and the few small words names are joined with
 * ("Getty Images for Acme", "Jane Roe via Reuters"). No i flag on the names, so a caption that
 * says something ("Image: Jose Mourinho, left, has replaced…") is not one.
 */
import { cleanText, dropSubtree } from './kept-set';

/** A name or agency: capitalised words joined by separators and a few small words. */
const NAMES =
  "(©\\s*)?\\p{Lu}[\\p{L}\\p{N}.'’&-]*((\\s*[,/|;&]\\s*|\\s+|\\s+-\\s+)(©\\s*)?(\\p{Lu}[\\p{L}\\p{N}.'’&-]*|for|via|and|of|the|de|da|van|von|y|e))*";

/** "Photo: …", "Credit...", "Photo by …", "(Image credit: …)", "Courtesy of …": a label, then names. */
const LABELLED = new RegExp(
  `^\\(?\\s*(${[
    // Said with a separator: "Pictures From The Festival" is a heading, not a credit.
    '(([Pp]hoto(graph)?|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]oto|FOTO)s?|[Cc]redits?|CREDITS?)\\s*(:|\\.{2,}|…|\\bby\\b|(?=©))',
    // Two-word labels are never a heading's opening: "Image copyright Getty Images".
    '([Pp]hoto|[Ii]mage|[Pp]icture)s? ([Cc]redit|[Cc]opyright|[Ss]ource)s?\\s*(:|\\.{2,}|…)?',
    '(([Pp]hoto|[Ii]mage)s? )?[Cc]ourtesy( of)?\\s*:?',
  ].join('|')})\\s*${NAMES}\\s*\\)?\\.?$`,
  'u',
);

/** Agencies a bare credit names ("Jane Roe/Hindustan Times/Getty Images"). */
const AGENCY =
  /\b(Getty Images|AP|AFP|Reuters|REUTERS|EPA|Shutterstock|iStock(photo)?|Associated Press|Bloomberg|Alamy|Xinhua|NASA|ESA)\b/;

/** A bare credit needs a separator: "(Jane Roe / Associated Press)", "Jane Roe | Getty Images". */
const BARE = new RegExp(`^\\(?\\s*${NAMES}\\s*\\)?\\.?$`, 'u');

const CREDIT_CHARS = 100;

export function isPhotoCredit(text: string): boolean {
  if (text === '' || text.length > CREDIT_CHARS) return false;
  if (LABELLED.test(text)) return true;
  return /[/|]/.test(text) && AGENCY.test(text) && BARE.test(text);
}

/** Drops kept elements whose whole text is a photo credit (never one holding the picture). */
export function prunePhotoCredits(kept: Set<Element>): void {
  for (const el of Array.from(kept)) {
    if (!kept.has(el)) continue;
    const text = cleanText(el.textContent);
    if (!isPhotoCredit(text)) continue;
    if (el.querySelector('img, picture, video, svg, iframe') !== null) continue;
    dropSubtree(kept, el);
  }
}
