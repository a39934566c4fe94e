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

/** Chromium (Playwright): the asking page is opened in `context` on first use. */
export function chromiumAsker(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
): AskVerdict {
  let asking: Promise<Page> | null = null;
  return async (url) => {
    asking ??= (async () => {
      const page = await context.newPage();
      await page.goto(extensionUrl(ASKING_PAGE));
      return page;
    })();
    return asVerdict(await (await asking).evaluate(askDetectors, askArgs(url)));
  };
}

/** Either browser through the e2e support (Firefox in the hostile-page benches). */
export function extensionBrowserAsker(browser: ExtensionBrowser): AskVerdict {
  let asking: Promise<TestPage> | null = null;
  return async (url) => {
    asking ??= (async () => {
      const page = await browser.newPage();
      await page.goto(browser.extensionUrl(ASKING_PAGE));
      return page;
    })();
    return asVerdict(await (await asking).evaluate(askDetectors, askArgs(url)));
  };
}
