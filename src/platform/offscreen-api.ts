/**
 * Chrome's `offscreen` API, which webextension-polyfill does not wrap (Firefox has no such
 * API: its background is a page with a DOM already). Only the calls we make are typed.
 */
export interface ChromeOffscreen {
  createDocument(parameters: {
    url: string;
    reasons: string[];
    justification: string;
  }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

/** The API where the browser has it, else null. */
export function chromeOffscreen(): ChromeOffscreen | null {
  const chrome = (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome;
  return chrome?.offscreen ?? null;
}
