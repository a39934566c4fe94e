/** Test helper: small pieces of article HTML the clutter and story-pointer tests share. */
import { parsePage } from './load-page';

/** `n` article paragraphs long enough to count as prose, each naming `topic`. */
export const prose = (n: number, topic: string): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${topic} paragraph ${i}: the committee met on Monday, heard evidence from three witnesses, and agreed, after a long debate, to publish its findings before the summer recess.</p>`,
  ).join('');

/** The first element of `html`, parsed as a page body. */
export function line(html: string): Element {
  return parsePage(`<body>${html}</body>`).body.firstElementChild as Element;
}
