import type { FigureKind } from '../../model/figure';
import { highlightsInherit } from '../../platform/browser-differences';
import { TARGET_BROWSER, type TargetBrowser } from '../../platform/target-browser';
import { highlightColour, PROJECT_UNDERLINE } from '../../ui/shared/highlight-colours';

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
 * Marks the article's roots. Where highlight styles inherit (Chromium) highlight colours are set
 * on them alone and reach the text below: a `::highlight()` rule for every element makes it
 * restyle the whole page when the sheet goes in (0.7–1 s on 100,000 elements). Elsewhere
 * (Firefox) the sheet has the rule for every element below them
 * (platform/browser-differences.ts `highlightsInherit`).
 */
export const ARTICLE_ATTRIBUTE = 'data-ra-article';
/**
 * A class on <html> while the page is in our hands; every rule of the page sheet that could
 * match a page element starts with it. The sheet goes in only on a page we take in hand (the
 * page cannot see it anywhere else), and it goes in late, after the page was styled: a rule
 * whose selector the browser cannot rule out for an element makes it restyle every element
 * when the sheet arrives. Behind a class no element has yet, none can match, and the browser
 * skips that. On an 80,000-element page (scripts/measure-sheet-insertion.ts, 3 runs): Firefox
 * 18–31 ms as built against 221–537 ms for the same rules bare (an empty sheet: 11–53 ms);
 * Chromium 73–177 ms as built, 59–83 bare, 43–65 empty (its highlight rules were scoped to the
 * article's roots already). The sheet as registered before, inserted late, cost 0.3–1 s in
 * Firefox and 1–2.6 s in Chromium, most of the latter its `@property` rule (the probe that
 * told the sheet was there, gone with the registration). Adding the class restyles only what
 * matches below it.
 */
export const SHEET_SCOPE_CLASS = 'reader-assistant-tidied';
/** Marks our UI hosts in the page (overlay, reader view). */
export const UI_HOST_ATTRIBUTE = 'data-reader-assistant-ui';

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
 * with `scripting.insertCSS` when a page is taken in hand, which the browser removes when the
 * extension is reloaded or removed: the page then looks as it was even where no script of ours
 * can run any more. (UI hosts carry `hidden`, which only this sheet overrides.) Every rule but
 * those for our own `<ra-mark>` elements is behind SHEET_SCOPE_CLASS (see there).
 */
export function pageCss(browser: TargetBrowser = TARGET_BROWSER): string {
  const scope = `.${SHEET_SCOPE_CLASS}`;
  // On the article's roots where highlight styles inherit; else on every element below them.
  const highlight = (name: string) =>
    highlightsInherit(browser)
      ? `${scope} [${ARTICLE_ATTRIBUTE}]::highlight(${name})`
      : `${scope} [${ARTICLE_ATTRIBUTE}]::highlight(${name}), ${scope} [${ARTICLE_ATTRIBUTE}] ::highlight(${name})`;
  const rules: string[] = [];
  for (const [name, decl] of Object.entries(declarations())) {
    rules.push(`${highlight(name)} { ${decl} }`);
    rules.push(`${MARK_ELEMENT}[${MARK_ATTRIBUTE}="${name}"] { ${decl} }`);
  }
  // How each kind of hidden element is hidden: see hide-clutter.ts.
  const hidden = (value: HideValue) => `${scope} [${HIDDEN_ATTRIBUTE}="${value}"]`;
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
  rules.push(`${scope} [${UI_HOST_ATTRIBUTE}][hidden] { display: contents !important; }`);
  return rules.join('\n') + '\n';
}

/**
 * Puts the page in our hands for the page sheet (SHEET_SCOPE_CLASS); returns the undo. A mark
 * already there is left to whoever set it, unless `takeOver` (the content script takes over
 * one an earlier instance of the extension left, Firefox's reload case).
 */
export function markTidied(doc: Document, takeOver = false): () => void {
  const root = doc.documentElement;
  if (root.classList.contains(SHEET_SCOPE_CLASS) && !takeOver) return () => undefined;
  root.classList.add(SHEET_SCOPE_CLASS);
  return () => {
    root.classList.remove(SHEET_SCOPE_CLASS);
    if (root.getAttribute('class') === '') root.removeAttribute('class');
  };
}
