import { afterAll, beforeAll } from 'vitest';
import type { ExtensionBrowser, TestPage } from './extension-browser';
import { serveFixtures, type FixtureServer } from './fixture-server';
import type { HostAccess } from './host-access';
import { launch, type BrowserName } from './launch';
import { tabIdOf } from './tab-id';
import { askArgs, askDetectors, pollVerdict, type DetectorVerdict } from './detector-verdict';

/** One browser with the built extension and the fixture server, for a `describe` block. */
export interface E2eSession {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
  url(path: string): string;
}

/**
 * Registers beforeAll/afterAll that launch `name` with the extension and serve test/fixtures.
 * `hostAccess: 'granted'` starts with automatic detection switched on (the optional host
 * access granted, see support/host-access.ts), so the detector runs on every page as it loads;
 * `'none'` is a fresh install in per-click mode.
 */
export function useExtensionSession(
  name: BrowserName,
  options: { hostAccess: HostAccess; lang?: string; colorScheme?: 'light' | 'dark' },
): E2eSession {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    const { hostAccess, ...rest } = options;
    browser = await launch(name, hostAccess, rest);
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the fixture server is not running yet');
      return server;
    },
    url: (path) => `${server?.origin ?? ''}${path}`,
  };
}

/** The seed article taken in hand in one tab, an extension page beside it, and the seed tab's id. */
export interface SeedInHand {
  readonly page: TestPage;
  readonly ext: TestPage;
  readonly tabId: number;
}

/**
 * Registers a beforeAll (after the session's) that opens `path` (the seed by default), waits
 * until the page is taken in hand as an article, and opens an extension page from which
 * messages are sent to that tab.
 */
export function useArticleInHand(session: E2eSession, path = '/seed/laichau.html'): SeedInHand {
  let state: SeedInHand | undefined;
  beforeAll(async () => {
    const page = await openPage(session, path, 'article');
    const ext = await session.browser.newPage();
    const tabId = await tabIdOf(session.browser, ext, session.url(path));
    state = { page, ext, tabId };
  }, 120000);
  const get = (): SeedInHand => {
    if (!state) throw new Error('the article is not open yet');
    return state;
  };
  return {
    get page() {
      return get().page;
    },
    get ext() {
      return get().ext;
    },
    get tabId() {
      return get().tabId;
    },
  };
}

/**
 * Opens a fixture page and waits until the content script has its verdict: on an article,
 * until it has marked the page (`<html data-reader-assistant="article">`, once the page is
 * taken in hand); else, as a page we leave alone carries no mark of ours, until the detector
 * says so when asked from an extension page.
 */
export async function openPage(
  session: E2eSession,
  path: string,
  verdict?: 'article' | 'not-article',
): Promise<TestPage> {
  const page = await session.browser.newPage();
  await page.goto(session.url(path));
  if (verdict === 'article') {
    await page.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
    );
    return page;
  }
  const found = await verdictOf(session, session.url(path));
  if (verdict && found !== verdict) throw new Error(`${path}: ${found}, not ${verdict}`);
  if (found === 'article')
    await page.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
    );
  return page;
}

/** What the detector in the tab showing `url` found, asked from an extension page (`getStatus`). */
export async function verdictOf(
  session: E2eSession,
  url: string,
  timeoutMs = 15000,
): Promise<DetectorVerdict> {
  const ext = await session.browser.newPage();
  try {
    await ext.goto(session.browser.extensionUrl('library.html'));
    return await pollVerdict(() => ext.evaluate(askDetectors, askArgs(url)), url, timeoutMs);
  } finally {
    await ext.close();
  }
}

/** Opens the popup for the tab showing `path` (as `popup.html?tab=<id>`) and waits for it to load. */
export async function openPopupFor(session: E2eSession, path: string): Promise<TestPage> {
  const popup = await session.browser.newPage();
  const tabId = await tabIdOf(session.browser, popup, session.url(path));
  await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.waitFor(() => document.querySelector('[data-testid="save-clipping"]') !== null, null);
  return popup;
}

/** Clicks "Save clipping" in an open popup and waits for the saved state. */
export async function saveFromPopup(popup: TestPage): Promise<void> {
  await popup.click('[data-testid="save-clipping"]');
  await popup.waitFor(
    () => /saved/i.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
    null,
    30000,
  );
}

/** Puts a file into `[data-testid="import-file"]` as a user choosing it would (DataTransfer, both browsers). */
/** Opens the library's "Import backup…" disclosure as a reader would, if it is closed. */
export async function openImport(page: TestPage): Promise<void> {
  const open = await page.evaluate(
    () =>
      document.querySelector<HTMLDetailsElement>('[data-testid="import-disclosure"]')?.open ?? true,
    null,
  );
  if (!open) await page.click('[data-testid="import-disclosure"] > summary');
}

export async function chooseFile(page: TestPage, name: string, content: string): Promise<void> {
  await openImport(page);
  await page.evaluate(
    ({ n, c }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
      if (!input) throw new Error('no import input');
      const data = new DataTransfer();
      data.items.add(new File([c], n, { type: 'application/json' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { n: name, c: content },
  );
}

/** Opens the library page; with `recordViolations`, CSP reports collect in `window.__violations`. */
export async function openLibraryPage(
  session: E2eSession,
  options: { recordViolations?: boolean } = {},
): Promise<TestPage> {
  const library = await session.browser.newPage();
  await library.goto(session.browser.extensionUrl('library.html'));
  if (options.recordViolations) {
    await library.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    }, null);
  }
  return library;
}

/** Opens the listed clipping whose row contains `title` in the library's reader and waits for its text. */
export async function openClipping(library: TestPage, title: string): Promise<void> {
  await library.waitFor(
    (t) =>
      [...document.querySelectorAll('[data-testid="clipping-item"]')].some((e) =>
        (e.textContent ?? '').includes(t),
      ),
    title,
  );
  await library.evaluate((t) => {
    const row = [...document.querySelectorAll('[data-testid="clipping-item"]')].find((e) =>
      (e.textContent ?? '').includes(t),
    );
    row?.querySelector<HTMLElement>('[data-testid="open-clipping"]')?.click();
  }, title);
  await library.waitFor(
    () => (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 40,
    null,
  );
}

/** Waits until the library's import status matches `pattern` (a RegExp source) and returns it. */
export async function waitImportStatus(page: TestPage, pattern: string): Promise<string> {
  await page.waitFor(
    (p) =>
      new RegExp(p).test(
        document.querySelector('[data-testid="import-status"]')?.textContent ?? '',
      ),
    pattern,
    30000,
  );
  return page.evaluate(
    () => document.querySelector('[data-testid="import-status"]')?.textContent ?? '',
    null,
  );
}

/** Scrolls the article's first `text` into view and hovers the middle of it, as a reader would. */
export async function hoverText(page: TestPage, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(
      document.querySelector('.detail-content') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + wanted.length - 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`${wanted} not found`);
  }, text);
  await page.hover(point);
}
