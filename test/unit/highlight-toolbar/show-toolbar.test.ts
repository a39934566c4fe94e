import { describe, expect, it, vi } from 'vitest';
import type { ToolbarAction } from '../../../src/messaging/toolbar-action';

vi.mock('../../../src/platform/browser-api', () => ({
  t: (key: string, subs?: string | string[]) =>
    `${key}${subs ? `:${[subs].flat().join(',')}` : ''}`,
}));
const { showToolbar } = await import('../../../src/ui/highlight-toolbar/show-toolbar');

function open(mode: 'selection' | 'highlight', focus: boolean) {
  document.body.innerHTML = '<div id="bar"></div>';
  const bar = document.getElementById('bar') as HTMLElement;
  const acted: ToolbarAction[] = [];
  showToolbar(
    bar,
    { mode, token: 't1', id: null, focus },
    { act: (a) => void acted.push(a), getNote: async () => '', saveNote: async () => undefined },
  );
  return { bar, acted, buttons: [...bar.querySelectorAll('button')] };
}

const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('the highlight toolbar frame', () => {
  it('is a named toolbar with one Tab stop, arrow keys between its buttons, focus on the first when opened from the keyboard', () => {
    const { bar, buttons, acted } = open('highlight', true);
    expect(bar.getAttribute('role')).toBe('toolbar');
    expect(bar.getAttribute('aria-label')).toBe('toolbarFrameTitle');
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    key(buttons[0] as Element, 'ArrowLeft');
    const last = buttons.at(-1) as HTMLButtonElement;
    expect(document.activeElement).toBe(last);
    expect(last.getAttribute('data-testid')).toBe('delete-highlight');
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([last]);
    last.click();
    expect(acted).toEqual([{ token: 't1', action: 'delete' }]);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'toolbarRecolor:colorYellow',
      'toolbarRecolor:colorGreen',
      'toolbarRecolor:colorBlue',
      'toolbarRecolor:colorPink',
      'toolbarEditNote',
      'toolbarDelete',
    ]);
  });

  it('takes focus on its first button when the frame gets the keyboard late, but not from where a key already moved it', () => {
    const { buttons } = open('highlight', true);
    // The frame's page had no focus yet (Chromium): its controls stayed unfocused.
    (document.activeElement as HTMLElement).blur();
    window.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement).toBe(buttons[0]);

    const again = open('highlight', true).buttons;
    key(again[0] as Element, 'ArrowRight');
    expect(document.activeElement).toBe(again[1]);
    // The window's focus arriving after that key (or the reader coming back to the window
    // later) leaves focus where the key put it.
    window.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement).toBe(again[1]);
  });

  it('draws its note and delete icons as SVG, not as emoji or dingbats that need a font', () => {
    const { bar } = open('highlight', false);
    expect(bar.textContent).toBe('');
    expect(
      [...bar.querySelectorAll('svg[data-icon]')].map((s) => s.getAttribute('data-icon')),
    ).toEqual(['note', 'delete']);
    expect(bar.querySelector('[data-testid="delete-highlight"] svg path')).not.toBeNull();
    // Opened by the mouse, it leaves focus alone.
    expect(document.activeElement).toBe(document.body);
  });
});
