/**
 * Finds the equations of a story that Readability left out. MathJax 3 marks its rendered
 * formula `aria-hidden` (the MathML copy beside it is for screen readers) and Readability drops
 * anything `aria-hidden`, so an equation in the middle of a sentence ("there are two solutions
 * to <mjx-container>…</mjx-container> and they are …") would be hidden with the clutter and the
 * sentence read with a hole in it. KaTeX does the same with its HTML rendering.
 *
 * Only the renderers' own markup counts, and only inside the span of what Readability found.
 */
import { bodyOfSpan, withinSpan } from './find-embedded-posts';

/** MathJax 3 and 2, KaTeX and bare MathML. */
const EQUATION =
  'mjx-container, .MathJax, .MathJax_Display, .MathJax_SVG_Display, .katex-display, .katex, math';

/**
 * Equations inside the span of `span`, outermost only, whether or not Readability kept them:
 * where it kept the container it still dropped the aria-hidden rendering inside.
 */
export function findEquations(span: ReadonlySet<Element>): Element[] {
  const body = bodyOfSpan(span);
  if (body === null) return [];
  return withinSpan(span, Array.from(body.querySelectorAll(EQUATION)));
}
