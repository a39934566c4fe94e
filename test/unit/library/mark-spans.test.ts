// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markSavedSpans } from '../../../src/ui/reader/mark-spans';

describe('marking saved figures and projects in the reader', () => {
  it('marks the same occurrence the recogniser found, across element boundaries, every repeat', () => {
    const saved = 'Năm 2020\nThủy điện A Mé 1, 2 và Phong Thổ; Phong Thổ đạt 5,446 triệu USD';
    const root = document.createElement('div');
    root.innerHTML =
      '<h1>Năm 2020</h1><p>Thủy điện A Mé 1, 2 và Phong Thổ; <b>Phong</b> Thổ đạt <i>5,446</i> triệu USD</p>';
    const spans = [
      { text: '2', start: saved.indexOf('1, 2') + 3 },
      { text: 'Phong Thổ', start: saved.indexOf('Phong Thổ') },
      { text: 'Phong Thổ', start: saved.lastIndexOf('Phong Thổ') },
      { text: '5,446 triệu USD', start: saved.indexOf('5,446') },
    ];
    expect(markSavedSpans(root, saved, spans, 'ra-project')).toBe(4);
    const marks = [...root.querySelectorAll('mark.ra-project')].map((m) => m.textContent);
    expect(marks).toEqual(['2', 'Phong Thổ', 'Phong', ' Thổ', '5,446', ' triệu USD']);
    // The "2" of "2020" in the headline stays unmarked.
    expect(root.querySelector('h1')?.innerHTML).toBe('Năm 2020');
  });
});
