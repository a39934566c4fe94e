import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

type Listener = () => void;
const calls: string[] = [];
const state = { granted: false, answer: true };
const permissionListeners: Listener[] = [];

// The WebExtension API and the background, faked at the modules that reach them.
vi.mock('../../../src/platform/browser-api', () => ({
  TARGET_BROWSER: 'chrome',
  t: (key: string) => key,
  browser: {
    permissions: {
      request: async () => {
        calls.push('request');
        state.granted = state.answer;
        return state.answer;
      },
      remove: async () => {
        calls.push('remove');
        state.granted = false;
        return true;
      },
      onAdded: { addListener: (f: Listener) => permissionListeners.push(f), removeListener() {} },
      onRemoved: { addListener: (f: Listener) => permissionListeners.push(f), removeListener() {} },
    },
  },
}));
vi.mock('../../../src/messaging/send', () => ({
  sendToBackground: async (type: string) => {
    calls.push(type);
    return {
      ok: true,
      value: state.granted
        ? { mode: 'automatic', registeredFor: ['http://*/*', 'https://*/*'] }
        : { mode: 'per-click', registeredFor: [] },
    };
  },
}));
const { DetectionSwitch } = await import('../../../src/ui/shared/detection-switch');

const root = document.createElement('div');
document.body.append(root);
const input = () => root.querySelector<HTMLInputElement>('[data-testid="auto-detect"]')!;
const mode = () => root.querySelector('[data-testid="detection"]')?.getAttribute('data-mode');
const toggle = () => {
  input().checked = !input().checked;
  input().dispatchEvent(new Event('change', { bubbles: true }));
};

describe('the automatic-detection switch', () => {
  render(<DetectionSwitch />, root);

  it('shows per-click mode, switched off, when no host access is granted', async () => {
    await vi.waitFor(() => expect(mode()).toBe('per-click'));
    expect(input().checked).toBe(false);
    expect(root.textContent).toContain('modePerClick');
  });

  it('asks for host access in the change handler itself (the user gesture), then shows the automatic mode', async () => {
    calls.splice(0);
    toggle();
    // Synchronously, before any await: browsers refuse permissions.request outside a gesture.
    expect(calls).toEqual(['request']);
    await vi.waitFor(() => expect(mode()).toBe('automatic'));
    expect(calls).toEqual(['request', 'syncDetection']);
    expect(input().checked).toBe(true);
  });

  it('switching off gives the access back', async () => {
    calls.splice(0);
    toggle();
    expect(calls).toEqual(['remove']);
    await vi.waitFor(() => expect(mode()).toBe('per-click'));
    expect(input().checked).toBe(false);
  });

  it('a refused prompt leaves it off', async () => {
    state.answer = false;
    toggle();
    await vi.waitFor(() => expect(calls.at(-1)).toBe('syncDetection'));
    await vi.waitFor(() => expect(input().checked).toBe(false));
    expect(mode()).toBe('per-click');
  });

  it('follows access removed elsewhere (the browser settings) while it is open', async () => {
    state.answer = true;
    toggle();
    await vi.waitFor(() => expect(mode()).toBe('automatic'));
    state.granted = false;
    for (const f of permissionListeners) f();
    await vi.waitFor(() => expect(mode()).toBe('per-click'));
  });
});
