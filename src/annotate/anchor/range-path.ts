/**
 * Element paths for the RangeSelector, relative to the article root: `/p[2]/a[1]` (local name and
 * 1-based index among same-named siblings), `''` for the root itself, like Hypothesis's xpath
 * selectors. Our own highlight wrappers are transparent, so wrapping one highlight does not change
 * the paths of the others.
 */
import { isElement } from './text-nodes';

/**
 * Attributes that mark our own wrapper elements: `data-ra-mark` is what `page/extras/paint-highlights.ts`
 * sets on the `<mark>`s of its wrap fallback (user highlights and figure highlights alike);
 * `data-ra-highlight` is accepted too.
 */
export const HIGHLIGHT_WRAPPER_ATTRS = ['data-ra-mark', 'data-ra-highlight'] as const;
/** The attribute to put on a new wrapper. */
export const HIGHLIGHT_WRAPPER_ATTR = HIGHLIGHT_WRAPPER_ATTRS[0];

function isWrapper(el: Element): boolean {
  return HIGHLIGHT_WRAPPER_ATTRS.some((a) => el.hasAttribute(a));
}

/** Element children of `parent` as they were before highlight wrappers were inserted. */
function logicalChildren(parent: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(parent.children)) {
    if (isWrapper(child)) out.push(...logicalChildren(child));
    else out.push(child);
  }
  return out;
}

/** The nearest ancestor of `node` (or `node` itself) that is an element and not a highlight wrapper. */
export function nearestPathElement(node: Node, root: Element): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n === root) return root;
    if (isElement(n) && !isWrapper(n)) return n;
  }
  return null;
}

/** Path of `el` relative to `root`, or null when `el` is not inside `root`. */
export function pathTo(root: Element, el: Element): string | null {
  const steps: string[] = [];
  let cur: Element = el;
  while (cur !== root) {
    const parent = cur.parentNode ? nearestPathElement(cur.parentNode, root) : null;
    if (!parent) return null;
    const name = cur.localName;
    const index = logicalChildren(parent)
      .filter((c) => c.localName === name)
      .indexOf(cur);
    if (index < 0) return null;
    steps.unshift(`${name}[${index + 1}]`);
    cur = parent;
  }
  return steps.length ? `/${steps.join('/')}` : '';
}

const STEP = /^([^\s/[\]]+)\[(\d+)\]$/;

/** The element a path points at under `root`, or null when the page no longer has it. */
export function resolvePath(root: Element, path: string): Element | null {
  if (path === '' || path === '/') return root;
  if (!path.startsWith('/')) return null;
  let cur: Element = root;
  for (const step of path.slice(1).split('/')) {
    const m = STEP.exec(step);
    if (!m) return null;
    const [, name, n] = m;
    const next = logicalChildren(cur).filter((c) => c.localName === name)[Number(n) - 1];
    if (!next) return null;
    cur = next;
  }
  return cur;
}
