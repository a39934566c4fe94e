// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildClippingDraft } from '../../../src/page/reader/clipping-draft';
import { metadataTitled } from '../library/library-fixtures';

const metadata = metadataTitled('Tariffs — price list');

describe('a clipping of a page without an article plan', () => {
  it('holds the whole page as it renders, with the figures in it', async () => {
    document.documentElement.innerHTML =
      '<head><style>.tip { display: none; }</style></head><body>' +
      '<h1>Tariffs</h1><table><tr><td>Households</td><td>1,806 VND per kWh</td></tr>' +
      '<tr><td>Industry</td><td>up 4.8% from May</td></tr></table>' +
      '<p>Prices change on 1 June.<span class="tip"> Save $5 today</span></p>' +
      '<script>window.tracker = "$3 million";</script><button>Share 2 times</button></body>';
    const draft = await buildClippingDraft(document, null, metadata);
    expect(draft.wholePage).toBe(true);
    expect(draft.html).toContain('<table>');
    expect(draft.html).toContain('1,806 VND per kWh');
    expect(draft.html).not.toContain('Save $5');
    expect(draft.html).not.toContain('tracker');
    expect(draft.text).toBe(
      'Tariffs\nHouseholds\n1,806 VND per kWh\nIndustry\nup 4.8% from May\nPrices change on 1 June.',
    );
    expect(draft.figures.map((f) => [f.text, f.kind])).toEqual([
      ['1,806 VND per kWh', 'money'],
      ['4.8%', 'percent'],
    ]);
    for (const f of draft.figures) expect(draft.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('is empty, not whole, when the page has no body', async () => {
    document.documentElement.replaceChildren();
    const draft = await buildClippingDraft(document, null, metadata);
    expect(draft.wholePage).toBe(false);
    expect(draft.html).toBe('');
    expect(draft.text).toBe('');
  });
});
