// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createOverlayHost } from '../../../src/page/article/overlay-host';
import { showRecognised, type PlacedItem } from '../../../src/page/extras/recognised-highlights';
import { buildTextIndex } from '../../../src/page/shared/text-index';

// The page's words come from _locales: the English messages, as the browser would give them.
vi.mock('../../../src/platform/browser-api', async () => ({
  t: (await import('../locale-messages')).translatorFor('en'),
}));
vi.mock('../../../src/platform/get-message', async () => ({
  getMessage: (await import('../locale-messages')).translatorFor('en'),
}));

describe('recognised highlights on a long page', () => {
  it('the legend stays hidden while highlights are placed in slices, and shows the counts at the end', async () => {
    const paragraphs = 1200;
    document.body.innerHTML = Array.from(
      { length: paragraphs },
      (_, i) => `<p>Paragraph ${i} says revenue rose 12% this year.</p>`,
    ).join('');
    const index = buildTextIndex([document.body], new Set());
    const items: PlacedItem[] = [];
    for (let at = index.text.indexOf('12%'); at >= 0; at = index.text.indexOf('12%', at + 1)) {
      items.push({
        kind: 'percent',
        index: items.length,
        start: at,
        end: at + 3,
        describe: () => ({ title: 'percent', value: '12%' }),
      });
    }
    expect(items).toHaveLength(paragraphs);
    const overlay = createOverlayHost(document, true);
    const highlights = showRecognised(document, overlay, index.rangeOf, items, {
      figures: true,
      projects: true,
    });
    const legend = overlay.root.querySelector('.legend') as HTMLElement;
    expect(legend.hidden).toBe(true);
    // A named group (a label on an element with no role is dropped by screen readers).
    expect(legend.getAttribute('role')).toBe('group');
    expect(legend.getAttribute('aria-label')).toBeTruthy();
    for (let i = 0; i < 200 && legend.childElementCount === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(legend.hidden).toBe(false);
    expect(legend.textContent).toBe(`percent ${paragraphs}`);
    highlights.dispose();
    overlay.remove();
  });
});
