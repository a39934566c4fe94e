// @vitest-environment jsdom
/**
 * Plans made on a re-parsed copy of the page (as the extension's planning document does) and
 * resolved on the live page must name exactly the elements an in-page plan names, and must be
 * refused whenever the live page no longer matches the copy.
 */
import { describe, expect, it } from 'vitest';
import { isPlanAddresses, resolvePlan, type PagePlan } from '../../../src/extract/plan-addresses';
import type { PlanAddresses } from '../../../src/model/article-plan';
import { planArticle } from '../../../src/extract/plan-article';
import { planHtml } from '../../../src/extract/plan-html';
import { LONG_DOCUMENT_PARAGRAPHS } from '../../../src/extract/dense-block-content';
import { err, ok } from '../../../src/shared/result';
import { loadDirectly } from '../../../src/page/shared/load-directly';
import { planPage, serializePage, type AskToPlan } from '../../../src/page/article/plan-page';
import { loadFixture, parsePage } from './load-page';

function sameElements(a: PagePlan, b: PagePlan): void {
  expect(a.root).toBe(b.root);
  expect(a.title).toBe(b.title);
  expect(a.hide.length).toBe(b.hide.length);
  a.hide.forEach((el, i) => expect(el).toBe(b.hide[i]));
  expect(a.byline).toEqual(b.byline);
}

function addressesFor(live: Document): PlanAddresses {
  const addresses = planHtml(serializePage(live));
  if (addresses === null) throw new Error('no plan');
  return addresses;
}

const SAMPLE = `<html><head><title>Nhà máy mới | Báo</title><meta property="og:title" content="Nhà máy mới"></head><body>
  <nav><a href="/">Trang chủ</a><a href="/kt">Kinh tế</a></nav>
  <noscript><iframe src="/tracker"></iframe><img src="/pixel.gif"></noscript>
  <article><h1>Nhà máy mới</h1>
  ${Array.from({ length: 8 }, (_, i) => `<p>Đoạn ${i}: dự án nhà máy thủy điện đạt tổng vốn ${i + 1}.200 tỷ đồng, tạo việc làm cho hàng nghìn lao động địa phương trong năm nay.</p>`).join('')}
  </article>
  <aside><h3>Tin mới nhất</h3><ul><li><a href="/a">Tin A</a></li><li><a href="/b">Tin B</a></li></ul></aside>
  <footer>© Báo</footer></body></html>`;

/** A live page runs with scripting on, so <noscript> holds its markup as text. */
function liveSample(): Document {
  const doc = parsePage(SAMPLE);
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) {
    noscript.textContent = noscript.innerHTML;
  }
  return doc;
}

