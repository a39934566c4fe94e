// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  denseBlockContent,
  denseBlockSteps,
  pruneChunks,
} from '../../../src/extract/dense-block-content';
import { pruneClutter } from '../../../src/extract/prune-clutter';
import { parsePage } from './load-page';

const prose = (i: number) =>
  `<p>Đoạn ${i}: giá trị sản xuất công nghiệp đạt ${i},5 tỷ đồng, tăng ${i % 90},2% so với cùng kỳ năm trước.</p>`;
const related = (n: number) =>
  `<div class="related-box"><h3>Tin liên quan</h3><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/r${i}">Tin ${i}</a></li>`).join('')}</ul></div>`;

/** A 1,200-paragraph body with a share bar, related boxes inside and at its end. */
function longBody(blocks: string[]): Document {
  return parsePage(
    `<html><head><title>Dài</title></head><body><nav><a href="/">Trang chủ</a></nav>` +
      `<div class="content">${blocks.join('')}</div><footer>©</footer></body></html>`,
  );
}

describe('the long-page finder in steps', () => {
  it('cuts blocks into runs of similar length, never a short last one', () => {
    const blocks = Array.from({ length: 1030 }, (_, i) => i);
    const chunks = pruneChunks(blocks, 400);
    expect(chunks.map((c) => c.length)).toEqual([515, 515]);
    expect(chunks.flat()).toEqual(blocks);
    expect(pruneChunks([1, 2, 3], 400)).toEqual([[1, 2, 3]]);
  });

  it('stops many times on a long page, and keeps what pruning all blocks at once keeps', () => {
    const blocks = Array.from({ length: 1200 }, (_, i) => prose(i));
    blocks.splice(300, 0, '<div class="share-bar"><a href="#fb">Facebook</a></div>');
    blocks.splice(800, 0, related(6));
    // A "related" heading closing one run, its list of links opening the next.
    blocks.splice(
      400,
      0,
      '<h3 class="closing">Tin liên quan</h3>',
      '<ul><li><a href="/x">Tin X</a></li><li><a href="/y">Tin Y</a></li></ul>',
    );
    blocks.push(related(8));
    const doc = longBody(blocks);
    const children = Array.from((doc.querySelector('.content') as Element).children);
    const firstRun = pruneChunks(children, 400)[0] ?? [];
    expect(firstRun[firstRun.length - 1]?.className).toBe('closing');
    const steps = denseBlockSteps(doc, 400);
    let stops = 0;
    let step = steps.next();
    while (!step.done) {
      stops++;
      step = steps.next();
    }
    expect(stops).toBeGreaterThan(5);
    const found = step.value;
    expect(found).not.toBeNull();
    const body = doc.querySelector('.content') as Element;
    const all = new Set(Array.from(body.children));
    pruneClutter(all);
    const keptBlocks = Array.from(body.children).filter((el) => found?.kept.has(el));
    expect(keptBlocks).toEqual(Array.from(body.children).filter((el) => all.has(el)));
    expect(found?.kept.has(doc.querySelector('.share-bar') as Element)).toBe(false);
    expect(found?.kept.has(doc.querySelector('.related-box') as Element)).toBe(false);
    // The same answer as the finder run in one go.
    expect([...(denseBlockContent(doc)?.kept ?? [])]).toEqual([...(found?.kept ?? [])]);
  });
});
