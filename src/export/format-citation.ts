import CSL from 'citeproc';
import { apa, harvard1, vancouver } from '@citation-js/plugin-csl/lib-mjs/styles.json';
import locales from '@citation-js/plugin-csl/lib-mjs/locales.json';
import chicago from './csl-styles/chicago-author-date.csl?raw';
import type { CslItem } from './to-csl-json';

/**
 * The citation styles offered: CSL files shipped by @citation-js/plugin-csl, and Chicago
 * (author-date) from the official CSL repository (csl-styles/); all CC BY-SA.
 */
export type CitationStyle = 'apa' | 'chicago' | 'harvard' | 'vancouver';

export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'chicago', 'harvard', 'vancouver'];

const STYLES: Record<CitationStyle, string> = { apa, chicago, harvard: harvard1, vancouver };

/**
 * One bibliography entry as plain text, formatted by citeproc-js. Loaded only when the user
 * copies a citation: the engine and styles are most of a megabyte.
 */
export function formatCitation(item: CslItem, style: CitationStyle): string {
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => locales['en-US'],
      retrieveItem: (id) => (id === item.id ? item : undefined),
    },
    STYLES[style],
    'en-US',
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems([item.id]);
  const bibliography = engine.makeBibliography();
  if (!bibliography) return '';
  // Numeric styles number the entry (`1. Nguyễn VA…`); a single copied reference has no number.
  return bibliography[1]
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\[?1[.\]]\s*/, '');
}
