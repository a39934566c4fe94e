/**
 * Boxes inside the article that the page itself does not render (`display: none` from its own
 * stylesheet): a sign-in upsell shown only to signed-out readers, a "Read later" tooltip, a
 * menu template. The clipping and the reader view are copies without the page's CSS, where
 * such a box would suddenly show, so the copy leaves them out.
 *
 * A box holding a story paragraph stays: text collapsed behind "Read more" is part of the
 * article even while the page folds it away. Runs on a user's click (save, reader view), not on
 * page load, since it reads every element's computed style.
 */
import { cleanText } from '../../extract/kept-set';

/** Shorter than this, a paragraph is a promo line or a label, not the story's own text. */
const STORY_PARAGRAPH = 120;

/** NodeFilter values (the global NodeFilter is absent under Node). */
const ACCEPT = 1;
const REJECT = 2;

function holdsStoryParagraph(el: Element): boolean {
  const paragraphs = el.tagName === 'P' ? [el] : Array.from(el.getElementsByTagName('p'));
  return paragraphs.some((p) => cleanText(p.textContent).length >= STORY_PARAGRAPH);
}

/**
 * The outermost elements under `root` the page renders `display: none`. Subtrees in `skip`
 * and elements matching `dropped` (which the copy removes by tag anyway) are not looked at.
 */
export function unrenderedBoxes(
  root: Element,
  skip: ReadonlySet<Element>,
  dropped: string,
): Element[] {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (view === null) return [];
  const found: Element[] = [];
  const walker = doc.createTreeWalker(root, 0x1, {
    acceptNode(node) {
      const el = node as Element;
      if (skip.has(el) || el.matches(dropped)) return REJECT;
      if (view.getComputedStyle(el).display !== 'none') return ACCEPT;
      if (!holdsStoryParagraph(el)) found.push(el);
      return REJECT;
    },
  });
  while (walker.nextNode() !== null) {
    // acceptNode collects; the walk only has to reach every rendered element.
  }
  return found;
}
