// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openReaderView } from '../../../src/page/reader/reader-view';
import { DEFAULT_READER_LOOK } from '../../../src/shared/reader-look';

const t = (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' ');

const ARTICLE = {
  html: `<p>${'Freight rose again this spring at the harbour. '.repeat(60)}</p>`,
  title: 'Harbour freight rose',
  byline: 'Jane Roe',
  site: 'Example Wire',
};

let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  close = null;
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

function open(
  over: Partial<Parameters<typeof openReaderView>[1]> = {},
  look = DEFAULT_READER_LOOK,
) {
  const changes: unknown[] = [];
  close = openReaderView(
    document,
    { ...ARTICLE, ...over },
    { look, onLook: (c) => changes.push(c), t },
  );
  const root = document.querySelector('[data-reader-assistant-ui="reader"]')?.shadowRoot;
  if (!root) throw new Error('no reader view');
  return { root, changes };
}

describe('openReaderView', () => {
  it('shows the publication date from the metadata', () => {
    document.documentElement.lang = 'en';
    const { root } = open({ published: '2024-04-26T15:20:00Z' });
    const time = root.querySelector('[data-testid="reader-view-date"]');
    expect(time?.getAttribute('datetime')).toBe('2024-04-26T15:20:00Z');
    expect(time?.textContent).toMatch(/April 2[67], 2024/);
    expect(root.querySelector('.meta')?.textContent).toMatch(/^Jane Roe · Example Wire · April/);
  });

  it('shows no date when the page has none or an unreadable one', () => {
    expect(
      open({ published: null }).root.querySelector('[data-testid="reader-view-date"]'),
    ).toBeNull();
    close?.();
    expect(
      open({ published: 'soon' }).root.querySelector('[data-testid="reader-view-date"]'),
    ).toBeNull();
  });

  it('applies the stored look and reports a change of font, width, spacing or theme', () => {
    const { root, changes } = open(
      {},
      { ...DEFAULT_READER_LOOK, theme: 'sepia', font: 'sans', width: 'wide', spacing: 'loose' },
    );
    const shell = root.querySelector('.reader') as HTMLElement;
    const article = root.querySelector('article') as HTMLElement;
    expect(shell.classList.contains('sepia')).toBe(true);
    expect(article.style.maxWidth).toBe('52em');
    expect(article.style.lineHeight).toBe('2');
    expect(article.style.fontFamily).toContain('sans-serif');
    const width = root.querySelector('[data-testid="reader-view-width"]') as HTMLSelectElement;
    expect(width.value).toBe('wide');
    // Only a real user's change acts: the page's own script cannot restyle our reader.
    width.value = 'narrow';
    width.dispatchEvent(new Event('change'));
    expect(changes).toEqual([]);
    expect(article.style.maxWidth).toBe('52em');
    expect(root.querySelector('[data-testid="reader-view-time"]')?.textContent).toBe(
      'readerMinutes 2',
    );
  });

  it('hides read-aloud where the browser cannot speak, and offers it where it can', () => {
    expect(open().root.querySelector('[data-testid="reader-view-play"]')).toBeNull();
    close?.();
    Object.assign(window, {
      speechSynthesis: { speak() {}, cancel() {}, pause() {}, resume() {}, getVoices: () => [] },
      SpeechSynthesisUtterance: class {},
    });
    const { root } = open();
    expect(root.querySelector('[data-testid="reader-view-play"]')?.textContent).toBe(
      'readerReadAloud',
    );
    expect(
      (root.querySelector('[data-testid="reader-view-stop"]') as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
