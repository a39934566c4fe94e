// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { getMessage } from '../../../src/platform/get-message';

const host = globalThis as { chrome?: unknown };
afterEach(() => {
  delete host.chrome;
});

describe('getMessage (page code, without webextension-polyfill)', () => {
  it('asks chrome.i18n (both browsers have it), with substitutions', () => {
    host.chrome = { i18n: { getMessage: (k: string, s?: string) => `chrome:${k}:${s ?? ''}` } };
    expect(getMessage('readerMinutes', '3')).toBe('chrome:readerMinutes:3');
  });

  it('gives the key where there is no API, no message, or the API throws', () => {
    expect(getMessage('readerStop')).toBe('readerStop');
    host.chrome = { i18n: { getMessage: () => '' } };
    expect(getMessage('readerStop')).toBe('readerStop');
    host.chrome = {
      i18n: {
        getMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    };
    expect(getMessage('readerStop')).toBe('readerStop');
  });
});
