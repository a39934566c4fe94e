/**
 * The few operations every clutter and boilerplate rule shares on the kept set (the live
 * elements that stay visible) and on the text it compares.
 */

/** Text with each whitespace run collapsed to one space, trimmed: how the rules read a line. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Takes `el` and everything inside it out of the kept set. */
export function dropSubtree(kept: Set<Element>, el: Element): void {
  kept.delete(el);
  for (const inner of Array.from(el.getElementsByTagName('*'))) kept.delete(inner);
}

/** Puts `el` and everything inside it in the kept set. */
export function keepSubtree(kept: Set<Element>, el: Element): void {
  kept.add(el);
  for (const inner of Array.from(el.getElementsByTagName('*'))) kept.add(inner);
}
