/**
 * A selection grown to whole words at both ends, so a saved quote never ends in half a word
 * ("…đáp ứng nh" becomes "…đáp ứng nhu cầu" when the drag stopped inside "nhu"). Word edges come
 * from `Intl.Segmenter` (word granularity), which knows Vietnamese syllables, Thai or Japanese
 * as well as English; where there is none, the range is left as it was.
 *
 * Only an end that falls inside a word moves, to that word's edge within the same text node:
 * an end already between words, or on an element boundary, stays.
 */
export function snapToWords(range: Range, locale?: string): Range {
  if (range.collapsed || typeof Intl === 'undefined' || !('Segmenter' in Intl)) return range;
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const snapped = range.cloneRange();
  const wordAround = (text: string, at: number) => {
    // The segment holding the character at `at`, if it is a word.
    const seg = segmenter.segment(text).containing(at);
    return seg?.isWordLike ? { start: seg.index, end: seg.index + seg.segment.length } : null;
  };
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer.nodeType === Node.TEXT_NODE) {
    const text = (startContainer as Text).data;
    if (startOffset > 0 && startOffset < text.length) {
      const word = wordAround(text, startOffset);
      if (word && word.start < startOffset) snapped.setStart(startContainer, word.start);
    }
  }
  if (endContainer.nodeType === Node.TEXT_NODE) {
    const text = (endContainer as Text).data;
    if (endOffset > 0 && endOffset < text.length) {
      const word = wordAround(text, endOffset - 1);
      if (word && word.end > endOffset) snapped.setEnd(endContainer, word.end);
    }
  }
  return snapped;
}
