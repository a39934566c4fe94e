/**
 * Chromium for the benchmarks: plain, or with the built extension loaded unpacked (as
 * test/e2e/support/chromium.ts does). Either way every request that is not to 127.0.0.1 is
 * aborted (`blockNonLocal`), so corpus pages never reach the network and third-party scripts
 * never run; the reference bench passes its own routing instead (`reference-browsers.ts`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Route } from 'playwright-core';
import { detectorRegistered } from '../../test/e2e/support/chromium';
import { grantInChromiumProfile } from '../../test/e2e/support/host-access';

/** Debian Chromium unless CHROME_PATH says otherwise. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A browser context and how to close everything it launched. */
export interface BenchBrowser {
  context: BrowserContext;
  version: string;
  close(): Promise<void>;
}

/** With the extension: also the address of one of its pages (`chrome-extension://<id>/<path>`). */
export interface BenchExtensionBrowser extends BenchBrowser {
  extensionUrl(path: string): string;
}

const COMMON_ARGS = ['--disable-gpu', '--lang=en-US'];
const VIEWPORT = { width: 1280, height: 900 };

/**
 * Nothing leaves the machine. A page that sends itself to https (Miami Today's
 * `if (location.protocol != "https:") document.location = …`) gets the same local page there:
 * without that the bench measured Chromium's error page in its place.
 */
export async function blockNonLocal(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.protocol === 'https:') {
      url.protocol = 'http:';
      return route.fulfill({ response: await route.fetch({ url: url.href }) });
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      return route.continue();
    }
    return route.abort('blockedbyclient');
  });
}

function requireChromium(): void {
  if (!existsSync(chromePath)) {
    throw new Error(
      `No Chromium at ${chromePath}. Install it (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
}

/** Headless Chromium without extensions. */
export async function launchPlain(
  route: (context: BrowserContext) => Promise<void> = blockNonLocal,
): Promise<BenchBrowser> {
  requireChromium();
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    // gc() lets the in-page timings collect garbage between steps, untimed.
    args: [...COMMON_ARGS, '--js-flags=--expose-gc'],
  });
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  await route(context);
  return { context, version: browser.version(), close: () => browser.close() };
}

/**
 * Headless Chromium with the unpacked build in `dir` loaded and automatic detection on: host
 * access is optional, so it is granted in the profile before launch (as the e2e sessions do,
 * test/e2e/support/host-access.ts); waits until the background has registered the detector,
 * or the first page would be measured untouched.
 */
export async function launchWithExtension(
  dir: string,
  route: (context: BrowserContext) => Promise<void> = blockNonLocal,
): Promise<BenchExtensionBrowser> {
  requireChromium();
  const abs = path.resolve(dir);
  const profile = mkdtempSync(path.join(tmpdir(), 'ra-bench-'));
  grantInChromiumProfile(profile, abs);
  // Playwright adds --disable-extensions itself; --disable-extensions-except overrides it.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: [...COMMON_ARGS, `--disable-extensions-except=${abs}`, `--load-extension=${abs}`],
    viewport: VIEWPORT,
    locale: 'en-US',
  });
  await route(context);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  await detectorRegistered(worker);
  const id = new URL(worker.url()).host;
  return {
    context,
    version: context.browser()?.version() ?? '',
    extensionUrl: (page) => `chrome-extension://${id}/${page}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
