/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) as we store them.
 * Offsets and quotes are on the NFC-normalised text content of the article root.
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

/** XPath-like paths relative to the article root, with character offsets inside the text nodes' element. */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

export type AnnotationSelector = TextQuoteSelector | TextPositionSelector | RangeSelector;
