// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../src/page/user-highlights/snap-to-words';

function rangeIn(html: string, from: [number, number], to: [number, number]): Range {
  document.body.innerHTML = html;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const range = document.createRange();
  range.setStart(texts[from[0]] as Text, from[1]);
  range.setEnd(texts[to[0]] as Text, to[1]);
  return range;
}

describe('a selection snapped to whole words', () => {
  it('a Vietnamese quote that stopped inside a syllable takes the whole syllable', () => {
    const text = 'Sản lượng điện đáp ứng nhu cầu của tỉnh.';
    const cut = text.indexOf('nhu') + 2;
    const range = rangeIn(`<p>${text}</p>`, [0, text.indexOf('điện')], [0, cut]);
    expect(range.toString()).toBe('điện đáp ứng nh');
    expect(snapToWords(range, 'vi').toString()).toBe('điện đáp ứng nhu');
  });

  it('both ends grow to the word they fall in, across elements', () => {
    const range = rangeIn('<p>The <b>tariffs</b> were raised sharply in May.</p>', [1, 3], [2, 8]);
    expect(range.toString()).toBe('iffs were ra');
    expect(snapToWords(range, 'en').toString()).toBe('tariffs were raised');
  });

  it('an end already between words, or after punctuation, stays where it is', () => {
    const text = 'Giá trị đạt 202,6 tỷ đồng, giảm 41,6%.';
    const start = text.indexOf('202');
    const end = text.indexOf('đồng') + 'đồng'.length;
    const range = rangeIn(`<p>${text}</p>`, [0, start], [0, end]);
    expect(snapToWords(range, 'vi').toString()).toBe('202,6 tỷ đồng');
    const spaced = rangeIn(`<p>${text}</p>`, [0, start - 1], [0, end + 1]);
    expect(snapToWords(spaced, 'vi').toString()).toBe(' 202,6 tỷ đồng,');
  });

  it('leaves the original range untouched and a collapsed one as it is', () => {
    const range = rangeIn('<p>economic figures</p>', [0, 2], [0, 10]);
    const snapped = snapToWords(range);
    expect(snapped.toString()).toBe('economic figures');
    expect(range.toString()).toBe('onomic f');
    const caret = rangeIn('<p>economic</p>', [0, 3], [0, 3]);
    expect(snapToWords(caret).collapsed).toBe(true);
  });
});
