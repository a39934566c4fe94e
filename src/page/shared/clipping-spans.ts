/**
 * The text, figures and projects a clipping saves must match its HTML: the reader view marks
 * each saved span as the same occurrence of its text in the stored article (mark-spans.ts).
 * The page's index also read boxes the copy leaves out (a sign-in upsell the page never
 * renders, a button's label), so a figure there would be listed without being in the article,
 * and every later occurrence of its text would be counted one too many.
 *
 * The article is read again here rather than through the session's index: highlights drawn
 * as marks (Firefox) split the text nodes that index points into.
 */
import type { Figure } from '../../model/figure';
import type { Project } from '../../model/project';
import { articleRoots } from '../../extract/plan-addresses';
import type { RangePoints } from './static-range';
import { buildTextIndex, type TextIndex } from './text-index';

export interface SavedSpans {
  text: string;
  figures: Figure[];
  projects: Project[];
}

/** The article's text as the recognisers read it, and where it lives. */
export interface ReadArticle {
  text: string;
  roots: readonly Element[];
  hidden: readonly Element[];
}

/** What the session's recognisers read. */
export function readArticle(session: {
  text: string;
  plan: { root: Element; title: Element | null; hide: readonly Element[] };
}): ReadArticle {
  const { plan } = session;
  return { text: session.text, roots: articleRoots(plan), hidden: plan.hide };
}

type Span = { start: number; end: number };

function inAny(boxes: readonly Element[], points: RangePoints): boolean {
  return boxes.some(
    (box) => box.contains(points.startContainer) || box.contains(points.endContainer),
  );
}

/** Boxes with text, and the page's index when it still reads as the recognisers read it. */
function placed(
  article: ReadArticle,
  leftOut: readonly Element[],
): { boxes: Element[]; page: TextIndex } | null {
  const boxes = leftOut.filter((el) => (el.textContent ?? '').trim() !== '');
  if (boxes.length === 0) return null;
  const page = buildTextIndex(article.roots, new Set(article.hidden));
  // The page changed since then: its spans cannot be placed any more, so they stay as found.
  return page.text === article.text ? { boxes, page } : null;
}

/** The rows of the popup's tables that lie outside `leftOut`. */
export function spansShown<F extends Span, P extends Span>(
  article: ReadArticle,
  found: { figures: readonly F[]; projects: readonly P[] },
  leftOut: readonly Element[],
): { figures: F[]; projects: P[] } {
  const at = placed(article, leftOut);
  if (at === null) return { figures: [...found.figures], projects: [...found.projects] };
  const shown = (span: Span) => {
    const points = at.page.pointsOf(span.start, span.end);
    return points !== null && !inAny(at.boxes, points);
  };
  return { figures: found.figures.filter(shown), projects: found.projects.filter(shown) };
}

/**
 * Reads the article again without `leftOut` and moves each span found outside it to its
 * offset in the new text; spans inside it are dropped.
 */
export function spansOfCopy(
  article: ReadArticle,
  leftOut: readonly Element[],
  found: { figures: readonly Figure[]; projects: readonly Project[] },
): SavedSpans {
  const figures = [...found.figures];
  const projects = [...found.projects];
  const at = placed(article, leftOut);
  if (at === null) return { text: article.text, figures, projects };
  const { boxes, page } = at;
  const copy = buildTextIndex(article.roots, new Set([...article.hidden, ...boxes]));
  const move = <T extends Figure | Project>(span: T): T | null => {
    const points = page.pointsOf(span.start, span.end);
    if (points === null || inAny(boxes, points)) return null;
    const offset = copy.offsetOf(points.startContainer as Text, points.startOffset);
    if (offset === null) return null;
    const length = span.end - span.start;
    // Whitespace collapses the same way around the span unless a left-out box touches it.
    const start =
      copy.text.slice(offset, offset + length) === span.text
        ? offset
        : copy.text.indexOf(span.text, Math.max(0, offset - length));
    return start < 0 ? null : { ...span, start, end: start + length };
  };
  return {
    text: copy.text,
    figures: figures.map(move).filter((f): f is Figure => f !== null),
    projects: projects.map(move).filter((p): p is Project => p !== null),
  };
}
