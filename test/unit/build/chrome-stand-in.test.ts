// @vitest-environment node
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { build, type Rolldown } from 'vite';
import type { Runtime } from 'webextension-polyfill';
import { chromeBrowser, type ChromeApi } from '../../../src/platform/chrome-browser';
import { DETECTOR_FILE } from '../../../src/background/article-module-file';
import { aliasesFor, SCRIPTS } from '../../../scripts/vite-plugin-article-module';

type ChromeListener = Parameters<ChromeApi['runtime']['onMessage']['addListener']>[0];

/** A callback-style `chrome` whose sendMessage answers `reply`, with `lastError` set meanwhile. */
function fakeChrome(reply: unknown = undefined, lastError?: string) {
  const listeners = new Set<ChromeListener>();
  const runtime = {
    id: 'ext-id' as string | undefined,
    lastError: undefined as { message?: string } | undefined,
    getURL: (p: string) => `chrome-extension://ext-id/${p}`,
    connect: vi.fn(() => ({ name: 'port' }) as unknown as Runtime.Port),
    sendMessage: vi.fn((_message: unknown, callback: (reply: unknown) => void) => {
      // Chrome sets lastError only while the callback runs.
      queueMicrotask(() => {
        runtime.lastError = lastError === undefined ? undefined : { message: lastError };
        callback(reply);
        runtime.lastError = undefined;
      });
    }),
    onMessage: {
      addListener: (l: ChromeListener) => void listeners.add(l),
      removeListener: (l: ChromeListener) => void listeners.delete(l),
    },
  };
  const chrome: ChromeApi = { runtime, i18n: { getMessage: (key) => `msg:${key}` } };
  /** Delivers a message as Chrome does: what the listeners return, and what was answered. */
  const deliver = async (message: unknown) => {
    const answers: unknown[] = [];
    const returned = [...listeners].map((l) =>
      l(message, { id: 'ext-id' }, (response) => answers.push(response)),
    );
    await new Promise((r) => setTimeout(r, 0));
    return { returned, answers };
  };
  return { chrome, runtime, listeners, deliver };
}

