/**
 * A page's own script tries everything it can to read the user's notes and highlighted
 * passages, and to learn that the extension is installed, and gets nothing. It runs before any
 * script of ours: it patches `attachShadow` (to keep a handle on closed roots), the textarea
 * `value` accessors, `CSS.highlights` and `Highlight`, listens to every message, key and input
 * event, watches every mutation, and reads every highlight registered in the document. The
 * user makes a highlight with a note on the article, and edits that note after a reload (the
 * stored note is then on screen); on a page that is not an article the detector runs and the
 * page sees no trace of it.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import type { TestPage } from './support/extension-browser';
import { openPage, useExtensionSession, type E2eSession } from './support/session';
import { pointsOf, storedHighlights } from './support/stored-highlights';
import { sendToContent, tabIdOf } from './support/tab-id';

const SEED = '/seed/laichau.html';
const HOME = '/e2e/home.html';
const BORDERLINE = '/e2e/borderline-article.html';
const QUOTE = 'giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng';
const NOTE = 'SECRET-NOTE-7f3a: call the source back';
const TOOLBAR = 'highlight-toolbar.html';

/** The spy, first thing in <head>: everything a page script can do before and after we run. */
const SPY = `<script>
(() => {
  const spy = (window.__spy = { roots: [], values: [], keys: [], messages: [], mutations: [], highlightCalls: [], frames: [] });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    spy.roots.push(root);
    return root;
  };
  const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    get() { const v = value.get.call(this); spy.values.push(v); return v; },
    set(v) { spy.values.push(String(v)); value.set.call(this, v); },
  });
  if (window.CSS && CSS.highlights) {
    const set = CSS.highlights.set.bind(CSS.highlights);
    CSS.highlights.set = (name, h) => { spy.highlightCalls.push(name); return set(name, h); };
  }
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'focusin', 'paste'])
    document.addEventListener(type, (e) => spy.keys.push(type + ':' + (e.key || e.data || '')), true);
  window.addEventListener('message', (e) => spy.messages.push(JSON.stringify(e.data)), true);
  // From DOMContentLoaded on (the page's own parsing is not news); ours runs after it.
  let parsed = false;
  const observer = new MutationObserver((records) => {
    if (!parsed) return;
    for (const r of records) {
      if (r.type === 'attributes') spy.mutations.push('attr ' + r.target.nodeName + ' ' + r.attributeName + '=' + r.target.getAttribute(r.attributeName));
      for (const n of r.addedNodes) spy.mutations.push('add ' + (n.outerHTML || n.nodeValue || n.nodeName));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('DOMContentLoaded', () => { observer.takeRecords(); parsed = true; }, true);
  const openRootsOf = (node, out) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot.innerHTML);
        // What a form field holds is not in its markup: read it as a page script would.
        for (const field of el.shadowRoot.querySelectorAll('textarea')) out.push(value.get.call(field));
        openRootsOf(el.shadowRoot, out);
      }
      if (el.tagName === 'IFRAME') spy.frames.push(el.src);
    }
    return out;
  };
  /**
   * Whether a stylesheet of ours acts on the page: elements of the page's own carrying our
   * attributes, under our class (both are public: anyone can read the package), checked
   * against an element no rule of ours could match.
   */
  spy.probeSheet = () => {
    // Names put together here, so this script's own text does not hold them (the tests look
    // for them in the page's HTML).
    const ra = 'data-' + 'ra-', ui = 'data-reader-' + 'assistant-ui', scope = 'reader-' + 'assistant-tidied';
    const box = document.createElement('div');
    box.className = scope;
    box.innerHTML = '<nav ' + ra + 'hidden="">n</nav><aside ' + ra + 'hidden="in-place">a</aside>' +
      '<div ' + ui + '="" hidden>u</div><p ' + ra + 'article="">t</p><p>t</p>';
    document.body.appendChild(box);
    const had = document.documentElement.classList.contains(scope);
    document.documentElement.classList.add(scope);
    const [nav, aside, host, article, plain] = box.children;
    const highlight = (el) => {
      try { return getComputedStyle(el, '::highlight(ra-money)').backgroundColor; } catch { return 'n/a'; }
    };
    const seen = {
      nav: getComputedStyle(nav).display,
      aside: getComputedStyle(aside).visibility,
      ui: getComputedStyle(host).display,
      highlight: highlight(article) === highlight(plain) ? 'same' : highlight(article),
    };
    if (!had) document.documentElement.classList.remove(scope);
    if (document.documentElement.getAttribute('class') === '') document.documentElement.removeAttribute('class');
    box.remove();
    return seen;
  };
  /** Whether the page can load any of these addresses (it would learn we are installed). */
  spy.probeUrls = async (urls) => {
    const out = {};
    for (const url of urls) {
      out[url] = await fetch(url).then((r) => 'loaded ' + r.status, () => 'refused');
    }
    return out;
  };
  /** Everything the page can read, as one string. */
  spy.collect = () => {
    const registry = [];
    if (window.CSS && CSS.highlights)
      for (const [name, h] of CSS.highlights) for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        registry.push(name + ':' + live.toString());
      }
    const frames = [];
    for (let i = 0; i < window.frames.length; i++) {
      try { frames.push(String(window.frames[i].location.href)); } catch { frames.push('cross-origin'); }
    }
    return JSON.stringify({
      html: document.documentElement.outerHTML,
      htmlAttributes: document.documentElement.getAttributeNames(),
      openRoots: openRootsOf(document, []),
      grabbedRoots: spy.roots.map((r) => r.innerHTML),
      registry,
      highlightCalls: spy.highlightCalls,
      values: spy.values,
      keys: spy.keys,
      messages: spy.messages,
      mutations: spy.mutations,
      iframeSrcs: spy.frames,
      windowFrames: frames,
      active: document.activeElement && document.activeElement.cloneNode(false).outerHTML,
    });
  };
})();
</script>`;

