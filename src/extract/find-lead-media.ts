/**
 * Finds the lead photo printed between the headline and the body. Wire-service templates put
 * it, with its caption, in a block of its own beside the story's paragraphs (a `LeadMedia`
 * block between the headline's block and the body's), which Readability leaves out with the
 * rest of the header; the reader should still see the picture and what the caption says.
 */
import { elementsAfterHeadline } from './after-headline';
import { cleanText } from './kept-set';

/** A caption, or the picture itself: what marks a lead media block. */
const MEDIA_MARK = 'figure, figcaption, [class*="caption" i], img, picture';
/** Pictures of people and brands beside a byline, and advertising, are not the lead photo. */
const NOT_LEAD = /(avatar|author|byline|logo|icon|sponsor|advert|(^|[-_\s])ads?($|[-_\s]))/i;
/** A slot labelled as advertising ("Advertisement", "Quảng cáo"). */
const ADVERT_LABEL = /^\s*(advertisement|sponsored|quảng cáo)/iu;
/** An image narrower than this (by its attribute) is an icon or a thumbnail. */
const MIN_LEAD_WIDTH = 300;
/** A caption (even printed twice, for two screen sizes) is short; a block holding more is not one. */
const MAX_BLOCK_CHARS = 700;
/** Elements looked at after the headline, as for the lead and the date line. */
const REACH = 60;

/** Whether `el` can mark a lead photo: a caption, a figure, or a picture wide enough. */
function marksMedia(el: Element): boolean {
  if (!el.matches(MEDIA_MARK)) return false;
  if (el.tagName === 'IMG') return Number(el.getAttribute('width')) >= MIN_LEAD_WIDTH;
  return true;
}

/** Whether `el` or an ancestor below `top` is named like a byline, logo or advert. */
function namedOtherwise(el: Element, top: Element): boolean {
  for (let at: Element | null = el; at !== null && at !== top.parentElement; at = at.parentElement)
    if (NOT_LEAD.test(`${at.getAttribute('class') ?? ''} ${at.id}`)) return true;
  return false;
}

/** The widest block around `mark` that holds neither the headline nor the body, and stays small. */
function mediaBlock(mark: Element, title: Element, bodyStart: Element | null): Element | null {
  let block: Element | null = null;
  for (let at: Element | null = mark; at !== null; at = at.parentElement) {
    if (at.contains(title) || (bodyStart !== null && at.contains(bodyStart))) break;
    if (at.tagName === 'BODY' || at.tagName === 'MAIN' || at.tagName === 'ARTICLE') break;
    if (cleanText(at.textContent).length > MAX_BLOCK_CHARS) break;
    // A teaser links to another page; a lead photo links at most to itself or its credit.
    if (at.querySelectorAll('a[href]').length > 1) break;
    if (at.querySelectorAll('img, picture').length > 2) break;
    // Players and ad slots run scripts or frame other pages; a photo block does neither.
    if (at.querySelector('script, iframe, ins') !== null) return null;
    block = at;
  }
  return block;
}

/**
 * The block holding the lead photo and its caption, among the elements that follow the
 * headline before the body starts; null when there is none. A picture inside a link, a byline
 * or an advert does not count.
 */
export function findLeadMedia(title: Element, bodyStart: Element | null): Element | null {
  for (const el of elementsAfterHeadline(title, bodyStart, REACH)) {
    if (!marksMedia(el) || el.closest('a[href]') !== null) continue;
    const block = mediaBlock(el, title, bodyStart);
    if (block !== null && !namedOtherwise(el, block) && !ADVERT_LABEL.test(block.textContent ?? ''))
      return block;
  }
  return null;
}
