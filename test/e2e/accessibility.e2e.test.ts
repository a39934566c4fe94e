/**
 * Accessibility of the extension's own pages in both browsers, light and dark: axe-core
 * (injected into the built pages) finds no serious or critical violation on the popup, the
 * welcome page, the library and its reader; and the popup can be used with the keyboard alone,
 * every control taking focus in turn with a visible focus indicator.
 *
 * Not covered here: the in-page toolbar (src/page/) and the library's import and export panels,
 * which are being rewritten; their findings are printed, not asserted (see `NOT_OURS_YET`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser, TestPage } from './support/extension-browser';
import { serveFixtures, type FixtureServer } from './support/fixture-server';
import { launchFirefox } from './support/firefox';
import { BROWSER_NAMES, type BrowserName } from './support/launch';
import { tabIdOf } from './support/tab-id';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** Parts of our pages that other work is rewriting: reported, not asserted. */
const NOT_OURS_YET = ['.import-panel', '.export-bar'];
const SEED = '/seed/laichau.html';

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe on the page as it is now: the serious and critical violations, split into those in
 * our scope and those inside `NOT_OURS_YET`. The extension pages' CSP forbids inline scripts, so
 * axe's source goes in as the body of an evaluated function (the driver's own channel, which
 * the page's CSP does not govern).
 */
async function axeFindings(page: TestPage): Promise<{ ours: Finding[]; others: Finding[] }> {
  const inject = new Function('_', `${AXE_SOURCE};\nreturn typeof window.axe;`) as (
    arg: null,
  ) => string;
  expect(await page.evaluate(inject, null)).toBe('object');
  const run = (context: object) =>
    page.evaluate(async (ctx) => {
      interface AxeResult {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }
      const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<AxeResult> } })
        .axe;
      const result = await axe.run(ctx, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact ?? '',
          help: v.help,
          nodes: v.nodes.slice(0, 6).map((n) => ({
            target: n.target.map(String).join(' '),
            summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
          })),
        }));
    }, context);
  const present = await page.evaluate(
    (selectors) => selectors.filter((s) => document.querySelector(s) !== null),
    NOT_OURS_YET,
  );
  const ours = await run({ exclude: present.map((s) => [s]) });
  const others = present.length ? await run({ include: present.map((s) => [s]) }) : [];
  return { ours, others };
}

function describeFindings(where: string, findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${where}: ${f.impact} ${f.id} (${f.help})\n` +
        f.nodes.map((n) => `    ${n.target}: ${n.summary}`).join('\n'),
    )
    .join('\n');
}

/** Asserts no serious/critical violation in our scope; prints everything found, ours or not. */
async function expectAccessible(page: TestPage, where: string): Promise<void> {
  const { ours, others } = await axeFindings(page);
  if (others.length)
    console.log(`[not asserted: being rewritten]\n${describeFindings(where, others)}`);
  expect(ours, describeFindings(where, ours)).toEqual([]);
}

/**
 * Presses Tab through the page until focus comes round: every control a keyboard user should
 * reach (at least `minimum` of them) must take focus and show an outline or box-shadow then.
 */
async function expectKeyboardReachable(page: TestPage, minimum: number): Promise<void> {
  // Keys reach, and Firefox shows focus rings in, the tab in front only; moving the pointer
  // over this page brings it there (the extension may have opened a tab since).
  await page.hover({ x: 0, y: 0 });
  // Number the controls a keyboard user should reach, in document order.
  const controls = await page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const reachable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (e) =>
        !(e as HTMLButtonElement).disabled &&
        e.getClientRects().length > 0 &&
        getComputedStyle(e).visibility !== 'hidden',
    );
    reachable.forEach((e, i) => e.setAttribute('data-a11y-control', String(i)));
    // Start at the top of the page, as a reader who has just opened it: wherever the page put
    // focus (the reader focuses its title), Tab then walks every control once before it leaves
    // for the browser's toolbar.
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    return reachable.map((e) => `${e.tagName.toLowerCase()} ${e.textContent?.trim() ?? ''}`);
  }, null);
  expect(controls.length).toBeGreaterThanOrEqual(minimum);
  const visited = new Map<number, string>();
  const why = new Map<number, string>();
  for (let step = 0; step < controls.length + 3; step++) {
    await page.press('Tab');
    const focus = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      const index = e?.getAttribute('data-a11y-control');
      if (!e || index === null || index === undefined) return null;
      const style = getComputedStyle(e);
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
          ? `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
          : '';
      const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
      const why = `outline-style ${style.outlineStyle}, :focus-visible ${e.matches(':focus-visible')}`;
      return { index: Number(index), indicator: outline || shadow, why };
    }, null);
    // Once focus comes round again (through the browser's own toolbar), every control has had it.
    if (focus && visited.has(focus.index)) break;
    if (focus) visited.set(focus.index, focus.indicator);
    if (focus) why.set(focus.index, focus.why);
  }
  const unreached = controls.filter((_, i) => !visited.has(i));
  expect(unreached, 'controls Tab never reached').toEqual([]);
  const invisible = controls
    .map((control, i) => `${control} (${why.get(i) ?? ''})`)
    .filter((_, i) => visited.get(i) === '');
  expect(invisible, 'controls without a visible focus indicator').toEqual([]);
}

