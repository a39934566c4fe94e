import TurndownService from 'turndown';
import type { Clipping, UserAnnotation } from '../model/stored-records';
import { parseArticle, storedImageId, type HtmlParser } from './article-dom';
import { highlightsOf } from './clipping-highlights';
import { FIGURE_HEADERS, figureCells } from './figure-cells';
import { distinctProjectNames, dropTitleHeading, obsidianTag } from './article-extras';

/** How to render a clipping as Markdown. */
export interface MarkdownOptions {
  /** Parses the article HTML (turndown needs a DOM node under Node). */
  parser: HtmlParser;
  /** Link for a stored image, relative to the `.md` file (`images/<file>` in a zip); null or absent drops it to its alt text. */
  imageHref?: (imageId: string) => string | null;
}

/**
 * A YAML double-quoted scalar. Everything YAML calls non-printable (C0/C1 controls, DEL, BOM,
 * lone surrogates) is escaped, so any title is safe in front matter.
 */
export function yamlString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfeff ||
      code === 0xfffe ||
      code === 0xffff
    )
      out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function yamlList(key: string, items: readonly string[]): string {
  return items.length === 0
    ? `${key}: []`
    : `${key}:\n${items.map((i) => `  - ${yamlString(i)}`).join('\n')}`;
}

/** The front matter block (Obsidian properties). Keys with no value are left out. */
export function frontMatter(c: Clipping): string {
  const m = c.metadata;
  const lines = [`title: ${yamlString(m.title ?? c.url)}`, yamlList('authors', m.authors)];
  if (m.siteName) lines.push(`site: ${yamlString(m.siteName)}`);
  lines.push(`url: ${yamlString(m.canonicalUrl ?? c.url)}`);
  if (m.publishedTime) lines.push(`published: ${yamlString(m.publishedTime)}`);
  lines.push(`saved: ${yamlString(new Date(c.savedAt).toISOString())}`);
  // Obsidian rejects tags with spaces; `xuất khẩu` becomes `xuất-khẩu`, letters kept.
  const tags = [...new Set(c.tags.map(obsidianTag).filter((t) => t !== ''))];
  lines.push(yamlList('tags', tags));
  return `---\n${lines.join('\n')}\n---`;
}

function makeTurndown(): TurndownService {
  return new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
}

function articleMarkdown(c: Clipping, opts: MarkdownOptions, turndown: TurndownService): string {
  const doc = parseArticle(c.html, opts.parser, (src) => {
    const id = storedImageId(src);
    if (id !== null) return opts.imageHref?.(id) ?? null;
    // Images the browser would not give us keep their web address (`Clipping.missingImages`).
    return /^https?:\/\//i.test(src) ? src : null;
  });
  dropTitleHeading(doc.body, c.metadata.title ?? '');
  return turndown.turndown(doc.body).trim();
}

/** Collapses a quote to one line: `==…==` highlights cannot span paragraphs. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function highlightsSection(highlights: readonly UserAnnotation[]): string {
  const items = highlights.map((a) => {
    // `=` runs inside the quote would close the highlight early; a zero-width joiner breaks them up.
    const quote = oneLine(a.quote).replace(/==/g, '=\u200D=');
    const note = a.note.trim();
    const noteLines = note === '' ? [] : note.split(/\r?\n/).map((l) => `  > ${l}`.trimEnd());
    return [`- ==${quote}==`, ...noteLines].join('\n');
  });
  return `## Highlights\n\n${items.join('\n')}`;
}

function projectsSection(c: Clipping): string {
  const items = distinctProjectNames(c.projects).map((name) => `- ${oneLine(name)}`);
  return `## Projects\n\n${items.join('\n')}`;
}

function tableCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function figuresSection(c: Clipping): string {
  const header = `| ${FIGURE_HEADERS.map((h) => h[0]?.toUpperCase() + h.slice(1)).join(' | ')} |`;
  const rule = `| ${FIGURE_HEADERS.map(() => '---').join(' | ')} |`;
  const rows = c.figures.map((f) => `| ${figureCells(f).map(tableCell).join(' | ')} |`);
  return `## Figures\n\n${[header, rule, ...rows].join('\n')}`;
}

/**
 * A clipping as Markdown: YAML front matter, the article (turndown), the user's highlights as
 * `==quote==` with notes as blockquotes, the clipping note, the projects named and a table of
 * figures. The article's own headline is dropped when it repeats the title.
 */
export function clippingToMarkdown(
  c: Clipping,
  annotations: readonly UserAnnotation[],
  opts: MarkdownOptions,
): string {
  // Escaped like article text so a title such as `#1 in 2024` or `*Breaking*` stays literal.
  const turndown = makeTurndown();
  const title = turndown.escape(oneLine(c.metadata.title ?? c.url));
  const parts = [frontMatter(c), `# ${title}`];
  const article = articleMarkdown(c, opts, turndown);
  if (article !== '') parts.push(article);
  const highlights = highlightsOf(c, annotations);
  if (highlights.length > 0) parts.push(highlightsSection(highlights));
  if (c.note.trim() !== '') parts.push(`## Note\n\n${c.note.trim()}`);
  if (c.projects.length > 0) parts.push(projectsSection(c));
  if (c.figures.length > 0) parts.push(figuresSection(c));
  return parts.join('\n\n') + '\n';
}
