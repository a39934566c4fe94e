import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import puppeteer, { type Frame, type KeyInput, type Page } from 'puppeteer-core';
import type { ExtensionBrowser, TestPage } from './extension-browser';
import { GECKO_ID } from '../../../scripts/manifest-for';
import { switchOnInWelcomePage, type HostAccess } from './host-access';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Fixed so moz-extension:// URLs are known before the add-on is installed.
const UUID = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

/**
 * Launches Firefox ESR over WebDriver BiDi and installs dist/firefox as a temporary add-on
 * (`extension: false`: the same browser without it, the baseline of visual and bench checks).
 */
export async function launchFirefox(
  options: {
    dir?: string;
    hostAccess?: HostAccess;
    extension?: boolean;
    /** Extra environment for the browser process (the bench's Gecko profiler switches). */
    env?: Record<string, string>;
    /** Another Firefox (the demo's find-browser); FIREFOX_PATH otherwise. */
    executablePath?: string;
    /** The UI language asked for (the extension follows it where Firefox has that language). */
    lang?: string;
    viewport?: { width: number; height: number };
    /** prefers-color-scheme for every page, extension pages included. */
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<ExtensionBrowser> {
  const executablePath = options.executablePath ?? FIREFOX_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Firefox at ${executablePath}. Install it (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(options.viewport ? { defaultViewport: options.viewport } : {}),
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': options.lang ?? 'en-US',
      // Grants `permissions.request` (still only from a user gesture) without the doorhanger
      // prompt, which a test cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
      // 0 dark, 1 light: what the pages see as prefers-color-scheme.
      ...(options.colorScheme
        ? {
            'layout.css.prefers-color-scheme.content-override':
              options.colorScheme === 'dark' ? 0 : 1,
          }
        : {}),
    },
  });
  if (options.extension !== false)
    await browser.installExtension(resolve(options.dir ?? 'dist/firefox'));
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  const requestListeners: ((url: string) => void)[] = [];
  // Puppeteer's BiDi connection, for what it has no API for (the toolbar button, commands).
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  /**
   * Runs privileged code in the browser window (`--remote-allow-system-access` allows this
   * BiDi context), with `extension` (our add-on's parent-process object) and `window` in scope.
   */
  const inBrowserWindow = async (body: string): Promise<void> => {
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string }[] };
    };
    const chromeWindow = tree.result.contexts[0]?.context;
    if (!chromeWindow) throw new Error('No browser window over BiDi');
    const { result } = (await bidi.send('script.evaluate', {
      expression: `(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
        ${body}
      })()`,
      target: { context: chromeWindow },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: string; exceptionDetails?: { text: string } } };
    if (result.type !== 'success')
      throw new Error(`In the browser window: ${result.exceptionDetails?.text ?? result.type}`);
  };
  const wrap = (page: Page): TestPage => {
    const goto = async (url: string) => {
      if (url.startsWith('moz-extension:')) {
        // Navigations to extension pages never report completion over BiDi; poll instead.
        void page.goto(url).catch(() => undefined);
        const deadline = Date.now() + 15000;
        for (;;) {
          const done = await page
            .evaluate((u) => location.href === u && document.readyState === 'complete', url)
            .catch(() => false);
          if (done) return;
          if (Date.now() > deadline) throw new Error(`Timed out opening ${url}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await page.goto(url, { waitUntil: 'load' });
    };
    return {
      goto,
      reload: async () => {
        const url = await page.evaluate(() => location.href);
        if (!url.startsWith('moz-extension:'))
          return void (await page.reload({ waitUntil: 'load' }));
        // Mark the old document, reload from inside, and wait for a fresh, loaded one.
        await page.evaluate(() => {
          (window as unknown as { __raOld?: boolean }).__raOld = true;
          setTimeout(() => location.reload(), 0);
        });
        const deadline = Date.now() + 15000;
        for (;;) {
          const fresh = await page
            .evaluate(
              () =>
                !(window as unknown as { __raOld?: boolean }).__raOld &&
                document.readyState === 'complete',
            )
            .catch(() => false);
          if (fresh) return;
          if (Date.now() > deadline) throw new Error(`Timed out reloading ${url}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      // Puppeteer's handle flattening is the identity for the plain JSON values the scenarios pass.
      evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
        (await page.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as R,
      waitFor: async (fn, arg, timeoutMs = 15000) => {
        await page.waitForFunction(
          fn as (arg: unknown) => boolean,
          { timeout: timeoutMs, polling: 50 },
          arg as unknown,
        );
      },
      // `pierce/` is puppeteer's query handler that looks inside shadow roots. Input goes to
      // the tab in front: puppeteer waits for the element to intersect the viewport, which a
      // background tab (say, behind a welcome tab the install opened late) reports only on its
      // throttled refresh ticks — seconds apart, or never. So every input first brings its tab
      // forward, as `hover` does.
      click: async (selector) => {
        await page.bringToFront();
        await page.click(selector.startsWith('>>> ') ? `pierce/${selector.slice(4)}` : selector);
      },
      type: async (selector, text) => {
        await page.bringToFront();
        await page.type(
          selector.startsWith('>>> ') ? `pierce/${selector.slice(4)}` : selector,
          text,
        );
      },
      clickInFrame: async (frameUrl, selector) => {
        await page.bringToFront();
        await (await frameOf(page, frameUrl, selector)).click(selector);
      },
      typeInFrame: async (frameUrl, selector, text) => {
        await page.bringToFront();
        const frame = await frameOf(page, frameUrl, selector);
        await frame.waitForSelector(`${selector}:not([disabled])`);
        await frame.type(selector, text);
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
      ): Promise<R> =>
        (await (
          await frameOf(page, frameUrl, selector)
        ).evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as R,
      press: async (chord) => {
        const keys = chord.split('+') as KeyInput[];
        const key = keys.pop() as KeyInput;
        await page.bringToFront();
        for (const modifier of keys) await page.keyboard.down(modifier);
        await page.keyboard.press(key);
        for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
      },
      hover: async (point) => {
        // Pointer input goes to the tab in front; another test may have opened one since.
        await page.bringToFront();
        await page.mouse.move(point.x, point.y, { steps: 3 });
      },
      drag: async (from, to) => {
        await page.bringToFront();
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(to.x, to.y, { steps: 5 });
        await page.mouse.up();
      },
      screenshot: async (path, fullPage = false) => {
        // Like pointer input, a capture wants the tab in front.
        await page.bringToFront();
        await page.screenshot({ path: path as `${string}.png`, fullPage });
      },
      clickToolbarButton: async () => {
        // The action acts on the selected tab: bring this one to the front, then run the
        // browser action's own trigger (what a click on the button does: activeTab, popup).
        // A popup still open from an earlier click would be toggled shut by this one (a
        // user's click elsewhere closes it; headless nothing does): close it first.
        await page.bringToFront();
        await inBrowserWindow(`
          const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
          ViewPopup.for(extension, window)?.closePopup();
          await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);`);
      },
      runCommand: async (name) => {
        // What the shortcut's <key> element does (ExtensionShortcuts.buildKey): activeTab for
        // the selected tab, then commands.onCommand.
        await page.bringToFront();
        await inBrowserWindow(`extension.shortcuts.onCommand(${JSON.stringify(name)});`);
      },
      close: () => page.close(),
    };
  };
  const newPage = async () => {
    const page = await browser.newPage();
    for (const listener of requestListeners)
      page.on('request', (request) => listener(request.url()));
    return wrap(page);
  };
  const grantHostAccess = async () => {
    const welcome = await newPage();
    await switchOnInWelcomePage(welcome, extensionUrl('welcome.html'));
    await welcome.close();
  };
  if (options.hostAccess === 'granted' && options.extension !== false) await grantHostAccess();
  return {
    name: 'firefox',
    grantHostAccess,
    extensionUrl,
    newPage,
    // Over BiDi a tab showing an extension page reports about:blank as its URL: ask the page.
    tabUrls: async () =>
      Promise.all(
        (await browser.pages()).map((page) =>
          page.evaluate(() => location.href).catch(() => page.url()),
        ),
      ),
    // Over BiDi requests are seen per page (pages and extension pages opened after this call).
    onRequest: (listener) => void requestListeners.push(listener),
    close: () => browser.close(),
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
    // BiDi reports an extension frame's address as about:blank: ask the frame itself.
    const frames = page
      .frames()
      .filter((f) => f !== page.mainFrame() && !f.isDetached())
      .reverse();
    for (const f of frames) {
      const has = await (async () =>
        (await f.evaluate(() => location.href)).includes(part) &&
        (await f.$(selector)) !== null)().catch(() => false);
      if (has) return f;
    }
    if (Date.now() > deadline) throw new Error(`No frame at ${part} with ${selector}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
