// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

/** MathJax 3 CHTML output: an aria-hidden rendering and the MathML copy for screen readers. */
const mathjax = (mathml: string, display: 'inline' | 'block'): string =>
  `<mjx-container class="MathJax" jax="CHTML"${display === 'block' ? ' display="true"' : ''}>` +
  '<mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D465"></mjx-c></mjx-mi></mjx-math>' +
  `<mjx-assistive-mml unselectable="on" display="${display}"><math xmlns="http://www.w3.org/1998/Math/MathML">${mathml}</math></mjx-assistive-mml>` +
  '</mjx-container>';

/** KaTeX output: MathML for screen readers beside an aria-hidden HTML rendering. */
const katex = (mathml: string): string =>
  `<span class="katex"><span class="katex-mathml"><math><semantics><mrow>${mathml}</mrow></semantics></math></span>` +
  '<span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">q</span></span></span></span>';

function plan(body: string) {
  const doc = parsePage(
    `<html><head><title>Solving quadratics</title></head><body><main><article><h1>Solving quadratics</h1>${body}</article></main>` +
      `<aside><h3>Formula of the day</h3>${mathjax('<mi>sidebarformula</mi>', 'block')}</aside></body></html>`,
  );
  const p = planArticle(doc);
  return { doc, p, text: visibleText(doc, p) };
}

describe('equations', () => {
  it('keeps MathJax equations inside a sentence and between paragraphs', () => {
    const { doc, p, text } = plan(
      prose(3, 'Opening') +
        `<p>When ${mathjax('<mi>a</mi><mo>≠</mo><mn>0</mn>', 'inline')}, there are two solutions, given by the quadratic formula that every student of algebra learns to recite by heart.</p>` +
        mathjax('<mi>x</mi><mo>=</mo><mi>rootformula</mi>', 'block') +
        prose(3, 'Closing'),
    );
    expect(text).toMatch(/When a\s*≠\s*0\s*, there are two solutions/);
    expect(text).toContain('rootformula');
    expect(text).not.toContain('sidebarformula');
    // The rendering readers see is aria-hidden; hiding it would leave only the clipped copy.
    const hidden = p?.hide ?? [];
    for (const el of Array.from(doc.querySelectorAll('article mjx-container, article mjx-math'))) {
      expect(hidden.some((h) => h.contains(el) || el.contains(h))).toBe(false);
    }
  });

  it('keeps KaTeX equations inside a sentence', () => {
    const { doc, p, text } = plan(
      prose(3, 'Opening') +
        `<p>The series converges for every ${katex('<mi>q</mi><mo>&lt;</mo><mn>1</mn>')} as the identity of Ramanujan shows, and the proof takes only a page of careful algebra.</p>` +
        prose(3, 'Closing'),
    );
    expect(text).toMatch(/every q\s*<\s*1\s*q? ?as the identity/);
    const rendering = doc.querySelector('.katex-html');
    expect(rendering && p?.hide.some((h) => h.contains(rendering))).toBe(false);
  });
});
