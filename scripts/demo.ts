/**
 * `npm run demo`: shows the built extension at work on the bundled seed article, in the first
 * browser found (scripts/find-browser.ts: Chromium, Chrome, Edge or Brave, else Firefox).
 * With a display, leaves the browser open for you; without one, runs headless, saves 1280×800
 * screenshots and prints what the extension found.
 *
 *   npm run demo -- --firefox        use Firefox even when a Chromium-family browser is there
 *   npm run demo -- --lang=vi        the browser (and so the extension) in Vietnamese
 *   npm run demo -- --out=DIR        where the screenshots go (default demo/)
 *   npm run demo -- --dark           the browser in dark mode (prefers-color-scheme: dark)
 *   npm run demo -- --all            headless, the whole set: each browser found (Chromium
 *                                    family and Firefox) × en, vi × light, dark, written to
 *                                    DIR/<browser>/<lang>-<scheme>/ (npm run demo:screenshots
 *                                    writes docs/screenshots/)
 *   DEMO_HEADLESS=1 npm run demo     headless even with a display
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBrowser, notFoundMessage, systemProbe, type FoundBrowser } from './find-browser';
import { printPageState } from './demo-report';
import { launchChromium } from '../test/e2e/support/chromium';
import { launchFirefox } from '../test/e2e/support/firefox';
import type { ExtensionBrowser } from '../test/e2e/support/extension-browser';
import { serveFixtures } from '../test/e2e/support/fixture-server';
import { sendToContent, tabIdOf } from '../test/e2e/support/tab-id';
import type { PageState } from '../src/model/page-state';

/** The Chrome Web Store's screenshot size; AMO takes the same. */
const VIEWPORT = { width: 1280, height: 800 };

interface DemoOptions {
  firefox: boolean;
  lang: string;
  out: string;
  headed: boolean;
  colorScheme: 'light' | 'dark';
  all: boolean;
}

function optionsFrom(argv: string[]): DemoOptions {
  const value = (name: string) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
    (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
  const lang = value('lang') ?? 'en';
  return {
    firefox: argv.includes('--firefox'),
    lang: lang === 'en' ? 'en-US' : lang,
    out: value('out') ?? 'demo',
    headed:
      Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1' && !argv.includes('--all'),
    colorScheme: argv.includes('--dark') ? 'dark' : 'light',
    all: argv.includes('--all'),
  };
}

/** Every browser family found, English and Vietnamese, light and dark: the documented set. */
async function runAll(options: DemoOptions, url: string): Promise<void> {
  const probe = systemProbe();
  const browsers = [false, true]
    .map((firefox) => findBrowser(probe, { firefox }).found)
    .filter((b): b is FoundBrowser => b !== null)
    .filter((b, i, all) => all.findIndex((o) => o.family === b.family) === i);
  for (const found of browsers) {
    for (const lang of ['en', 'vi']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const out = join(options.out, found.family, `${lang}-${colorScheme}`);
        console.log(`\n${found.name}, ${lang}, ${colorScheme} → ${out}/`);
        await runDriven(found, url, {
          ...options,
          lang: lang === 'en' ? 'en-US' : lang,
          colorScheme,
          out,
          headed: false,
        });
      }
    }
  }
}

async function main(): Promise<void> {
  const options = optionsFrom(process.argv.slice(2));
  if (options.all) {
    const server = await serveFixtures(resolve('test/fixtures'));
    try {
      await runAll(options, `${server.origin}/seed/laichau.html`);
    } finally {
      await server.close();
    }
    return;
  }
  const probe = systemProbe();
  const search = findBrowser(probe, { firefox: options.firefox });
  if (!search.found) {
    console.error(notFoundMessage(search, probe.platform));
    process.exit(1);
  }
  const found = search.found;
  console.log(`Reader Assistant demo in ${found.name} (${found.path})\n`);
  const server = await serveFixtures(resolve('test/fixtures'));
  const url = `${server.origin}/seed/laichau.html`;
  try {
    if (options.headed && found.family === 'firefox') await runFirefoxHeaded(found, url);
    else await runDriven(found, url, options);
  } finally {
    await server.close();
  }
}

