import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../../../src/model/stored-records';

// The library in a Vietnamese browser: every word from the shipped vi messages.
vi.mock('../../../src/platform/browser-api', async () => ({
  t: (await import('../locale-messages')).translatorFor('vi'),
}));
vi.mock('../../../src/platform/get-message', async () => ({
  getMessage: (await import('../locale-messages')).translatorFor('vi'),
}));
const { ReaderSidebar } = await import('../../../src/ui/reader/reader-sidebar');

const TEXT =
  'Sản lượng đạt 5.700 t, giá 12 triệu đồng/tấn; 40.000 passengers. Thủy điện A Mé 1, 2 chậm.';

/** A clipping of an English-recognised quantity, a rate and a project list, as stored. */
function clipping(): Clipping {
  const at = (s: string, from = 0) => TEXT.indexOf(s, from);
  const aMe1 = at('Thủy điện A Mé 1');
  return {
    id: 'c1',
    url: 'https://example.vn/a',
    canonicalKey: 'https://example.vn/a',
    metadata: {
      title: 'Sản lượng',
      byline: null,
      authors: [],
      siteName: null,
      publishedTime: null,
      modifiedTime: null,
      canonicalUrl: null,
      lang: 'vi',
      description: null,
      doi: null,
    },
    html: `<p>${TEXT}</p>`,
    text: TEXT,
    figures: [
      {
        text: '5.700 t',
        kind: 'quantity',
        value: 5700,
        unit: 't',
        start: at('5.700'),
        end: at('5.700') + 7,
      },
      {
        text: '12 triệu đồng/tấn',
        kind: 'money',
        value: 12e6,
        currency: 'VND',
        per: 'tấn',
        start: at('12 triệu'),
        end: at('12 triệu') + 17,
      },
      {
        text: '40.000 passengers',
        kind: 'quantity',
        value: 40000,
        unit: 'passengers',
        start: at('40.000'),
        end: at('40.000') + 17,
      },
    ],
    // Stored out of text order (an imported backup need not keep it): the list still reads.
    projects: [
      { text: '2', name: '2', type: '', start: aMe1 + 18, end: aMe1 + 19 },
      { text: 'Thủy điện A Mé 1', name: 'A Mé 1', type: 'Thủy điện', start: aMe1, end: aMe1 + 16 },
    ],
    tags: [],
    note: '',
    savedAt: 0,
    updatedAt: 0,
    missingImages: [],
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

function renderSidebar(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <ReaderSidebar
      clipping={clipping()}
      annotations={[]}
      tagSuggestions={[]}
      onNote={() => undefined}
      onTags={() => undefined}
      onAnnotationNote={() => undefined}
    />,
    root,
  );
  return root;
}

describe('the library reader sidebar', () => {
  it('names units and rates in the UI language, as the popup does', () => {
    const root = renderSidebar();
    const figures = [...root.querySelectorAll('[aria-labelledby="reader-figures"] li .muted')].map(
      (el) => el.textContent,
    );
    expect(figures).toEqual([
      'số lượng · 5.700 tấn',
      'tiền · 12.000.000 VND/tấn',
      'số lượng · 40.000 hành khách',
    ]);
  });

  it('names a project given by ellipsis in full, in text order', () => {
    const root = renderSidebar();
    const projects = [...root.querySelectorAll('mark.ra-project')].map((el) => el.textContent);
    expect(projects).toEqual(['Thủy điện A Mé 1', 'Thủy điện A Mé 2']);
  });
});
