/**
 * The benches learn what our detector found as the e2e tests do (test/e2e/support/
 * detector-verdict.ts): a page we leave alone carries no mark of ours, so one of our extension
 * pages, kept open beside the measured tabs, asks every tab's detector (`getStatus`).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser, TestPage } from '../../test/e2e/support/extension-browser';
import {
  askArgs,
  askDetectors,
  asVerdict,
  type DetectorVerdict,
} from '../../test/e2e/support/detector-verdict';

/** One round of asking: the verdict for the tab showing `url`, or null while there is none. */
export type AskVerdict = (url: string) => Promise<DetectorVerdict | null>;

// Any page of ours can message the tabs; the library is the one the e2e tests use.
const ASKING_PAGE = 'library.html';

/*
 * The asking page is opened before any measured tab, and stays open: a tab opened later takes
 * the foreground, and Firefox holds a background tab's timers to one a second (the page's
 * heartbeat then shows a 1 s stall that is nobody's).
 */

/** Chromium (Playwright): opens the asking page in `context` now. */
export async function chromiumAsker(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
): Promise<AskVerdict> {
  const asking: Page = await context.newPage();
  await asking.goto(extensionUrl(ASKING_PAGE));
  return async (url) => asVerdict(await asking.evaluate(askDetectors, askArgs(url)));
}

/** Either browser through the e2e support (Firefox in the hostile-page benches): opens it now. */
export async function extensionBrowserAsker(browser: ExtensionBrowser): Promise<AskVerdict> {
  const asking: TestPage = await browser.newPage();
  await asking.goto(browser.extensionUrl(ASKING_PAGE));
  return async (url) => asVerdict(await asking.evaluate(askDetectors, askArgs(url)));
}
