import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import { openPage, openPopupFor, saveFromPopup, useExtensionSession } from './support/session';

const PAGE = '/e2e/hostile-article.html';

describe.each(BROWSER_NAMES)('a hostile page clipped and read in %s', (name) => {
  const session = useExtensionSession(name);

  it('stores only sanitised HTML and nothing from it runs in the library', async () => {
    const page = await openPage(session, PAGE, 'article');
    const popup = await openPopupFor(session, PAGE);
    await saveFromPopup(popup);
    // The page's broken images could not be kept offline: the popup says so, the clipping keeps their URLs.
    expect(
      await popup.evaluate(
        () => document.querySelector('[data-testid="save-status"]')?.textContent ?? '',
        null,
      ),
    ).toMatch(/2 images could not be kept offline/);

    const library = await session.browser.newPage();
    await library.goto(session.browser.extensionUrl('library.html'));
    await library.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    }, null);
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length > 0,
      null,
    );
    await library.evaluate(() => {
      document
        .querySelector<HTMLElement>('[data-testid="clipping-item"] [data-testid="open-clipping"]')
        ?.click();
    }, null);
    await library.waitFor(
      () =>
        (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 300,
      null,
    );
    await new Promise((r) => setTimeout(r, 500));
    const result = await library.evaluate(() => {
      const root = document.querySelector('[data-testid="reader-content"]') as Element;
      const all = Array.from(root.querySelectorAll('*'));
      return {
        pwned: (window as unknown as { __raPwned?: number }).__raPwned ?? 0,
        violations: (window as unknown as { __violations: string[] }).__violations,
        handlers: all.filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name)))
          .length,
        active: root.querySelectorAll(
          'script, iframe, object, embed, form, input, button, meta, base, link, style, svg, math',
        ).length,
        badUrls: all.filter((e) =>
          ['href', 'src', 'xlink:href', 'action', 'formaction', 'data'].some((n) =>
            /^\s*(javascript|vbscript|data:text)/i.test(e.getAttribute(n) ?? ''),
          ),
        ).length,
        styled: all.filter(
          (e) => e.hasAttribute('style') && /url\(/i.test(e.getAttribute('style') ?? ''),
        ).length,
        clobbered: typeof document.getElementById === 'function',
        text: root.textContent ?? '',
      };
    }, null);
    expect(result.pwned).toBe(0);
    expect(result.handlers).toBe(0);
    expect(result.active).toBe(0);
    expect(result.badUrls).toBe(0);
    expect(result.styled).toBe(0);
    expect(result.clobbered).toBe(true);
    // Images the clipper could not keep stay as links to the site; the library's CSP refuses to
    // load them (no request leaves the extension). Nothing else may even have been attempted.
    expect(result.violations.filter((v) => !v.startsWith('img-src '))).toEqual([]);
    expect(result.text).toContain('$1.2 billion');
    expect(result.text).toContain('The harbour master said the works would be staged');
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
