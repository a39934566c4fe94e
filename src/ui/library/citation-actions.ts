import { clippingsToCslItems } from '../../export/to-csl-json';
import type { Db } from '../../store/open-db';
import { readForExport } from '../../store/read-for-export';

/** The styles offered (kept here, not imported from format-citation, so that stays lazy). */
export type Style = 'apa' | 'chicago' | 'harvard' | 'vancouver';
export const STYLES: readonly Style[] = ['apa', 'chicago', 'harvard', 'vancouver'];

/** The citation of one clipping in a style, as text; citeproc-js is loaded on first use. */
export async function citationText(db: Db, id: string, style: Style): Promise<string> {
  const [{ formatCitation }, source] = await Promise.all([
    // Lazy: citeproc-js and its styles stay out of the library page's first load.
    import('../../export/format-citation'),
    readForExport(db, [id], { withImages: false }),
  ]);
  const [item] = clippingsToCslItems(source.clippings);
  if (!item) throw new Error(`no clipping ${id}`);
  return formatCitation(item, style);
}