async function launchWith(
  name: BrowserName,
  colorScheme: 'light' | 'dark',
): Promise<ExtensionBrowser> {
  const options = { hostAccess: 'granted' as const, colorScheme };
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

describe.each(BROWSER_NAMES.flatMap((b) => (['light', 'dark'] as const).map((s) => [b, s])))(
  'accessibility in %s, %s colour scheme',
  (name, scheme) => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    let popupUrl = '';
    beforeAll(async () => {
      server = await serveFixtures();
      browser = await launchWith(name as BrowserName, scheme as 'light' | 'dark');
      const url = `${server.origin}${SEED}`;
      const article = await browser.newPage();
      await article.goto(url);
      await article.waitFor(
        () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
        null,
      );
      const helper = await browser.newPage();
      popupUrl = browser.extensionUrl(`popup.html?tab=${await tabIdOf(browser, helper, url)}`);
      await helper.close();
    }, 120000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function openPopup(): Promise<TestPage> {
      const popup = await browser.newPage();
      await popup.goto(popupUrl);
      await popup.waitFor(
        () => document.querySelector('[data-testid="page-verdict"]') !== null,
        null,
      );
      return popup;
    }

    it('emulates the colour scheme in the extension pages', async () => {
      const popup = await openPopup();
      const dark = await popup.evaluate(
        () => matchMedia('(prefers-color-scheme: dark)').matches,
        null,
      );
      expect(dark).toBe(scheme === 'dark');
      await popup.close();
    });

    it('the popup has no serious or critical axe violation, before and after saving', async () => {
      const popup = await openPopup();
      await expectAccessible(popup, `${name}/${scheme} popup`);
      await popup.click('[data-testid="save-clipping"]');
      await popup.waitFor(
        () =>
          document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') ===
          'saved',
        null,
        30000,
      );
      await expectAccessible(popup, `${name}/${scheme} popup after saving`);
      await popup.close();
    });

    it('the welcome page has no serious or critical axe violation', async () => {
      const welcome = await browser.newPage();
      await welcome.goto(browser.extensionUrl('welcome.html'));
      await welcome.waitFor(
        () =>
          document.querySelector('[data-testid="detection"]')?.hasAttribute('data-mode') === true,
        null,
      );
      await expectAccessible(welcome, `${name}/${scheme} welcome`);
      await welcome.close();
    });

    it('the library and its reader have no serious or critical axe violation', async () => {
      const library = await browser.newPage();
      await library.goto(browser.extensionUrl('library.html'));
      await library.waitFor(
        () => document.querySelector('[data-testid="open-clipping"]') !== null,
        null,
        30000,
      );
      await expectAccessible(library, `${name}/${scheme} library`);
      await library.click('[data-testid="open-clipping"]');
      await library.waitFor(
        () =>
          (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length >
          300,
        null,
      );
      await expectAccessible(library, `${name}/${scheme} library reader`);
      // The reader's own theme, set against the browser's scheme, must hold its contrast too.
      const other = scheme === 'dark' ? 'light' : 'dark';
      await library.evaluate((theme) => {
        const select = document.querySelector<HTMLSelectElement>('.reader-settings select');
        if (!select) throw new Error('no theme setting');
        select.value = theme;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, other);
      await library.waitFor(
        (theme) => document.querySelector(`.reader.theme-${theme}`) !== null,
        other,
      );
      await expectAccessible(library, `${name}/${scheme} library reader, ${other} theme`);
      // And the sepia theme of the reader options.
      await library.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="reader-theme"]');
        if (!select) throw new Error('no theme setting');
        select.value = 'sepia';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, null);
      await library.waitFor(() => document.querySelector('.reader.theme-sepia') !== null, null);
      await expectAccessible(library, `${name}/${scheme} library reader, sepia theme`);
      await library.close();
    });

    it('every popup control is reached with Tab and shows a visible focus indicator', async () => {
      const popup = await openPopup();
      await expectKeyboardReachable(popup, 6);
      await popup.close();
    });

    it('the welcome page and the reader are usable with Tab, with visible focus', async () => {
      const welcome = await browser.newPage();
      await welcome.goto(browser.extensionUrl('welcome.html'));
      await welcome.waitFor(
        () =>
          document.querySelector('[data-testid="detection"]')?.hasAttribute('data-mode') === true,
        null,
      );
      await expectKeyboardReachable(welcome, 2);
      await welcome.close();
      const library = await browser.newPage();
      await library.goto(browser.extensionUrl('library.html'));
      await library.waitFor(
        () => document.querySelector('[data-testid="open-clipping"]') !== null,
        null,
        30000,
      );
      await library.click('[data-testid="open-clipping"]');
      await library.waitFor(
        () => document.querySelector('[data-testid="reader-content"]') !== null,
        null,
      );
      await expectKeyboardReachable(library, 8);
      await library.close();
    });
  },
);
