import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/pipeline/analyze-document';
import { readingLanguage } from '../../../src/pipeline/reading-language';
import { findFigures } from '../../../src/annotate/find-figures';
import { planArticle } from '../../../src/extract/plan-article';
import { parsePage } from '../extract/load-page';

const annotate = (text: string, lang: string) => ({
  figures: findFigures(text, lang).map((f) => ({ text: f.text, value: f.value })),
  projects: [],
});

// A Vietnamese story in an English template: lang="en", and the first 3,000 characters of the
// body (what the metadata's language reads) are the site's English menu and teasers.
const TEASERS = Array.from(
  { length: 80 },
  (_, i) =>
    `<li><a href="/world/${i}">World news story number ${i} about markets and trade</a></li>`,
).join('');
const PARA =
  '<p>Kim ngạch xuất khẩu của tỉnh trong quý đạt 1.200 tỷ đồng, tăng 12,5% so với cùng kỳ năm trước, theo báo cáo của Sở Công Thương.</p>';
const PAGE = `<!doctype html><html lang="en"><head><title>Markets</title>
<meta name="description" content="The latest world and markets news"></head><body>
<header><nav><ul>${TEASERS}</ul></nav></header>
<main><article><h1>Xuất khẩu của tỉnh tăng mạnh trong quý</h1>${PARA.repeat(6)}</article></main>
<footer>© Example News</footer></body></html>`;

describe('one reading language for analyze and the extension', () => {
  it('reads the article in the language of its text, not of the template around it', () => {
    const doc = parsePage(PAGE);
    const a = analyzeDocument(doc, 'https://example.invalid/story', annotate);
    // The metadata reads the page's leading text (its English menu)…
    expect(a.metadata.lang).toBe('en');
    // …the content script reads the planned article's root, as analyze now does.
    const plan = planArticle(doc);
    expect(plan?.root.textContent).toContain('1.200 tỷ đồng');
    expect(readingLanguage(doc, plan!.root, () => a.metadata.lang)).toBe('vi');
    expect(a.lang).toBe('vi');
    // In Vietnamese "1.200 tỷ đồng" is 1.2 trillion đồng, not 1.2 billion.
    expect(a.figures).toContainEqual({ text: '1.200 tỷ đồng', value: 1.2e12 });
  });

  it('falls back to the metadata language when there is no article to read', () => {
    const doc = parsePage('<html lang="en"><body><p>Hi</p></body></html>');
    expect(readingLanguage(doc, null, () => 'en')).toBe('en');
  });
});