const withSpy = (html: string) => html.replace(/<head[^>]*>/i, (head) => `${head}${SPY}`);

interface Seen {
  html: string;
  htmlAttributes: string[];
  openRoots: string[];
  grabbedRoots: string[];
  registry: string[];
  highlightCalls: string[];
  values: string[];
  keys: string[];
  messages: string[];
  mutations: string[];
  iframeSrcs: string[];
  windowFrames: string[];
}

const seen = async (page: TestPage): Promise<{ seen: Seen; text: string }> => {
  const text = await page.evaluate(
    () => (window as unknown as { __spy: { collect(): string } }).__spy.collect(),
    null,
  );
  return { seen: JSON.parse(text) as Seen, text };
};

const storedNotes = async (session: E2eSession) =>
  (await storedHighlights(session)).map((h) => h.note);

/** Nothing of the user's, and no address of the extension, in anything the page could read. */
function expectNothingOfTheUser(result: { seen: Seen; text: string }) {
  const { seen, text } = result;
  expect(text).not.toContain('SECRET-NOTE');
  // The passage is the page's own text, of course; what the page must not learn is that the
  // user marked it: no range, value, root or change of ours holds it.
  const holding = Object.entries({ ...seen, html: '' })
    .filter(([, v]) => JSON.stringify(v).includes(QUOTE))
    .map(([k, v]) => `${k}: ${JSON.stringify(v).slice(0, 300)}`);
  expect(holding).toEqual([]);
  expect(text).not.toMatch(/chrome-extension:|moz-extension:/);
  expect(seen.registry.filter((r) => r.startsWith('ra-user'))).toEqual([]);
  expect(seen.highlightCalls.filter((n) => n.startsWith('ra-user'))).toEqual([]);
  // Our content script never went through the page's own prototypes.
  expect(seen.grabbedRoots).toEqual([]);
  expect(seen.values).toEqual([]);
  // No key the user typed into the note reached the page.
  expect(seen.keys.filter((k) => /^(key|input|beforeinput)/.test(k))).toEqual([]);
  expect(seen.messages).toEqual([]);
  // Our frame is in a closed shadow root: not in the page's frames, its address not in the DOM.
  expect(seen.iframeSrcs).toEqual([]);
  expect(seen.windowFrames).toEqual([]);
}