describe('plans carried by address', () => {
  it('name the same live elements as an in-page plan on the seed page', () => {
    const live = loadFixture('seed/laichau.html');
    const resolved = resolvePlan(live, addressesFor(live));
    const inPage = planArticle(live);
    expect(resolved).not.toBeNull();
    expect(inPage).not.toBeNull();
    sameElements(resolved as PagePlan, inPage as PagePlan);
    expect((resolved as PagePlan).hide.length).toBeGreaterThan(3);
  });

  it('skip <noscript> content, which a live page holds as text and the copy as elements', () => {
    const live = liveSample();
    const addresses = addressesFor(live);
    const resolved = resolvePlan(live, addresses);
    expect(resolved).not.toBeNull();
    sameElements(resolved as PagePlan, planArticle(live) as PagePlan);
    const hidden = (resolved as PagePlan).hide.map((el) => el.localName);
    expect(hidden).toContain('aside');
    expect(hidden).toContain('footer');
  });

  it('carry MathJax and MathML elements, which the copy must count as the live page does', () => {
    const equation =
      '<mjx-container class="MathJax" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c></mjx-c></mjx-mi></mjx-math>' +
      '<mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>';
    const live = parsePage(SAMPLE.replace('<p>Đoạn 3:', `<p>Khi ${equation}, đoạn 3:`));
    const resolved = resolvePlan(live, addressesFor(live));
    expect(resolved).not.toBeNull();
    sameElements(resolved as PagePlan, planArticle(live) as PagePlan);
    const rendering = live.querySelector('mjx-math');
    expect((resolved as PagePlan).hide.some((el) => el.contains(rendering))).toBe(false);
  });

  it('are refused when the page gained an element after it was copied', () => {
    const live = liveSample();
    const addresses = addressesFor(live);
    live.body.prepend(live.createElement('div'));
    expect(resolvePlan(live, addresses)).toBeNull();
  });

  it('are refused when an addressed element has another tag on the live page', () => {
    const live = liveSample();
    const addresses = addressesFor(live);
    const [index] = addresses.root;
    expect(resolvePlan(live, { ...addresses, root: [index, 'table'] })).toBeNull();
  });

  it('are checked for shape before any index is trusted', () => {
    const live = liveSample();
    const good = addressesFor(live);
    expect(isPlanAddresses(good)).toBe(true);
    expect(isPlanAddresses(JSON.parse(JSON.stringify(good)))).toBe(true);
    expect(isPlanAddresses({ ...good, root: [-1, 'div'] })).toBe(false);
    expect(isPlanAddresses({ ...good, hide: [['3', 'div']] })).toBe(false);
    expect(isPlanAddresses({ ...good, elementCount: 'many' })).toBe(false);
    expect(isPlanAddresses(null)).toBe(false);
  });
});

