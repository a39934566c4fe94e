/**
 * The one definition of every highlight colour: the reader's own (yellow, green, blue, pink),
 * the figure kinds and projects. The page (its stylesheet, the legend, the boxes of the reader's
 * highlights) and the library's reader paint from it, so a green highlight is the same green in
 * both and a money figure the same amber.
 *
 * Translucent over the text, so it keeps its own colour on light and dark pages. On the
 * reader's dark theme the same hues are laid fainter, which keeps its light text at WCAG AA
 * contrast (4.5:1) over every one of them.
 */
import type { FigureKind } from '../../model/figure';
import type { HighlightColor } from '../../model/stored-records';

export type HighlightName = HighlightColor | FigureKind | 'project';

/** Hue and opacity over a light page. */
const COLOURS: Record<HighlightName, { rgb: readonly [number, number, number]; alpha: number }> = {
  yellow: { rgb: [255, 235, 59], alpha: 0.45 },
  green: { rgb: [102, 187, 106], alpha: 0.4 },
  blue: { rgb: [66, 165, 245], alpha: 0.35 },
  pink: { rgb: [240, 98, 146], alpha: 0.35 },
  money: { rgb: [255, 179, 0], alpha: 0.4 },
  percent: { rgb: [41, 121, 255], alpha: 0.3 },
  quantity: { rgb: [171, 71, 188], alpha: 0.3 },
  project: { rgb: [0, 150, 136], alpha: 0.28 },
};

/** Opacity of every hue on the reader's dark theme. */
const DARK_ALPHA = 0.35;
/** The legend's swatches are a little stronger than the highlights, to read as small squares. */
const SWATCH_EXTRA = 0.2;

const rgba = (name: HighlightName, alpha: number): string => {
  const [r, g, b] = COLOURS[name].rgb;
  return `rgba(${r}, ${g}, ${b}, ${Math.round(alpha * 100) / 100})`;
};

/** The highlight's background on a page, and in the reader's light theme. */
export const highlightColour = (name: HighlightName): string => rgba(name, COLOURS[name].alpha);

/** Its background in the reader's dark theme. */
export const darkHighlightColour = (name: HighlightName): string => rgba(name, DARK_ALPHA);

/** Its swatch in the page's legend. */
export const swatchColour = (name: HighlightName): string =>
  rgba(name, Math.min(1, COLOURS[name].alpha + SWATCH_EXTRA));

/** Projects are also underlined, so the two families differ without colour. */
export const PROJECT_UNDERLINE = 'rgba(0, 121, 107, 0.9)';