/** Drives the browser: detection on, the page, the popup, a saved clipping in the library. */
async function runDriven(found: FoundBrowser, url: string, options: DemoOptions): Promise<void> {
  const launchOptions = {
    executablePath: found.path,
    lang: options.lang,
    viewport: VIEWPORT,
    colorScheme: options.colorScheme,
    // Automatic detection on, as a user who switched it on in the welcome page.
    hostAccess: 'granted' as const,
  };
  const browser: ExtensionBrowser =
    found.family === 'firefox'
      ? await launchFirefox(launchOptions)
      : await launchChromium({ ...launchOptions, headless: !options.headed });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitFor(() => document.documentElement.hasAttribute('data-reader-assistant'), null);

    const popup = await browser.newPage();
    const tabId = await tabIdOf(browser, popup, url);
    try {
      printPageState(url, await sendToContent<PageState>(popup, tabId, 'getPageState', null));
    } catch (e) {
      printPageState(url, null, e instanceof Error ? e.message : String(e));
    }
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    if (options.headed) {
      console.log(
        `\n${found.name} is open with Reader Assistant loaded. Close the window or press Ctrl-C to end.`,
      );
      await new Promise<void>((done) => process.on('SIGINT', () => done()));
      return;
    }
    await screenshots(browser, page, popup, options.out, tabId);
  } finally {
    await browser.close();
  }
}

async function screenshots(
  browser: ExtensionBrowser,
  page: Awaited<ReturnType<ExtensionBrowser['newPage']>>,
  popup: Awaited<ReturnType<ExtensionBrowser['newPage']>>,
  out: string,
  tabId: number,
): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.screenshot(join(out, 'page.png'));
  // The reader view over the page, then back to the page for the popup's turn.
  await sendToContent(popup, tabId, 'toggleReaderView', null);
  await page.waitFor(
    () =>
      document
        .querySelector('[data-reader-assistant-ui="reader"]')
        ?.shadowRoot?.querySelector('[data-testid="reader-view"]') != null,
    null,
  );
  await page.screenshot(join(out, 'reader-view.png'));
  await sendToContent(popup, tabId, 'toggleReaderView', null);
  await popup.waitFor(() => document.querySelector('[data-testid="page-verdict"]') !== null, null);
  await popup.screenshot(join(out, 'popup.png'));
  // Save the article as a user would, then show it in the library's offline reader.
  await popup.click('[data-testid="save-clipping"]');
  await popup.waitFor(
    () =>
      document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved',
    null,
    30000,
  );
  const library = await browser.newPage();
  await library.goto(browser.extensionUrl('library.html'));
  await library.waitFor(
    () => document.querySelector('[data-testid="open-clipping"]') !== null,
    null,
  );
  await library.screenshot(join(out, 'library.png'));
  // The figures across the library (grouped by unit) and the projects view.
  await library.click('[data-testid="figures-view"]');
  await library.waitFor(() => document.querySelector('[data-testid="figure-row"]') !== null, null);
  await library.screenshot(join(out, 'figures.png'));
  await library.click('[data-testid="projects-view"]');
  await library.waitFor(() => document.querySelector('[data-testid="project-row"]') !== null, null);
  await library.screenshot(join(out, 'projects.png'));
  await library.click('.view-switch button:first-child');
  await library.waitFor(
    () => document.querySelector('[data-testid="open-clipping"]') !== null,
    null,
  );
  await library.click('[data-testid="open-clipping"]');
  await library.waitFor(
    () =>
      (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 300,
    null,
  );
  await library.screenshot(join(out, 'library-reader.png'));
  console.log(
    `\nScreenshots (${VIEWPORT.width}×${VIEWPORT.height}) in ${out}/: page.png (the page with the extension at work),\n` +
      'reader-view.png (its reader view), popup.png (the popup), library.png, figures.png and\n' +
      'projects.png (the library, its figures and projects views) and library-reader.png (the saved\n' +
      'clipping in the offline reader).',
  );
}

/**
 * Firefox with a display: `web-ext run` installs the add-on into a fresh profile as a
 * temporary add-on, the way an extension developer tries one, and leaves Firefox to the reader.
 */
async function runFirefoxHeaded(found: FoundBrowser, url: string): Promise<void> {
  const { default: webExt } = await import('web-ext');
  const runner = await webExt.cmd.run(
    { sourceDir: resolve('dist/firefox'), firefox: found.path, startUrl: [url], noReload: true },
    { shouldExitProgram: false },
  );
  console.log(
    `${found.name} is open with Reader Assistant loaded. Click its toolbar button on the article,\n` +
      'or switch on automatic detection in the welcome page. Close Firefox or press Ctrl-C to end.',
  );
  await new Promise<void>((done) => {
    runner.registerCleanup(() => done());
    process.on('SIGINT', () => void runner.exit().then(done));
  });
}

main().catch((e: unknown) => {
  console.error(`Reader Assistant demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
