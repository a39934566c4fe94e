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

/** The Vietnamese clipping with two lists of plants, whose later members are bare spans. */
function withLists() {
  const c = viClipping();
  const sentence = 'Các dự án Thủy điện A Mé 1, 2 và Thủy điện Nậm Voi 1, 2 chậm tiến độ.';
  const at = c.text.length + 2;
  c.text = `${c.text}\n\n${sentence}`;
  c.html = `${c.html}<p>${sentence}</p>`;
  const span = (text: string, name: string, type: string, from: number) => {
    const start = c.text.indexOf(text, from);
    return { text, name, type, start, end: start + text.length };
  };
  const aMe1 = span('Thủy điện A Mé 1', 'A Mé 1', 'Thủy điện', at);
  const aMe2 = span('2', '2', '', aMe1.end);
  const namVoi1 = span('Thủy điện Nậm Voi 1', 'Nậm Voi 1', 'Thủy điện', aMe2.end);
  const namVoi2 = span('2', '2', '', namVoi1.end);
  // Stored out of text order, as an import may give them: the exports order them.
  c.projects.push(namVoi2, aMe1, namVoi1, aMe2);
  return c;
}

const LIST_NAMES = [
  'Thủy điện Nậm Voi',
  'Thủy điện A Mé 1',
  'Thủy điện A Mé 2',
  'Thủy điện Nậm Voi 1',
  'Thủy điện Nậm Voi 2',
];

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

  it("names a project given by ellipsis in full, and keeps two lists' `2` apart", () => {
    const md = clippingToMarkdown(withLists(), [], { parser });
    const list = LIST_NAMES.map((name) => `- ${name}`).join('\n');
    expect(md).toContain(`## Projects\n\n${list}\n\n## Figures`);
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

  it('names a project given by ellipsis in full', () => {
    const doc = render(clippingToHtml(withLists(), [], { parser, imageDataUrls: new Map() }));
    const projects = Array.from(doc.querySelectorAll('section.projects li')).map(
      (li) => li.textContent,
    );
    expect(projects).toEqual(LIST_NAMES);
  });
});
