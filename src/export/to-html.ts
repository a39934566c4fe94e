import type { Clipping, UserAnnotation } from '../model/stored-records';
import {
  markQuotes,
  parseArticle,
  storedImageId,
  stripActiveContent,
  type HtmlParser,
} from './article-dom';
import { highlightsOf } from './clipping-highlights';
import { FIGURE_HEADERS, figureCells } from './figure-cells';
import { distinctProjectNames, dropTitleHeading } from './article-extras';

/** How to render a clipping as a standalone HTML file. */
export interface HtmlExportOptions {
  /** Parses the article HTML. */
  parser: HtmlParser;
  /** `data:` URLs of the clipping's stored images by image id; the caller reads the Blobs. */
  imageDataUrls: ReadonlyMap<string, string>;
}

/**
 * The file may be opened anywhere, long after export: nothing may run or load from the network.
 * Images are inline `data:` URIs, styles are inline, scripts cannot run.
 */
export const EXPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const STYLE = `
body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: #1d1d1f; background: #fff; }
header { border-bottom: 1px solid #ddd; margin-bottom: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.25; }
.meta { color: #555; font: 14px/1.5 system-ui, sans-serif; }
img { max-width: 100%; height: auto; }
mark.ra-hl { background: #fff3a0; }
.highlights li { margin-bottom: .75rem; }
blockquote { margin: .25rem 0 0 1rem; padding-left: .75rem; border-left: 3px solid #ccc; color: #444; }
table { border-collapse: collapse; width: 100%; font: 14px/1.4 system-ui, sans-serif; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
@media (prefers-color-scheme: dark) { body { background: #1d1d1f; color: #eee; } .meta, blockquote { color: #bbb; } mark.ra-hl { background: #8a7a00; color: #fff; } }
`;

const SAFE_DATA_URL = /^data:image\/[a-z0-9.+-]+(;[a-z0-9=.+-]+)*,/i;

function articleHtml(c: Clipping, quotes: readonly string[], opts: HtmlExportOptions): string {
  const doc = parseArticle(c.html, opts.parser, (src) => {
    const id = storedImageId(src);
    const url = id === null ? undefined : opts.imageDataUrls.get(id);
    // Remote images would be blocked by the CSP and show as broken boxes; alt text reads better.
    return url !== undefined && SAFE_DATA_URL.test(url) ? url : null;
  });
  stripActiveContent(doc.body);
  dropTitleHeading(doc.body, c.metadata.title ?? '');
  markQuotes(doc.body, quotes, 'ra-hl');
  return doc.body.innerHTML;
}

function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}

function header(c: Clipping): string {
  const m = c.metadata;
  const url = m.canonicalUrl ?? c.url;
  const facts = [
    m.authors.length > 0 ? m.authors.join(', ') : m.byline,
    m.siteName,
    m.publishedTime,
  ]
    .filter((f): f is string => typeof f === 'string' && f.trim() !== '')
    .map(escapeHtml);
  const link = /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a>`
    : escapeHtml(url);
  const tags = c.tags.length > 0 ? `<br>Tags: ${c.tags.map(escapeHtml).join(', ')}` : '';
  return `<header>
<h1>${escapeHtml(m.title ?? c.url)}</h1>
<p class="meta">${facts.join(' · ')}${facts.length > 0 ? '<br>' : ''}${link}<br>Saved ${escapeHtml(new Date(c.savedAt).toISOString())}${tags}</p>
</header>`;
}

function highlightsSection(highlights: readonly UserAnnotation[]): string {
  const items = highlights.map((a) => {
    const note = a.note.trim() === '' ? '' : `<blockquote>${paragraphs(a.note)}</blockquote>`;
    return `<li><mark class="ra-hl">${escapeHtml(a.quote)}</mark>${note}</li>`;
  });
  return `<section class="highlights">\n<h2>Highlights</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`;
}

function projectsSection(c: Clipping): string {
  const items = distinctProjectNames(c.projects).map((name) => `<li>${escapeHtml(name)}</li>`);
  return `<section class="projects">\n<h2>Projects</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`;
}

function figuresSection(c: Clipping): string {
  const head = FIGURE_HEADERS.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = c.figures.map((f) => {
    const cells = figureCells(f).map(
      (cell, i) => `<td${i === 2 ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`,
    );
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section class="figures">\n<h2>Figures</h2>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</section>`;
}

/** Only a well-formed BCP 47 tag goes into `lang`; anything else is dropped. */
function langAttribute(lang: string | null): string {
  return lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? ` lang="${lang}"` : '';
}

/**
 * One self-contained HTML file for a clipping: metadata header, the article with the user's
 * highlights marked, their notes, the clipping note, the projects and a figures table; a strict
 * CSP, no scripts. The article's own headline is dropped when it repeats the title.
 */
export function clippingToHtml(
  c: Clipping,
  annotations: readonly UserAnnotation[],
  opts: HtmlExportOptions,
): string {
  const highlights = highlightsOf(c, annotations);
  const sections = [
    header(c),
    `<article>\n${articleHtml(
      c,
      highlights.map((h) => h.quote),
      opts,
    )}\n</article>`,
  ];
  if (highlights.length > 0) sections.push(highlightsSection(highlights));
  if (c.note.trim() !== '')
    sections.push(`<section class="note">\n<h2>Note</h2>\n${paragraphs(c.note)}\n</section>`);
  if (c.projects.length > 0) sections.push(projectsSection(c));
  if (c.figures.length > 0) sections.push(figuresSection(c));
  return `<!DOCTYPE html>
<html${langAttribute(c.metadata.lang)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(c.metadata.title ?? c.url)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}
