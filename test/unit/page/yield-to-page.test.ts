import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextFrame, yieldToPage } from '../../../src/page/shared/yield-to-page';

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
}

describe('yielding to the page', () => {
  afterEach(() => {
    setVisibility('visible');
    vi.restoreAllMocks();
  });

  it('waits for a timer turn in a tab the reader sees', async () => {
    setVisibility('visible');
    const timer = vi.spyOn(window, 'setTimeout');
    await yieldToPage();
    expect(timer).toHaveBeenCalled();
  });

  it('goes on in a task that is not a timer in a hidden tab, where timers wait a second', async () => {
    setVisibility('hidden');
    const timer = vi.spyOn(window, 'setTimeout');
    let after = false;
    const yielded = yieldToPage().then(() => {
      after = true;
    });
    await Promise.resolve();
    expect(after).toBe(false); // a task of its own, not a microtask
    await yielded;
    expect(after).toBe(true);
    expect(timer).not.toHaveBeenCalled();
  });

  it('keeps an asked-for delay a timer even in a hidden tab', async () => {
    setVisibility('hidden');
    const timer = vi.spyOn(window, 'setTimeout');
    await yieldToPage(5);
    expect(timer).toHaveBeenCalled();
  });

  it('does not wait for a frame that a hidden tab never renders', async () => {
    setVisibility('hidden');
    const timer = vi.spyOn(window, 'setTimeout');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const change = vi.fn();
    await expect(nextFrame(window, change)).resolves.toBeNull();
    expect(change).toHaveBeenCalledOnce();
    expect(timer).not.toHaveBeenCalled();
    expect(frame).not.toHaveBeenCalled();
  });
});