describe('the Chrome stand-in for webextension-polyfill (detector only)', () => {
  it('sendMessage resolves the reply', async () => {
    const { chrome } = fakeChrome({ ok: true, value: 1 });
    await expect(chromeBrowser(chrome).runtime.sendMessage({ a: 1 })).resolves.toEqual({
      ok: true,
      value: 1,
    });
  });

  it('sendMessage rejects with runtime.lastError, read while the callback runs', async () => {
    const { chrome } = fakeChrome(
      undefined,
      'Could not establish connection. Receiving end does not exist.',
    );
    await expect(chromeBrowser(chrome).runtime.sendMessage({})).rejects.toThrow(
      'Could not establish connection. Receiving end does not exist.',
    );
  });

  it('sendMessage resolves undefined when no listener answered, as the polyfill and Firefox do', async () => {
    const { chrome } = fakeChrome(
      undefined,
      'The message port closed before a response was received.',
    );
    await expect(chromeBrowser(chrome).runtime.sendMessage({})).resolves.toBeUndefined();
  });

  it("sendMessage rejects on the polyfill's rejection marker from the other side", async () => {
    const { chrome } = fakeChrome({ __mozWebExtensionPolyfillReject__: true, message: 'nope' });
    await expect(chromeBrowser(chrome).runtime.sendMessage({})).rejects.toThrow('nope');
  });

  it('sendMessage rejects when chrome throws (extension context invalidated)', async () => {
    const { chrome, runtime } = fakeChrome();
    runtime.sendMessage.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(chromeBrowser(chrome).runtime.sendMessage({})).rejects.toThrow(
      'Extension context invalidated.',
    );
  });

  it('a listener answering with a promise keeps the channel open and answers its value', async () => {
    const { chrome, deliver } = fakeChrome();
    chromeBrowser(chrome).runtime.onMessage.addListener(async (m) => ({ echo: m }));
    const { returned, answers } = await deliver('hi');
    expect(returned).toEqual([true]);
    expect(answers).toEqual([{ echo: 'hi' }]);
  });

  it('a rejected or throwing listener answers the marker the polyfill turns back into a rejection', async () => {
    const { chrome, deliver } = fakeChrome();
    const api = chromeBrowser(chrome);
    api.runtime.onMessage.addListener(() => Promise.reject(new Error('failed')));
    api.runtime.onMessage.addListener(() => {
      throw new Error('thrown');
    });
    const { returned, answers } = await deliver('x');
    expect(returned).toEqual([true, true]);
    expect(answers).toEqual([
      { __mozWebExtensionPolyfillReject__: true, message: 'failed' },
      { __mozWebExtensionPolyfillReject__: true, message: 'thrown' },
    ]);
  });

  it('a listener returning nothing answers nothing and lets others answer', async () => {
    const { chrome, deliver } = fakeChrome();
    chromeBrowser(chrome).runtime.onMessage.addListener(() => undefined);
    const { returned, answers } = await deliver('x');
    expect(returned).toEqual([false]);
    expect(answers).toEqual([]);
  });

  it('removeListener removes the listener addListener added', async () => {
    const { chrome, listeners } = fakeChrome();
    const api = chromeBrowser(chrome);
    const listener = async () => 1;
    api.runtime.onMessage.addListener(listener);
    expect(listeners.size).toBe(1);
    api.runtime.onMessage.removeListener(listener);
    expect(listeners.size).toBe(0);
  });

  it('runtime.id is read at each call (gone once the extension is reloaded), the rest passes through', () => {
    const { chrome, runtime } = fakeChrome();
    const api = chromeBrowser(chrome);
    expect(api.runtime.id).toBe('ext-id');
    runtime.id = undefined;
    expect(api.runtime.id).toBeUndefined();
    expect(api.runtime.getURL('x.html')).toBe('chrome-extension://ext-id/x.html');
    expect(api.i18n.getMessage('k')).toBe('msg:k');
    api.runtime.connect({ name: 'p' });
    expect(runtime.connect).toHaveBeenCalledWith({ name: 'p' });
  });
});

describe('the detector built for Chrome', () => {
  it('calls nothing of `browser` that the stand-in lacks', async () => {
    const detector = SCRIPTS.find((s) => s.file === DETECTOR_FILE);
    if (!detector) throw new Error('no detector script');
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      define: { __BROWSER__: '"chrome"' },
      resolve: { alias: aliasesFor(detector, 'chrome') },
      build: {
        write: false,
        target: 'es2022',
        minify: false,
        lib: { entry: path.resolve(detector.entry), formats: ['iife'], name: 'detector' },
      },
    });
    const output = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const code = output.flatMap((o) => o.output).find((c) => c.type === 'chunk')?.code ?? '';
    expect(code).not.toContain('This script should only be loaded in a browser extension');
    const binding = /\b(?:var|let|const) ([\w$]+) = chromeBrowser\(/.exec(code)?.[1];
    if (!binding) throw new Error('the stand-in is not in the bundle');
    // Every use of the stand-in's binding in code (comments left out), as a property path
    // (browser.runtime.onMessage.addListener), the definition itself left out.
    const codeOnly = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const uses = [...codeOnly.matchAll(new RegExp(`\\b${binding}\\b((?:\\.[\\w$]+)*)`, 'g'))]
      .filter((m) => !codeOnly.startsWith(' = chromeBrowser(', (m.index ?? 0) + m[0].length))
      .map((m) => m[1] ?? '');
    expect(uses.length).toBeGreaterThan(0);
    const { chrome } = fakeChrome();
    const api = chromeBrowser(chrome) as unknown as Record<string, unknown>;
    for (const use of uses) {
      const parts = use.split('.').slice(1);
      expect(
        parts.length,
        `a use of the whole \`browser\`: ${binding}${use}`,
      ).toBeGreaterThanOrEqual(2);
      let value: unknown = api;
      for (const part of parts.slice(0, 3))
        value = (value as Record<string, unknown> | undefined)?.[part];
      expect(value, `browser${use}`).toBeDefined();
    }
  });
});
