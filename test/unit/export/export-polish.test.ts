// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { clippingToMarkdown } from '../../../src/export/to-markdown';
import { clippingToHtml } from '../../../src/export/to-html';
import { obsidianTag } from '../../../src/export/article-extras';
import { enClipping, makeParser, viAnnotations, viClipping } from './export-fixtures';

const parser = makeParser();

/** The seed clipping as extractors store it: the article body starts with its own headline. */
function withHeadline() {
  const c = viClipping();
  c.html = `<h1>  Lai Châu: Kim ngạch   xuất khẩu giảm mạnh </h1>${c.html}`;
  c.projects.push({ ...c.projects[0]!, start: c.projects[0]!.start + 1 });
  return c;
}

describe('Markdown export', () => {
  it('shows the title once, not again as the article headline', () => {
    const md = clippingToMarkdown(withHeadline(), viAnnotations(), { parser });
    expect(md.match(/^# Lai Châu: Kim ngạch xuất khẩu giảm mạnh$/gm)).toHaveLength(1);
    // A later heading of the article stays.
    expect(md).toContain('## Bức tranh không nhiều màu sáng');
  });

  it('keeps a first heading that is not the title', () => {
    const c = enClipping();
    c.html = `<h2>Markets</h2>${c.html}`;
    expect(clippingToMarkdown(c, [], { parser })).toContain('## Markets');
  });

  it('lists the projects the article names, each once', () => {
    const md = clippingToMarkdown(withHeadline(), [], { parser });
    expect(md).toContain('## Projects\n\n- Thủy điện Nậm Voi\n\n## Figures');
    expect(clippingToMarkdown(enClipping(), [], { parser })).not.toContain('## Projects');
  });

  it('writes tags Obsidian accepts: no spaces, Vietnamese letters kept', () => {
    const md = clippingToMarkdown(viClipping(), [], { parser });
    expect(md).toContain('tags:\n  - "xuất-khẩu"\n  - "Lai-Châu"\n---');
    expect(obsidianTag('economic news')).toBe('economic-news');
    expect(obsidianTag('#Thủy điện  A Mé')).toBe('Thủy-điện-A-Mé');
    expect(obsidianTag('rates, "fed"')).toBe('rates-fed');
    expect(obsidianTag('2020')).toBe('_2020');
    expect(obsidianTag('kinh tế/vĩ mô')).toBe('kinh-tế/vĩ-mô');
    expect(obsidianTag(' ,; ')).toBe('');
  });
});

describe('HTML export', () => {
  const render = (html: string): Document => new JSDOM(html).window.document;

  it('shows the title once and lists the projects', () => {
    const doc = render(
      clippingToHtml(withHeadline(), viAnnotations(), { parser, imageDataUrls: new Map() }),
    );
    const headings = Array.from(doc.querySelectorAll('h1, h2, h3')).map((h) => h.textContent);
    expect(headings.filter((h) => h?.includes('Kim ngạch'))).toHaveLength(1);
    const projects = Array.from(doc.querySelectorAll('section.projects li')).map(
      (li) => li.textContent,
    );
    expect(projects).toEqual(['Thủy điện Nậm Voi']);
  });
});