describe.each(BROWSER_NAMES)('privacy from the page in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });

  it("a page's own script gets neither the note nor the highlighted passage, while both are made, restored and edited", async () => {
    session.server.rewrite(SEED, withSpy);
    try {
      const page = await openPage(session, SEED, 'article');
      const { from, to } = await pointsOf(page, QUOTE);
      await page.drag(from, to);
      await page.clickInFrame(TOOLBAR, '[data-testid="note-button"]');
      await page.typeInFrame(TOOLBAR, '[data-testid="note-input"]', NOTE);
      await page.clickInFrame(TOOLBAR, '[data-testid="note-save"]');
      await expect.poll(() => storedNotes(session), { timeout: 10000 }).toContain(NOTE);
      expectNothingOfTheUser(await seen(page));

      // After a reload the highlight is restored from the library and its note edited: the
      // note is on screen in the editor, and still out of the page's reach.
      await page.reload();
      await page.waitFor(
        () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
        null,
      );
      const on = (await pointsOf(page, QUOTE)).from;
      await expect
        .poll(
          async () => {
            await page.drag(on, on);
            await page.clickInFrame(TOOLBAR, '[data-testid="edit-note"]');
            return page.readInFrame(TOOLBAR, '[data-testid="note-input"]:not([disabled])');
          },
          { timeout: 15000 },
        )
        .toBe(NOTE);
      // A save's toast tells that the reader saved this page, and under what title.
      const control = await session.browser.newPage();
      const tabId = await tabIdOf(session.browser, control, session.url(SEED));
      await sendToContent(control, tabId, 'showToast', {
        message: 'Saved “SECRET-NOTE-title” to Reader Assistant',
      });
      await control.close();
      const whileEditing = await seen(page);
      expectNothingOfTheUser(whileEditing);
      // The page does see our UI's host elements (article pages are visibly ours), empty.
      expect(whileEditing.seen.html).toMatch(/data-reader-assistant-ui/);
      // On the article we took in hand, the probe the next test uses finds our stylesheet: its
      // finding nothing on a page we leave alone means something.
      const tidied = await page.evaluate(
        () => (window as unknown as { __spy: { probeSheet(): unknown } }).__spy.probeSheet(),
        null,
      );
      expect(tidied).toMatchObject({ nav: 'none', aside: 'hidden', ui: 'contents' });
      await page.close();
    } finally {
      session.server.rewrite(SEED, null);
    }
  });

  it('a page that is not an article learns nothing: no mark, no change, no message, no stylesheet, no file of ours', async () => {
    session.server.rewrite(HOME, withSpy);
    try {
      const page = await openPage(session, HOME, 'not-article');
      // Give any late change of ours its chance.
      await new Promise((r) => setTimeout(r, 1000));
      // What the page saw of us, before its own probing below changes its DOM.
      const { seen: result } = await seen(page);
      // Our page stylesheet is not in the page: the page's own elements with our attributes and
      // class look as they would without the extension (automatic detection is on here).
      const sheet = await page.evaluate(
        () => (window as unknown as { __spy: { probeSheet(): unknown } }).__spy.probeSheet(),
        null,
      );
      expect(sheet).toEqual({ nav: 'block', aside: 'visible', ui: 'none', highlight: 'same' });
      // Nor can it load a file of ours, even knowing the extension's address (which it cannot
      // know in Firefox, a random UUID per install): the stylesheet is not web-accessible, and
      // in Chromium the toolbar page only at a per-session dynamic address.
      const urls = [
        session.browser.extensionUrl('page.css'),
        session.browser.extensionUrl('detector.js'),
        ...(name === 'chromium' ? [session.browser.extensionUrl(TOOLBAR)] : []),
      ];
      const loads = await page.evaluate(
        (list) =>
          (
            window as unknown as { __spy: { probeUrls(u: string[]): Promise<unknown> } }
          ).__spy.probeUrls(list),
        urls,
      );
      expect(loads).toEqual(Object.fromEntries(urls.map((u) => [u, 'refused'])));
      expect(result.htmlAttributes.filter((a) => /^data-r/.test(a))).toEqual([]);
      expect(result.mutations).toEqual([]);
      expect(result.openRoots).toEqual([]);
      expect(result.messages).toEqual([]);
      expect(result.registry).toEqual([]);
      expect(result.html).not.toMatch(/reader-assistant|data-ra-/);
      await page.close();
    } finally {
      session.server.rewrite(HOME, null);
    }
  });
  it('a page close to an article, offered the article view, sees one bare element and nothing in it', async () => {
    session.server.rewrite(BORDERLINE, withSpy);
    try {
      // (The address's numeric id is what puts this story just under the line.)
      const page = await openPage(session, `${BORDERLINE}?id=4711`, 'not-article');
      await page.waitFor(() => {
        const last = document.documentElement.lastElementChild;
        return last !== null && last !== document.body && last.tagName === 'DIV';
      }, null);
      const { seen: result, text } = await seen(page);
      // The offer's host: no attribute, class or text, its root closed (and not made through
      // the page's own attachShadow, which the spy patched).
      expect(result.mutations).toEqual(['add <div></div>']);
      expect(result.openRoots).toEqual([]);
      expect(result.grabbedRoots).toEqual([]);
      expect(result.htmlAttributes.filter((a) => /^data-r/.test(a))).toEqual([]);
      expect(text).not.toMatch(/Looks like an article|data-testid="article-offer/);
      expect(text).not.toMatch(/chrome-extension:|moz-extension:/);
      // The page was not taken in hand: no stylesheet of ours acts on it either.
      const sheet = await page.evaluate(
        () => (window as unknown as { __spy: { probeSheet(): unknown } }).__spy.probeSheet(),
        null,
      );
      expect(sheet).toEqual({ nav: 'block', aside: 'visible', ui: 'none', highlight: 'same' });
      await page.close();
    } finally {
      session.server.rewrite(BORDERLINE, null);
    }
  });
});
