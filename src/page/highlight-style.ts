import type { FigureKind } from '../annotate/figure';
import { MARK_ATTRIBUTE } from './paint-highlights';
import { HIDDEN_ATTRIBUTE } from './hide-clutter';

/** Highlight names, one colour per kind of recognised item. */
export type RecognisedKind = FigureKind | 'project';
export const HIGHLIGHT_NAME: Record<RecognisedKind, string> = {
  money: 'ra-money',
  percent: 'ra-percent',
  quantity: 'ra-quantity',
  project: 'ra-project',
};
export const FOCUS_HIGHLIGHT = 'ra-focus';

/**
 * Translucent backgrounds keep the page's own text colour, so highlights read on light and
 * dark pages alike; projects are also underlined so the two families differ without colour.
 */
const DECLARATIONS: Record<string, string> = {
  'ra-money': 'background-color: rgba(255, 179, 0, 0.4);',
  'ra-percent': 'background-color: rgba(41, 121, 255, 0.3);',
  'ra-quantity': 'background-color: rgba(171, 71, 188, 0.3);',
  'ra-project':
    'background-color: rgba(0, 150, 136, 0.28); text-decoration: underline 2px rgba(0, 121, 107, 0.9);',
  'ra-user-yellow': 'background-color: rgba(255, 235, 59, 0.55);',
  'ra-user-green': 'background-color: rgba(102, 187, 106, 0.45);',
  'ra-user-blue': 'background-color: rgba(66, 165, 245, 0.4);',
  'ra-user-pink': 'background-color: rgba(240, 98, 146, 0.4);',
  [FOCUS_HIGHLIGHT]: 'background-color: rgba(255, 87, 34, 0.55);',
};

/** Colour swatches for the legend, matching the highlight backgrounds. */
export const SWATCH: Record<RecognisedKind, string> = {
  money: 'rgba(255, 179, 0, 0.6)',
  percent: 'rgba(41, 121, 255, 0.5)',
  quantity: 'rgba(171, 71, 188, 0.5)',
  project: 'rgba(0, 150, 136, 0.5)',
};

/** The page stylesheet: highlight colours for both painting paths, and hidden clutter. */
export function pageCss(): string {
  const rules: string[] = [];
  for (const [name, decl] of Object.entries(DECLARATIONS)) {
    rules.push(`::highlight(${name}) { ${decl} }`);
    rules.push(`mark[${MARK_ATTRIBUTE}="${name}"] { color: inherit; ${decl} }`);
  }
  rules.push(`[${HIDDEN_ATTRIBUTE}] { display: none !important; }`);
  return rules.join('\n');
}
