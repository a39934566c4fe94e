import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClippingRow } from '../../../src/ui/library/clipping-row';
import { makeClipping, money, summary } from './library-fixtures';

// The shipped messages, resolved as chrome.i18n does ($1 → the substitution), in either locale.
const locale = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('../../../src/platform/browser-api', () => ({
  t: (key: string, subs?: string | string[]) => {
    const file = `${process.cwd()}/public/_locales/${locale.lang}/messages.json`;
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    const args = [subs ?? []].flat();
    const text = messages[key]?.message;
    if (text === undefined) throw new Error(`no message ${key}`);
    return text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  },
}));

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function row(overrides: Parameters<typeof makeClipping>[1], highlights = 0): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  const c = summary(makeClipping('c', overrides));
  act(() =>
    render(
      <ClippingRow
        clipping={c}
        counts={{ highlights, orphans: 0 }}
        matcher={null}
        selected={false}
        position={0}
        total={1}
        top={0}
        onToggle={() => undefined}
        onOpen={() => undefined}
      />,
      host,
    ),
  );
  return host;
}

describe('ClippingRow text', () => {
  const base = makeClipping('x');

  it('says "1 figure", "1 project", "1 highlight" in the singular', () => {
    locale.lang = 'en';
    const project = {
      text: 'Thủy điện Nậm Voi',
      name: 'Nậm Voi',
      type: 'Thủy điện',
      start: 0,
      end: 17,
    };
    const el = row({ figures: [money('5 tỷ đồng', 5e9, 'VND')], projects: [project] }, 1);
    const meta = el.querySelector('.clip-meta')?.textContent ?? '';
    expect(meta).toContain('1 figure ·');
    expect(meta).toContain('1 project ·');
    expect(meta).toContain('1 highlight');
    expect(meta).not.toMatch(/\b1 (figures|projects|highlights)\b/);
    const many = row({ figures: [], projects: [] }, 2).querySelector('.clip-meta')?.textContent;
    expect(many).toContain('0 figures');
    expect(many).toContain('2 highlights');
  });

  it('says when the date shown is the save date, not the published one', () => {
    locale.lang = 'en';
    const saved = Date.UTC(2024, 0, 2, 12);
    const undated = row({ metadata: { ...base.metadata, publishedTime: null }, savedAt: saved });
    expect(undated.querySelector('[data-testid="clip-date"]')?.textContent).toBe(
      `saved ${new Date(saved).toLocaleDateString()}`,
    );
    const dated = row({
      metadata: { ...base.metadata, publishedTime: '2020-05-12T08:30:00+07:00' },
      savedAt: saved,
    });
    const text = dated.querySelector('[data-testid="clip-date"]')?.textContent ?? '';
    expect(text).not.toContain('saved');
    expect(text).toBe(new Date('2020-05-12T08:30:00+07:00').toLocaleDateString());
  });

  it('has the same messages in Vietnamese', () => {
    locale.lang = 'vi';
    const el = row({ metadata: { ...base.metadata, publishedTime: null } }, 1);
    expect(el.querySelector('[data-testid="clip-date"]')?.textContent).toMatch(/^lưu ngày /);
    expect(el.querySelector('.clip-meta')?.textContent).toContain('1 đoạn đánh dấu');
  });
});
