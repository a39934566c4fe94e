// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { i18nMessage } from '../../../src/platform/i18n-message';

const host = globalThis as { chrome?: unknown; browser?: unknown };
afterEach(() => {
  delete host.chrome;
  delete host.browser;
});

describe('i18nMessage', () => {
  it('asks browser.i18n (Firefox) or chrome.i18n (Chrome), with substitutions', () => {
    host.chrome = { i18n: { getMessage: (k: string, s?: string) => `chrome:${k}:${s ?? ''}` } };
    expect(i18nMessage('readerMinutes', '3')).toBe('chrome:readerMinutes:3');
    host.browser = { i18n: { getMessage: (k: string) => `browser:${k}` } };
    expect(i18nMessage('readerStop')).toBe('browser:readerStop');
  });

  it('gives the key where there is no API or no message', () => {
    expect(i18nMessage('readerStop')).toBe('readerStop');
    host.chrome = { i18n: { getMessage: () => '' } };
    expect(i18nMessage('readerStop')).toBe('readerStop');
  });
});