describe('planPage', () => {
  const planner = () => loadDirectly('planner');
  it('uses the extension’s plan when it resolves on the live page', async () => {
    const live = liveSample();
    const asked: string[] = [];
    const ask: AskToPlan = async (html) => {
      asked.push(html);
      return ok(planHtml(html));
    };
    const placed = await planPage(live, ask, planner);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('Nhà máy mới');
    expect(placed?.source).toBe('extension');
    sameElements(placed?.plan as PagePlan, planArticle(live) as PagePlan);
  });

  it('plans in the page when the page re-renders its article under every copy the extension plans', async () => {
    const live = liveSample();
    let asked = 0;
    const ask: AskToPlan = async (html) => {
      asked++;
      const answer = planHtml(html);
      // The article re-rendered: the plan's root has left the page.
      const article = live.querySelector('article') as Element;
      article.replaceWith(article.cloneNode(true));
      return ok(answer);
    };
    let loads = 0;
    const placed = await planPage(live, ask, async () => {
      loads++;
      return loadDirectly('planner');
    });
    expect(asked).toBe(3);
    // The planner is injected before the page plans for itself.
    expect(loads).toBe(1);
    expect(placed?.source).toBe('page');
    sameElements(placed?.plan as PagePlan, planArticle(live) as PagePlan);
  });

  it('sends a fresh copy when the page re-rendered its article once while the extension planned', async () => {
    const live = liveSample();
    let asked = 0;
    const ask: AskToPlan = async (html) => {
      const answer = planHtml(html);
      if (asked++ === 0) {
        const article = live.querySelector('article') as Element;
        article.replaceWith(article.cloneNode(true));
      }
      return ok(answer);
    };
    const placed = await planPage(live, ask, planner);
    expect(asked).toBe(2);
    expect(placed?.source).toBe('extension');
    sameElements(placed?.plan as PagePlan, planArticle(live) as PagePlan);
  });

  it('resolves the first copy on a page that added, moved and took out elements meanwhile (still loading)', async () => {
    const live = liveSample();
    const expected = planArticle(liveSample()) as PagePlan;
    let asked = 0;
    const added: Element[] = [];
    const add = (parent: Element, before: Element | null, tag: string) => {
      const el = live.createElement(tag);
      el.innerHTML = tag === 'div' ? '<span>new</span>' : '';
      parent.insertBefore(el, before);
      added.push(el, ...Array.from(el.querySelectorAll('*')));
      return el;
    };
    const ask: AskToPlan = async (html) => {
      asked++;
      const answer = planHtml(html);
      add(live.body, null, 'script');
      add(live.body, live.body.firstElementChild, 'div');
      const article = live.querySelector('article') as Element;
      add(article, article.firstElementChild, 'div');
      add(live.body, null, 'script').remove();
      // Elements of the copy, moved and taken out (a video player rebuilding its parts).
      live.body.prepend(live.querySelector('footer') as Element);
      live.querySelector('aside li:last-child')?.remove();
      return ok(answer);
    };
    const placed = await planPage(live, ask, planner);
    expect(asked).toBe(1);
    expect(placed?.source).toBe('extension');
    const plan = placed?.plan as PagePlan;
    expect(plan.root).toBe(live.querySelector('article'));
    // The same elements by their tag and where they began (the aside lost an item since).
    const name = (el: Element | null) => el && `${el.localName}:${el.textContent?.slice(0, 12)}`;
    expect(name(plan.title)).toBe(name(expected.title));
    expect(plan.hide.map(name)).toEqual(expected.hide.map(name));
    for (const el of plan.hide) expect(added).not.toContain(el);
  });

  it('refuses a copy whose clutter now holds the article (moved into it meanwhile)', async () => {
    const live = liveSample();
    let asked = 0;
    const ask: AskToPlan = async (html) => {
      const answer = planHtml(html);
      if (asked++ === 0)
        live.querySelector('aside')?.append(live.querySelector('article') as Element);
      else live.body.prepend(live.querySelector('article') as Element);
      return ok(answer);
    };
    const placed = await planPage(live, ask, planner);
    expect(asked).toBe(2);
    const plan = placed?.plan as PagePlan;
    expect(plan.hide.some((h) => h.contains(plan.root))).toBe(false);
  });

  it('plans in the page when the extension cannot answer', async () => {
    const placed = await planPage(
      liveSample(),
      async () => err('No answer from the background.'),
      planner,
    );
    expect(placed?.source).toBe('page');
  });

  it('copies a page whose body holds an SVG <script> (it has no .text), and plans it', async () => {
    const live = parsePage(
      SAMPLE.replace('<p>Đoạn 2:', '<p><svg><script>window.x = 1</script></svg>Đoạn 2:'),
    );
    const placed = await planPage(live, async (html) => ok(planHtml(html)), planner);
    expect(placed?.source).toBe('extension');
  });

  it('plans in the page when the copy cannot be made', async () => {
    const live = liveSample();
    Object.defineProperty(live.body, 'outerHTML', {
      get() {
        throw new Error('the serialiser tripped');
      },
    });
    let asked = 0;
    const placed = await planPage(
      live,
      async () => {
        asked++;
        return ok(null);
      },
      planner,
    );
    expect(asked).toBe(0);
    expect(placed?.source).toBe('page');
  });

  it('trusts the extension when it finds no article body', async () => {
    expect(await planPage(liveSample(), async () => ok(null), planner)).toBeNull();
  });

  it('plans very long pages in the page with the one-pass finder, sending nothing', async () => {
    const paragraphs = Array.from(
      { length: LONG_DOCUMENT_PARAGRAPHS + 50 },
      (_, i) => `<p>Đoạn ${i}: sản lượng điện đạt ${i},5 triệu kWh trong tháng, tăng đều.</p>`,
    ).join('');
    const live = parsePage(
      `<html><body><nav>Menu</nav><div class="c">${paragraphs}</div></body></html>`,
    );
    let asked = 0;
    const placed = await planPage(
      live,
      async () => {
        asked += 1;
        return ok(null);
      },
      planner,
    );
    expect(asked).toBe(0);
    expect(placed?.source).toBe('long-page');
    expect(placed?.plan.root.contains(live.querySelector('.c'))).toBe(true);
  });
});
