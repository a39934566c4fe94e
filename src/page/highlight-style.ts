import type { FigureKind } from '../annotate/figure';
import { highlightColour, PROJECT_UNDERLINE } from '../ui/shared/highlight-colours';

/** Marks an element we hid (clutter); the page stylesheet hides it. */
export const HIDDEN_ATTRIBUTE = 'data-ra-hidden';
/**
 * Its values (hide-clutter.ts): '' takes the element out of the layout; on a big subtree it is
 * collapsed instead; beside a very long article a sidebar keeps its slot, empty.
 */
export const HIDE_VALUES = { out: '', collapsed: 'collapsed', inPlace: 'in-place' } as const;
export type HideValue = (typeof HIDE_VALUES)[keyof typeof HIDE_VALUES];
/** The element and attribute of the wrapping fallback for highlights. */
export const MARK_ELEMENT = 'ra-mark';
export const MARK_ATTRIBUTE = 'data-ra-mark';
/**
 * Marks the article's roots. In Chromium highlight colours are set on them alone and reach the
 * text below through highlight inheritance: a `::highlight()` rule for every element makes it
 * restyle the whole page when the sheet goes in (0.7–1 s on 100,000 elements). Firefox (153)
 * does not inherit highlight styles, so its sheet keeps the rule for every element.
 */
export const ARTICLE_ATTRIBUTE = 'data-ra-article';
/**
 * How the content script tells that this sheet is in the page: an attribute of ours on <html>
 * gives it a value of a custom property of ours (page-sheet-probe.ts). Registered as not
 * inherited, so setting it restyles <html> alone; a probe element or an ordinary property
 * made the browser re-lay or re-paint a 100,000-element page (40–55 ms).
 */
export const SHEET_PROBE = {
  attribute: 'data-ra-sheet-probe',
  property: '--ra-page-sheet',
  value: '1724',
} as const;
/** Marks our UI hosts in the page (overlay, reader view). */
export const UI_HOST_ATTRIBUTE = 'data-reader-assistant-ui';

/** The browser this bundle was built for (vite `define`); under Node, Chromium's rules. */
export const BUILT_FOR: 'chrome' | 'firefox' =
  typeof __BROWSER__ === 'string' ? __BROWSER__ : 'chrome';

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
 * (The reader's own highlights are not here: they are boxes in a closed shadow root, see
 * user-highlights/paint-boxes.ts.) The colours are the ones the library's reader uses too
 * (src/ui/shared/highlight-colours.ts); projects are also underlined so the two families differ
 * without colour.
 */
/** Built when the sheet is, so the detector, which reads this module's names, carries no colours. */
const declarations = (): Record<string, string> => ({
  'ra-money': `background-color: ${highlightColour('money')};`,
  'ra-percent': `background-color: ${highlightColour('percent')};`,
  'ra-quantity': `background-color: ${highlightColour('quantity')};`,
  'ra-project': `background-color: ${highlightColour('project')}; text-decoration: underline 2px ${PROJECT_UNDERLINE};`,
  [FOCUS_HIGHLIGHT]: 'background-color: rgba(255, 87, 34, 0.55);',
});

/**
 * The page stylesheet: highlight colours for both painting paths, hidden clutter, and our UI
 * hosts. Everything we show or hide in a page depends on it, and the background inserts it
 * with `scripting.insertCSS`, which the browser removes when the extension is reloaded or
 * removed: the page then looks as it was even where no script of ours can run any more. (UI
 * hosts carry `hidden`, which only this sheet overrides.)
 */
export function pageCss(browser: 'chrome' | 'firefox' = BUILT_FOR): string {
  const scope = browser === 'chrome' ? `[${ARTICLE_ATTRIBUTE}]` : '';
  const rules: string[] = [];
  for (const [name, decl] of Object.entries(declarations())) {
    rules.push(`${scope}::highlight(${name}) { ${decl} }`);
    rules.push(`${MARK_ELEMENT}[${MARK_ATTRIBUTE}="${name}"] { ${decl} }`);
  }
  // How each kind of hidden element is hidden: see hide-clutter.ts.
  const hidden = (value: HideValue) => `[${HIDDEN_ATTRIBUTE}="${value}"]`;
  rules.push(`${hidden(HIDE_VALUES.out)} { display: none !important; }`);
  rules.push(
    `${hidden(HIDE_VALUES.collapsed)} { content-visibility: hidden !important; contain-intrinsic-size: none !important; ` +
      'width: 0 !important; min-width: 0 !important; height: 0 !important; min-height: 0 !important; ' +
      'padding: 0 !important; border: 0 !important; margin: 0 !important; ' +
      'outline: none !important; box-shadow: none !important; }',
  );
  rules.push(
    `${hidden(HIDE_VALUES.inPlace)} { content-visibility: hidden !important; visibility: hidden !important; }`,
  );
  // `contents`: the host makes no box of its own (its panels are fixed boxes). A box appended
  // after <body> cost the next frame ~40 ms of pre-paint on issue #7's 100,000-element page.
  rules.push(`[${UI_HOST_ATTRIBUTE}][hidden] { display: contents !important; }`);
  // Lets the content script tell that this sheet is in the page (page-sheet-probe.ts).
  rules.push(`@property ${SHEET_PROBE.property} { syntax: '*'; inherits: false; }`);
  rules.push(
    `[${SHEET_PROBE.attribute}] { ${SHEET_PROBE.property}: ${SHEET_PROBE.value} !important; }`,
  );
  return rules.join('\n') + '\n';
}
