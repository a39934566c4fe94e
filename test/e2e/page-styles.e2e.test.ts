/**
 * Issue #7, part 2: our in-page UI lives in a shadow root, so the page's styles are unaffected
 * and ours never leak into it. The seed page is loaded with the extension — clutter hiding and
 * highlighting switched off, our overlay host in the page and showing a toast — and compared
 * with the same page in the same browser without the extension: every element's computed
 * style, and the screenshot pixel by pixel outside the toast's own box.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './support/extension-browser';
import { BROWSER_NAMES, launch } from './support/launch';
import { decodePng, diffPixels, type Pixels } from './support/png';
import { openPage, useExtensionSession } from './support/session';
import { sendToContent, tabIdOf } from './support/tab-id';

const SEED = '/seed/laichau.html';
/** Room for the toast's box shadow (0 4px 16px) around its border box. */
const SHADOW_PX = 24;

/** Every element's full computed style, ours (the UI host) left out. */
const computedStyles = (page: TestPage) =>
  page.evaluate(() => {
    const path = (e: Element): string => {
      const parent = e.parentElement;
      if (!parent) return e.tagName;
      return `${path(parent)}>${e.tagName}:${Array.from(parent.children).indexOf(e)}`;
    };
    return Array.from(document.querySelectorAll('*'))
      .filter((e) => !e.closest('[data-reader-assistant-ui]'))
      .map((e) => {
        const style = getComputedStyle(e);
        const props: string[] = [];
        for (let i = 0; i < style.length; i++) {
          const name = style.item(i);
          props.push(`${name}: ${style.getPropertyValue(name)}`);
        }
        return { path: path(e), style: props.join('; ') };
      });
  }, null);

/** A viewport screenshot, decoded (through a scratch file: that is what both drivers write). */
async function screenshot(page: TestPage): Promise<Pixels> {
  const dir = mkdtempSync(join(tmpdir(), 'ra-styles-'));
  try {
    const file = join(dir, 'shot.png');
    await page.screenshot(file);
    return decodePng(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Selectors of `css` that could match anything but our attributes, elements and highlights. */
function unscopedSelectors(css: string): string[] {
  // Everything but our own elements is behind the class we put on <html> (SHEET_SCOPE_CLASS).
  const ours = [
    /^\.reader-assistant-tidied \[data-ra-article\] ?::highlight\(ra-[\w-]+\)$/,
    /^ra-mark\[data-ra-mark="ra-[\w-]+"\]$/,
    /^\.reader-assistant-tidied \[data-ra-[\w-]+(="[\w-]*")?\]$/,
    /^\.reader-assistant-tidied \[data-reader-assistant-ui\](\[hidden\])?$/,
  ];
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((rule) => rule.split('{')[0]?.trim() ?? '')
    .filter(Boolean)
    .flatMap((list) => list.split(',').map((s) => s.trim()));
  expect(selectors.length).toBeGreaterThan(0);
  return selectors.filter((s) => !ours.some((re) => re.test(s)));
}

describe('our page stylesheet', () => {
  it.each(['dist/chrome', 'dist/firefox'])(
    '%s/page.css only matches our own attributes, elements and highlights',
    (dist) => {
      expect(unscopedSelectors(readFileSync(`${dist}/page.css`, 'utf8'))).toEqual([]);
    },
  );
});

describe.each(BROWSER_NAMES)('the seed page with our UI in it, in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  let plain: ExtensionBrowser | undefined;
  beforeAll(async () => {
    plain = await launch(name, 'none', { extension: false });
  }, 90_000);
  afterAll(async () => {
    await plain?.close();
  });

  it('looks and computes exactly as without the extension, outside our own toast', async () => {
    // An extension page that talks to the seed's tab (a fresh one per tab: Firefox does not
    // report a navigation to the page it is already on).
    const control = async () => {
      const ext = await session.browser.newPage();
      const tabId = await tabIdOf(session.browser, ext, session.url(SEED));
      return {
        send: (type: string, request: unknown) => sendToContent(ext, tabId, type, request),
        close: () => ext.close(),
      };
    };
    // Switch clutter hiding and highlighting off (saved as the page preferences)…
    const first = await openPage(session, SEED, 'article');
    const off = await control();
    await off.send('setHighlights', { figures: false, projects: false });
    await off.send('setClutterHidden', { hidden: false });
    await Promise.all([off.close(), first.close()]);
    // …so a fresh load of the page starts with them off, our overlay host in the page.
    const page = await openPage(session, SEED, 'article');
    const ext = await control();
    const state = await page.evaluate(
      () => ({
        hosts: document.querySelectorAll('[data-reader-assistant-ui]').length,
        hidden: document.querySelectorAll('[data-ra-hidden]').length,
        marks: document.querySelectorAll('ra-mark').length,
      }),
      null,
    );
    expect(state).toEqual({ hosts: 1, hidden: 0, marks: 0 });

    const base = await (plain as ExtensionBrowser).newPage();
    await base.goto(session.url(SEED));
    await new Promise((r) => setTimeout(r, 500));
    expect(
      await base.evaluate(
        () => document.querySelectorAll('[data-reader-assistant-ui]').length,
        null,
      ),
    ).toBe(0);

    // Computed styles of every page element are the page's own.
    const ours = await computedStyles(page);
    const theirs = await computedStyles(base);
    expect(ours.map((e) => e.path)).toEqual(theirs.map((e) => e.path));
    const differing = ours.filter((e, i) => e.style !== theirs[i]?.style).map((e) => e.path);
    expect(differing).toEqual([]);

    // Pixels: identical except inside the toast (which must show: else the check proves nothing).
    await ext.send('showToast', { message: 'Saved to Reader Assistant' });
    // The toast is in a closed root (that the reader saved the page is theirs, not the page's):
    // where it shows is what its style says, centred 16 px above the bottom, one line high.
    const box = await page.evaluate(
      () => ({
        x: innerWidth / 2 - 240,
        y: innerHeight - 16 - 48,
        width: 480,
        height: 48,
        dpr: devicePixelRatio,
      }),
      null,
    );
    const withUi = await screenshot(page);
    const without = await screenshot(base);
    const b = box as NonNullable<typeof box>;
    const allowed = {
      x: Math.floor((b.x - SHADOW_PX) * b.dpr),
      y: Math.floor((b.y - SHADOW_PX) * b.dpr),
      width: Math.ceil((b.width + 2 * SHADOW_PX) * b.dpr),
      height: Math.ceil((b.height + 2 * SHADOW_PX) * b.dpr),
    };
    const diff = diffPixels(withUi, without, allowed);
    expect(diff.inside).toBeGreaterThan(100);
    expect({ outside: diff.outside, first: diff.firstOutside }).toEqual({
      outside: 0,
      first: null,
    });

    // Back to the defaults for whoever reuses this profile.
    await ext.send('setClutterHidden', { hidden: true });
    await ext.send('setHighlights', { figures: true, projects: true });
    await Promise.all([page.close(), base.close(), ext.close()]);
  }, 120_000);
});
