/**
 * The two browsers of the reference bench, each as two sides — alone and with the built
 * extension (host access granted, so automatic detection runs) — behind one small interface.
 *
 * Every request is intercepted: the page's own address gets the saved page, the bench's own
 * scripts (`BENCH_PATH` on the page's origin) get theirs, and everything else is aborted, so
 * the page's inline scripts run and nothing leaves the machine. Chromium: Playwright's
 * `context.route`. Firefox: puppeteer's request interception over WebDriver BiDi (`network`
 * intercepts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page as PPage } from 'puppeteer-core';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { GECKO_ID } from '../../scripts/manifest-for';
import { FIREFOX_PATH } from '../../test/e2e/support/firefox';
import { geckoProfilerEnv } from './gecko-profile';
import { launchPlain, launchWithExtension } from './launch-browser';
import {
  chromiumScriptTime,
  geckoScriptTime,
  readGeckoProfile,
  type GeckoRecording,
  type ScriptTime,
} from './main-thread-cost';
import { startTrace } from './trace-tasks';
import { chromiumAsker, type AskVerdict } from './ask-detector';
import { askArgs, askDetectors, asVerdict } from '../../test/e2e/support/detector-verdict';

export type BrowserName = 'chromium' | 'firefox';

/** Which scripts a cost counts: ours (the extension's), or the bench's Readability. */
export type Whose = 'ours' | 'readability';
export const isOurs = (url: string): boolean => /(chrome|moz)-extension:\/\//.test(url);
export const isReadability = (url: string): boolean => url.includes('/__ra_bench__/');

/** A cost measured now (Chromium) or once the browser has written its profile (Firefox). */
export type PendingCost = () => ScriptTime | null;

