/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) as we store them.
 * Offsets and quotes are on the NFC-normalised text of the article root: the concatenated data
 * of its text nodes, leaving out the text inside script/style/noscript/template/textarea (see
 * text-map.ts). The strategy is described in README.md next to this file.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Element paths relative to the article root (`/p[2]/a[1]`, `''` for the root; see range-path.ts),
 * with NFC character offsets from the start of that element's text.
 */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

export type AnnotationSelector = TextQuoteSelector | TextPositionSelector | RangeSelector;
