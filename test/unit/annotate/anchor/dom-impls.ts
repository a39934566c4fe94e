/**
 * Both DOM implementations the pure code must run under: jsdom (spec-faithful, what `analyze`
 * uses) and happy-dom (the vitest environment). Each test document gets its own realm, so code
 * that leans on globals such as `Node` or `instanceof Text` fails here.
 */
import { JSDOM } from 'jsdom';
import { Window } from 'happy-dom';

/** A named way to parse an HTML page into a Document. */
export interface DomImpl {
  name: string;
  parse(html: string): Document;
}

export const jsdomImpl: DomImpl = {
  name: 'jsdom',
  parse: (html) => new JSDOM(html).window.document,
};

export const happyDomImpl: DomImpl = {
  name: 'happy-dom',
  parse: (html) => {
    const win = new Window();
    win.document.write(html);
    return win.document as unknown as Document;
  },
};

export const domImpls: DomImpl[] = [jsdomImpl, happyDomImpl];

/** The element matching `selector`, or a thrown error naming it. */
export function must(doc: Document | Element, selector: string): Element {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`no element for ${selector}`);
  return el;
}
