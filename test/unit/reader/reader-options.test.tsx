import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderOptions, readerLookStyle } from '../../../src/ui/reader/reader-options';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/store/settings-repository';

vi.mock('../../../src/platform/browser-api', () => ({
  t: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' '),
}));

let host: HTMLElement;
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

function mount(settings: Settings, onChange: (key: string, value: unknown) => void) {
  host = document.createElement('div');
  document.body.append(host);
  act(() =>
    render(
      <ReaderOptions settings={settings} onChange={onChange} text={'lời '.repeat(700)} lang="vi" />,
      host,
    ),
  );
  return host;
}

describe('ReaderOptions (library reader)', () => {
  it('changes font, width and spacing, and shows the reading time', () => {
    const changes: [string, unknown][] = [];
    const el = mount(DEFAULT_SETTINGS, (k, v) => changes.push([k, v]));
    for (const [name, value] of [
      ['readerFont', 'sans'],
      ['readerWidth', 'narrow'],
      ['readerSpacing', 'loose'],
    ] as const) {
      const select = el.querySelector(`[data-testid="reader-${name}"]`) as HTMLSelectElement;
      act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    expect(changes).toEqual([
      ['readerFont', 'sans'],
      ['readerWidth', 'narrow'],
      ['readerSpacing', 'loose'],
    ]);
    expect(el.querySelector('[data-testid="reading-time"]')?.textContent).toBe('readerMinutes 2');
  });

  it('hides read-aloud without speechSynthesis and drives it where there is one', () => {
    expect(mount(DEFAULT_SETTINGS, () => undefined).querySelector('.read-aloud')).toBeNull();
    act(() => render(null, host));
    host.remove();
    const spoken: string[] = [];
    Object.assign(window, {
      speechSynthesis: {
        speak: (u: { text: string }) => spoken.push(u.text),
        cancel() {},
        pause() {},
        resume() {},
        getVoices: () => [],
      },
      SpeechSynthesisUtterance: class {
        constructor(public text: string) {}
      },
    });
    const el = mount(DEFAULT_SETTINGS, () => undefined);
    const play = el.querySelector('[data-testid="read-aloud-play"]') as HTMLButtonElement;
    const stop = el.querySelector('[data-testid="read-aloud-stop"]') as HTMLButtonElement;
    expect(stop.disabled).toBe(true);
    act(() => play.click());
    expect(spoken.length).toBeGreaterThan(0);
    expect(el.querySelector('[data-testid="read-aloud-pause"]')).not.toBeNull();
    expect(stop.disabled).toBe(false);
    act(() => stop.click());
    expect(el.querySelector('[data-testid="read-aloud-play"]')?.textContent).toBe(
      'readerReadAloud',
    );
  });

  it('sets the look as custom properties', () => {
    expect(
      readerLookStyle({ ...DEFAULT_SETTINGS, readerWidth: 'narrow', readerSpacing: 'tight' }),
    ).toMatchObject({
      '--reader-measure': '32em',
      '--reader-line-height': '1.45',
    });
  });
});
