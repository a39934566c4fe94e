/**
 * `npm run demo`: shows the built extension at work on the bundled seed article.
 * With a display, leaves Chromium open for you; without one, runs headless, saves
 * screenshots under demo/ and prints what the extension found.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_PATH, launchChromium } from '../test/e2e/support/chromium';
import { serveFixtures } from '../test/e2e/support/fixture-server';
import { tabIdOf } from '../test/e2e/support/tab-id';
import { CHANNEL } from '../src/messaging/protocol';
import type { PageState } from '../src/messaging/page-state';

async function main(): Promise<void> {
  if (!existsSync(CHROME_PATH)) {
    console.error(
      `Reader Assistant demo: no Chromium found at ${CHROME_PATH}.\n` +
        'Install one with:  sudo apt-get install chromium   (Debian/Ubuntu)\n' +
        'or point CHROME_PATH at a Chromium/Chrome binary:  CHROME_PATH=/path/to/chrome npm run demo',
    );
    process.exit(1);
  }
  const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
  const server = await serveFixtures(resolve('test/fixtures'));
  // Automatic detection on, as a user who switched it on in the welcome page.
  const browser = await launchChromium({ headless: !headed, hostAccess: 'granted' });
  const url = `${server.origin}/seed/laichau.html`;
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitFor(() => document.documentElement.hasAttribute('data-reader-assistant'), null);

  const popup = await browser.newPage();
  const tabId = await tabIdOf(browser, popup, url);
  const state = await popup.evaluate(
    async ({ id, channel }) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } };
        }
      ).chrome;
      return api.tabs.sendMessage(id, {
        channel,
        to: 'content',
        type: 'getPageState',
        request: null,
      });
    },
    { id: tabId, channel: CHANNEL },
  );
  report(url, state as { ok: boolean; value?: PageState; error?: string });

  if (headed) {
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    console.log(
      '\nChromium is open with Reader Assistant loaded. Close the window or press Ctrl-C to end.',
    );
    await new Promise<void>((done) => process.on('SIGINT', () => done()));
  } else {
    mkdirSync('demo', { recursive: true });
    await page.screenshot('demo/page.png', true);
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitFor(
      () => document.querySelector('[data-testid="page-verdict"]') !== null,
      null,
    );
    await popup.screenshot('demo/popup.png', true);
    // Save the article as a user would, then show it in the library's offline reader.
    await popup.click('[data-testid="save-clipping"]');
    await popup.waitFor(
      () => /saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
      null,
    );
    const library = await browser.newPage();
    await library.goto(browser.extensionUrl('library.html'));
    await library.waitFor(
      () => document.querySelector('[data-testid="open-clipping"]') !== null,
      null,
    );
    await library.screenshot('demo/library.png', true);
    await library.click('[data-testid="open-clipping"]');
    await library.waitFor(
      () =>
        (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 300,
      null,
    );
    await library.screenshot('demo/library-reader.png', false);
    console.log(
      '\nScreenshots: demo/page.png (the page with the extension at work), demo/popup.png (the popup),\n' +
        'demo/library.png and demo/library-reader.png (the saved clipping in the offline library).',
    );
  }
  await browser.close();
  await server.close();
}

function report(url: string, reply: { ok: boolean; value?: PageState; error?: string }): void {
  console.log(`Reader Assistant on ${url}`);
  if (!reply.ok || !reply.value) {
    console.log(`  the content script did not answer: ${reply.error ?? 'no reply'}`);
    return;
  }
  const s = reply.value;
  console.log(`  title:      ${s.title}`);
  console.log(
    `  article:    ${s.verdict.isArticle ? 'yes' : 'no'} (confidence ${s.verdict.confidence.toFixed(2)})`,
  );
  for (const reason of s.verdict.reasons) console.log(`              - ${reason}`);
  console.log(`  language:   ${s.lang}`);
  console.log(`  clutter:    ${s.clutterHidden ? 'hidden' : 'shown'}`);
  console.log(`  figures:    ${s.figures.length}`);
  for (const f of s.figures) {
    const unit = f.currency ?? f.unit ?? (f.kind === 'percent' ? '%' : '');
    console.log(
      `              ${f.text.padEnd(18)} ${f.kind.padEnd(8)} ${f.value} ${unit}${f.change ? ` (${f.change})` : ''}`,
    );
  }
  console.log(`  projects:   ${s.projects.length}`);
  for (const p of s.projects) console.log(`              ${p.text}  [${p.name}]`);
}

main().catch((e: unknown) => {
  console.error(`Reader Assistant demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
