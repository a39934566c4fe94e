// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPhotoCredit } from '../../../src/extract/photo-credits';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

describe('photo credits', () => {
  it.each([
    'Photo: Jane Roe, STF / Associated Press',
    'Image copyright Getty Images',
    'Credit...Jane Roe/The Example Times',
    '(Image credit: Example/SpaceCo/Blue Lander, Sierra Hills)',
    'Jane Roe/Example Times/Getty Images',
    'Jane Roe | Getty Images',
    '(Jane Roe / Associated Press)',
    'Photo by Jane Roe/Getty Images for Acme',
    'Courtesy of Jane Roe',
    'FOTO: Jane Roe',
  ])('%s', (text) => {
    expect(isPhotoCredit(text)).toBe(true);
  });

  it.each([
    'Photo: the bridge at dawn',
    'Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager',
    'Pictures From The Festival',
    'Source: World Bank',
    'Trump/Ukraine: AP reports',
    'The Doobie Brothers perform at the Beacon.',
    'Apple, Google and Microsoft',
    'Courtesy of the council, the hall stayed open late.',
  ])('not: %s', (text) => {
    expect(isPhotoCredit(text)).toBe(false);
  });

  it('are hidden under the picture; the picture and its caption stay', () => {
    const doc = parsePage(
      `<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>${prose(3, 'Bridge')}<figure><img src="/b.jpg" alt=""><figcaption><span class="caption">The new bridge at dawn on Tuesday.</span> <span class="credit">Photo: Jane Roe, AP</span></figcaption></figure>${prose(3, 'More')}</article></body></html>`,
    );
    const plan = planArticle(doc);
    const text = visibleText(doc, plan);
    expect(text).toContain('The new bridge at dawn on Tuesday.');
    expect(text).not.toContain('Jane Roe');
    expect(plan?.kept.has(doc.querySelector('img') as Element)).toBe(true);
  });
});