export interface ReferenceTab {
  /** Navigates and waits for `load` (a page waiting on a blocked request: DOMContentLoaded). */
  load(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  /** Uncaught exceptions the page threw so far. */
  errors: string[];
  /** Starts counting `whose` scripts' main-thread time; the returned function stops. */
  startCost(whose: Whose): Promise<() => Promise<PendingCost>>;
  close(): Promise<void>;
}

export interface ReferenceSide {
  newTab(): Promise<ReferenceTab>;
  /**
   * With the extension: our detector's verdict on the tab showing a URL, asked from one of our
   * pages (`getStatus`): a page we leave alone carries no mark of ours. Null while pending.
   */
  verdict?: AskVerdict;
  /**
   * Firefox writes its profile when it closes: this closes the browser (the next tab starts a
   * fresh one) and the pending costs of its pages are known after it. Chromium: nothing.
   */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** What the interception serves: URL without its fragment → body and type. */
export type Served = Map<string, { body: string; type: string }>;
export const servedKey = (url: string): string => url.replace(/#.*$/, '');

const LOAD_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- Chromium

export function chromiumRoute(served: Served) {
  return async (context: BrowserContext): Promise<void> => {
    await context.route('**/*', async (route: Route) => {
      const url = route.request().url();
      const hit = served.get(servedKey(url));
      if (hit) return route.fulfill({ status: 200, contentType: hit.type, body: hit.body });
      // Our own page that asks the detector for its verdict (ask-detector.ts) loads as usual.
      if (/^(data|blob|chrome-extension):/.test(url)) return route.continue();
      return route.abort('blockedbyclient');
    });
  };
}

function chromiumTab(page: Page, context: BrowserContext): ReferenceTab {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0] ?? ''));
  return {
    errors,
    async load(url) {
      try {
        await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      } catch {
        await page.waitForLoadState('domcontentloaded', { timeout: 5000 }).catch(() => undefined);
      }
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async startCost(whose) {
      const cdp = await context.newCDPSession(page);
      const stop = await startTrace(cdp);
      return async () => {
        const recording = await stop();
        await cdp.detach().catch(() => undefined);
        const time = chromiumScriptTime(recording, whose === 'ours' ? isOurs : isReadability);
        return () => time;
      };
    },
    close: () => page.close(),
  };
}

export async function chromiumSides(
  dist: string,
  served: Served,
): Promise<{ alone: ReferenceSide; withExtension: ReferenceSide; version: string }> {
  const plain = await launchPlain(chromiumRoute(served));
  const ext = await launchWithExtension(dist, chromiumRoute(served));
  const side = (b: typeof plain): ReferenceSide => ({
    newTab: async () => chromiumTab(await b.context.newPage(), b.context),
    flush: async () => undefined,
    close: () => b.close(),
  });
  return {
    alone: side(plain),
    withExtension: { ...side(ext), verdict: await chromiumAsker(ext.context, ext.extensionUrl) },
    version: ext.version,
  };
}

// ---------------------------------------------------------------- Firefox

// Fixed so moz-extension:// URLs are known before the add-on is installed (as the e2e support).
const UUID = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';

async function interceptFirefox(page: PPage, served: Served): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const hit = served.get(servedKey(url));
    if (hit)
      return void request
        .respond({ status: 200, contentType: hit.type, body: hit.body })
        .catch(() => undefined);
    if (/^(data|blob|moz-extension):/.test(url))
      return void request.continue().catch(() => undefined);
    return void request.abort('blockedbyclient').catch(() => undefined);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Switches automatic detection on as a user does: the welcome page's switch (see host-access.ts). */
async function grantOnWelcomePage(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  const url = `moz-extension://${UUID}/welcome.html`;
  // Navigations to extension pages never report completion over BiDi; poll instead.
  void page.goto(url).catch(() => undefined);
  const mode = () =>
    page
      .evaluate(() =>
        document.querySelector('[data-testid="detection"]')?.getAttribute('data-mode'),
      )
      .catch(() => undefined);
  for (let i = 0; i < 150 && (await mode()) !== 'per-click'; i++) await sleep(100);
  await page.click('[data-testid="auto-detect"]');
  for (let i = 0; i < 150 && (await mode()) !== 'automatic'; i++) await sleep(100);
  if ((await mode()) !== 'automatic')
    throw new Error('Firefox: automatic detection did not switch on');
  await page.close();
}

async function firefoxSide(
  served: Served,
  extensionDir: string | null,
  profileFile: string,
): Promise<Omit<ReferenceSide, 'flush'>> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      ...geckoProfilerEnv(profileFile),
      // A batch of pages loads for a minute or two: keep all of it.
      MOZ_PROFILER_STARTUP_ENTRIES: String(64 * 1024 * 1024),
    },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': 'en-US',
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  if (extensionDir !== null) {
    await browser.installExtension(path.resolve(extensionDir));
    await grantOnWelcomePage(browser);
  }
  let recording: GeckoRecording | null = null;
  // Our page that asks the detector, opened before any measured tab (a tab opened later takes
  // the foreground, and Firefox holds a background tab's timers to one a second). Extension
  // pages never report a finished navigation over BiDi: it is polled until it has loaded.
  let asking: PPage | null = null;
  if (extensionDir !== null) {
    const page = await browser.newPage();
    void page.goto(`moz-extension://${UUID}/library.html`).catch(() => undefined);
    const loaded = () =>
      page
        .evaluate(
          () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        )
        .catch(() => false);
    for (let i = 0; i < 150 && !(await loaded()); i++) await sleep(100);
    asking = page;
  }
  return {
    ...(asking !== null
      ? {
          verdict: async (url: string) =>
            asVerdict(await asking.evaluate(askDetectors, askArgs(url))),
        }
      : {}),
    async newTab() {
      const page = await browser.newPage();
      await interceptFirefox(page, served);
      const errors: string[] = [];
      page.on('pageerror', (e) =>
        errors.push(String((e as Error).message ?? e).split('\n')[0] ?? ''),
      );
      let url = '';
      return {
        errors,
        async load(to) {
          url = to;
          await page
            .goto(to, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
            .catch(() => undefined);
        },
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        async startCost(whose) {
          const from = Date.now();
          return async () => {
            const to = Date.now();
            const pageUrl = url;
            return () =>
              recording === null
                ? null
                : geckoScriptTime(recording, pageUrl, from, to, (location) =>
                    whose === 'ours'
                      ? location.includes('moz-extension://')
                      : isReadability(location),
                  );
          };
        },
        close: () => page.close(),
      };
    },
    async close() {
      await browser.close();
      try {
        recording = readGeckoProfile(profileFile);
      } catch {
        recording = null;
      }
      rmSync(profileFile, { force: true });
    },
  };
}

/**
 * Firefox, both sides, under the Gecko profiler. The profile is written when a browser closes,
 * so a run restarts both browsers every batch of pages (`restart`), which also keeps each
 * profile small.
 */
export async function firefoxSides(
  dist: string,
  served: Served,
): Promise<{ alone: ReferenceSide; withExtension: ReferenceSide; version: string; dir: string }> {
  // Profiles are read and deleted as each browser closes; the folder goes at the end.
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-reference-profile-'));
  let batch = 0;
  const make = (extension: boolean) => {
    let side: Awaited<ReturnType<typeof firefoxSide>> | null = null;
    const close = async () => {
      const closing = side;
      side = null;
      await closing?.close();
    };
    return {
      ...(extension
        ? { verdict: async (url: string) => (await side?.verdict?.(url)) ?? null }
        : {}),
      async newTab() {
        side ??= await firefoxSide(
          served,
          extension ? dist : null,
          path.join(dir, `${extension ? 'with' : 'alone'}-${batch++}.json`),
        );
        return side.newTab();
      },
      flush: close,
      close,
    } satisfies ReferenceSide;
  };
  return {
    alone: make(false),
    withExtension: make(true),
    version: 'Firefox ESR',
    dir,
  };
}

export function removeProfiles(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
