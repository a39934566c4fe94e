import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Frame,
  type Page,
  type Worker,
} from 'playwright-core';
import type { ExtensionBrowser, TestPage } from './extension-browser';
import { grantInChromiumProfile, type HostAccess } from './host-access';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * With the access granted in the profile, the background registers the detector as it starts
 * (runtime.onInstalled / onStartup): a page opened before that finishes would be missed, as
 * one opened in the same instant after a user's grant would be.
 */
export async function detectorRegistered(worker: Worker): Promise<void> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const count = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
      return (await api.scripting.getRegisteredContentScripts()).length;
    });
    if (count > 0) return;
    if (Date.now() > deadline) throw new Error('the detector was not registered at start-up');
    await new Promise((r) => setTimeout(r, 100));
  }
}
interface Scripting {
  getRegisteredContentScripts(): Promise<unknown[]>;
}

/**
 * Launches Debian Chromium with the built extension (dist/chrome) as a user would load it
 * unpacked (`extension: false`: the same browser without it, the baseline of visual checks).
 */
export async function launchChromium(
  options: {
    headless?: boolean;
    dir?: string;
    hostAccess?: HostAccess;
    extension?: boolean;
    /** Another Chromium-family browser (the demo's find-browser); CHROME_PATH otherwise. */
    executablePath?: string;
    /** The browser's UI language, which the extension's pages follow (default en-US). */
    lang?: string;
    viewport?: { width: number; height: number };
    /** prefers-color-scheme for every page, extension pages included. */
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<ExtensionBrowser> {
  const executablePath = options.executablePath ?? CHROME_PATH;
  const lang = options.lang ?? 'en-US';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  const dir = resolve(options.dir ?? 'dist/chrome');
  // Our own profile folder (not Playwright's throwaway one): host access is granted by writing
  // it into the profile, before the first start or between two starts.
  const profile = mkdtempSync(join(tmpdir(), 'ra-chromium-'));
  const withExtension = options.extension !== false;
  let granted = withExtension && options.hostAccess === 'granted';
  if (granted) grantInChromiumProfile(profile, dir);
  const requestListeners: ((url: string) => void)[] = [];

  const start = async () => {
    // Playwright adds --disable-extensions itself; --disable-extensions-except overrides it.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      // Extensions loaded over CDP need Playwright's --disable-extensions left out.
      ...(overCdp ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      headless: options.headless ?? true,
      args: [
        ...(withExtension && !overCdp
          ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]
          : []),
        '--disable-gpu',
        `--lang=${lang}`,
        // Allows CDP's Extensions.triggerAction (the toolbar button) over Playwright's pipe.
        '--enable-unsafe-extension-debugging',
      ],
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: lang,
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    });
    const worker = withExtension ? await extensionWorker(context) : null;
    // Context-level events include extension pages and the service worker.
    for (const listener of requestListeners)
      context.on('request', (request) => listener(request.url()));
    if (granted && worker) await detectorRegistered(worker);
    return { context, worker };
  };
  /**
   * Branded Google Chrome and Edge (137+) ignore --load-extension. For a browser the demo found
   * (executablePath given) the folder is loaded over CDP instead, as Puppeteer's
   * installExtension does; it gets the same id as an unpacked load of the folder.
   */
  const overCdp = withExtension && options.executablePath !== undefined;
  const extensionWorker = async (context: BrowserContext): Promise<Worker> => {
    if (overCdp) {
      const session = await context.browser()!.newBrowserCDPSession();
      await session.send('Extensions.loadUnpacked', { path: dir }).catch((e: unknown) => {
        throw new Error(
          `${executablePath} cannot load an unpacked extension over CDP (${String(e)}); ` +
            'set CHROME_PATH to a Chromium or a recent Chrome',
        );
      });
    }
    return (
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20000 }))
    );
  };
  let { context, worker } = await start();
  const id = worker ? new URL(worker.url()).host : '';
  let browserCdp: CDPSession | null = null;
  const cdp = async () => (browserCdp ??= await context.browser()!.newBrowserCDPSession());

  const wrap = (page: Page): TestPage => ({
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    // Playwright's `Unboxed<A>` is A for the plain JSON values the scenarios pass.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    waitFor: async (fn, arg, timeoutMs = 15000) => {
      await page.waitForFunction(fn as (arg: unknown) => boolean, arg as unknown, {
        timeout: timeoutMs,
        polling: 50,
      });
    },
    // Playwright's CSS engine already pierces open shadow roots.
    click: async (selector) => {
      await page.click(selector.replace(/^>>> /, ''));
    },
    type: async (selector, text) => {
      await page.fill(selector.replace(/^>>> /, ''), text);
    },
    clickInFrame: async (frameUrl, selector) => {
      await (await frameOf(page, frameUrl, selector)).click(selector);
    },
    typeInFrame: async (frameUrl, selector, text) => {
      // Real key presses: the note must come from input, as a user types it (into the tab in
      // front, see `press`).
      await page.bringToFront();
      const frame = await frameOf(page, frameUrl, selector);
      await frame.locator(`${selector}:not([disabled])`).waitFor();
      await frame.locator(selector).pressSequentially(text);
    },
    readInFrame: async (frameUrl, selector) =>
      (await frameOf(page, frameUrl, selector)).$eval(selector, (e) =>
        e instanceof HTMLTextAreaElement ? e.value : (e.textContent ?? ''),
      ),
    evaluateInFrame: async <R, A>(
      frameUrl: string,
      selector: string,
      fn: (arg: A) => R | Promise<R>,
      arg: A,
    ) =>
      (await frameOf(page, frameUrl, selector)).evaluate(
        fn as (arg: unknown) => R | Promise<R>,
        arg as unknown,
      ),
    // A user's keys go to the tab in front. Playwright's focus emulation makes a background
    // tab's main frame think it has focus, but not the out-of-process frames in it (our
    // toolbar): there focus would come only with the first key, which it then swallows.
    press: async (chord) => {
      await page.bringToFront();
      // Twice in ten full runs of highlight-keyboard a Chromium scenario stalled to its 60 s
      // timeout after an Enter that takes the toolbar frame away (Edit note, Delete); not
      // located yet. A key press is not waited on for ever, and says so on stderr if it is
      // not acknowledged: what the key did is still checked by the scenario.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unanswered = new Promise<'unanswered'>((resolve) => {
        timer = setTimeout(() => resolve('unanswered'), 3000);
      });
      const pressed = page.keyboard.press(chord).then(() => 'pressed' as const);
      const answer = await Promise.race([pressed, unanswered]);
      pressed.catch(() => undefined);
      if (answer === 'unanswered') console.warn(`chromium: ${chord} not acknowledged after 3 s`);
      clearTimeout(timer);
    },
    hover: (point) => page.mouse.move(point.x, point.y, { steps: 3 }),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
    },
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    clickToolbarButton: async () => {
      const session = await cdp();
      const { targetInfos } = (await session.send('Target.getTargets', {
        filter: [{ type: 'tab' }],
      })) as { targetInfos: { targetId: string; url: string }[] };
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`No tab target shows ${page.url()}`);
      await session.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    },
    htmlWithClosedRoots: async () => {
      const session = await context.newCDPSession(page);
      try {
        const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
          root: { nodeId: number };
        };
        const { outerHTML } = (await session.send('DOM.getOuterHTML', {
          nodeId: root.nodeId,
          includeShadowDOM: true,
        } as { nodeId: number })) as { outerHTML: string };
        return outerHTML;
      } finally {
        await session.detach();
      }
    },
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    newPage: async () => wrap(await context.newPage()),
    tabUrls: async () => context.pages().map((page) => page.url()),
    onRequest: (listener) => {
      requestListeners.push(listener);
      context.on('request', (request) => listener(request.url()));
    },
    grantHostAccess: async () => {
      await context.close();
      browserCdp = null;
      grantInChromiumProfile(profile, dir);
      granted = true;
      ({ context, worker } = await start());
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The newest child frame of the page whose address contains `part` and whose document has
 * `selector`, once there is one (our toolbar makes a fresh frame for every view, and the last
 * one may still be going away).
 */
async function frameOf(page: Page, part: string, selector: string): Promise<Frame> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const frames = page
      .frames()
      .filter((f) => f !== page.mainFrame() && f.url().includes(part) && !f.isDetached())
      .reverse();
    for (const f of frames) {
      const has = await (async () => (await f.locator(selector).count()) > 0)().catch(() => false);
      if (has) return f;
    }
    if (Date.now() > deadline) throw new Error(`No frame at ${part} with ${selector}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
