import type { Clipping, UserAnnotation } from '../model/stored-records';
import { obsidianTag } from './article-extras';
import { highlightsOf } from './clipping-highlights';
import { yamlString } from './to-markdown';

/**
 * Obsidian opens `obsidian://` URIs through the operating system, which caps their length (about
 * 32 K characters on Windows); longer notes travel by clipboard (`&clipboard`).
 */
export const MAX_URI_LENGTH = 30_000;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function yamlList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${key}:`, ...items.map((i) => `  - ${yamlString(i)}`)];
}

/**
 * The note Obsidian Web Clipper users expect: front matter (title, source, author, published,
 * tags as Obsidian accepts them), then the user's highlights with their notes and the clipping
 * note. The article itself stays in the library; the note links to its source.
 */
export function obsidianNote(c: Clipping, annotations: readonly UserAnnotation[]): string {
  const m = c.metadata;
  const title = oneLine(m.title ?? c.url);
  const source = m.canonicalUrl ?? c.url;
  const authors = m.authors.length > 0 ? m.authors : m.byline ? [m.byline] : [];
  const tags = [...new Set(c.tags.map(obsidianTag).filter((t) => t !== ''))];
  const front = [
    `title: ${yamlString(title)}`,
    `source: ${yamlString(source)}`,
    ...yamlList('author', authors.map(oneLine)),
    ...(m.publishedTime ? [`published: ${yamlString(m.publishedTime)}`] : []),
    `created: ${yamlString(new Date(c.savedAt).toISOString())}`,
    ...yamlList('tags', tags),
  ];
  const parts = [`---\n${front.join('\n')}\n---`, `# ${title}`];
  if (m.siteName) parts.push(`[${oneLine(m.siteName)}](${source})`);
  else parts.push(`<${source}>`);
  const highlights = highlightsOf(c, annotations).map((a) => {
    const quote = `> ${oneLine(a.quote)}`;
    const note = a.note.trim();
    return note === '' ? quote : `${quote}\n\n${note}`;
  });
  if (highlights.length > 0) parts.push(`## Highlights\n\n${highlights.join('\n\n')}`);
  if (c.note.trim() !== '') parts.push(`## Note\n\n${c.note.trim()}`);
  return parts.join('\n\n') + '\n';
}

/**
 * A file name Obsidian accepts: the title without the characters it forbids in names or links
 * (`* " \ / < > : | ? # ^ [ ]`), at most 120 characters, never empty.
 */
export function obsidianFileName(title: string): string {
  const name = title
    .normalize('NFC')
    .replace(/[*"\\/<>:|?#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return name === '' ? 'Untitled clipping' : name;
}

/** How to open the note: the URI, and whether the note must be put on the clipboard first. */
export interface ObsidianLink {
  uri: string;
  viaClipboard: boolean;
}

/**
 * `obsidian://new?vault=…&file=…&content=…`; an empty vault name leaves `vault` out (Obsidian
 * then uses the vault open last). Past `MAX_URI_LENGTH` the content goes by clipboard.
 */
export function obsidianLink(note: string, title: string, vault: string): ObsidianLink {
  const params = [];
  if (vault.trim() !== '') params.push(`vault=${encodeURIComponent(vault.trim())}`);
  params.push(`file=${encodeURIComponent(obsidianFileName(title))}`);
  const base = `obsidian://new?${params.join('&')}`;
  const uri = `${base}&content=${encodeURIComponent(note)}`;
  if (uri.length <= MAX_URI_LENGTH) return { uri, viaClipboard: false };
  return { uri: `${base}&clipboard`, viaClipboard: true };
}
