/**
 * Listing and counting elements without walking more of the page than the answer needs:
 * indexing a live collection walks only as far as the index asked for, where `.length` or
 * `Array.from` walk all of it (5-10 ms a walk on issue #7's 100,000-element page).
 */

/** The first `n` elements named `tag` under `root`. */
export function firstOf(root: Element | Document, tag: string, n: number): Element[] {
  const all = root.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0; i < n; i++) {
    const el = all[i];
    if (el === undefined) break;
    out.push(el);
  }
  return out;
}

/** How many elements named `tag` are under `root`, counted up to `cap` + 1 ("more than cap"). */
export function countUpTo(root: Element | Document, tag: string, cap: number): number {
  const all = root.getElementsByTagName(tag);
  return all[cap] === undefined ? all.length : cap + 1;
}
