import { DEFAULT_READER_LOOK, readingMinutes, type ReaderLook } from '../../shared/reader-look';
import { UI_HOST_ATTRIBUTE } from '../shared/highlight-style';
import { installPageStyle } from '../shared/page-style';
import {
  READER_OPTIONS_CSS,
  applyReaderLook,
  buildReaderOptions,
  type Translate,
} from './reader-view-options';
import { getMessage as t } from '../../platform/get-message';

const READER_CSS = `
:host { all: initial; }
.reader { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; background: #fbfaf7; color: #1f2328;
  font-family: 'Noto Serif', 'Source Serif 4', 'Source Serif Pro', Merriweather, Georgia, 'Times New Roman', serif; }
.reader.dark { background: #15181c; color: #dfe3e8; }
.bar { position: sticky; top: 0; display: flex; gap: 8px; justify-content: flex-end; padding: 8px 16px;
  background: inherit; border-bottom: 1px solid rgba(127,127,127,.25); font: 14px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
.bar button { font: inherit; border: 1px solid rgba(127,127,127,.4); background: transparent; color: inherit; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
article { max-width: 42em; margin: 0 auto; padding: 24px 20px 80px; line-height: 1.7; }
article h1 { font-size: 1.9em; line-height: 1.25; margin: .4em 0 .6em; }
article h2, article h3 { line-height: 1.3; margin: 1.4em 0 .5em; }
article img { max-width: 100%; height: auto; display: block; margin: 1em auto; }
article figcaption { font-size: .85em; opacity: .75; text-align: center; }
article a { color: #0f6b5f; } .dark article a { color: #4fc3a8; }
article blockquote { border-left: 3px solid rgba(127,127,127,.5); margin: 1em 0; padding-left: 1em; opacity: .9; }
article table { border-collapse: collapse; } article td, article th { border: 1px solid rgba(127,127,127,.4); padding: 4px 8px; }
/* Below .8 the sepia theme's byline and date fall under 4.5:1 (WCAG AA). */
.meta { font: 14px system-ui, sans-serif; opacity: .8; }
`;

/**
 * A clean reading view of the article over the page, in our own shadow root. The page itself
 * is not changed except for locking its scroll; closing restores that and the scroll position.
 */
export function openReaderView(
  doc: Document,
  article: {
    html: string;
    title: string;
    byline: string | null;
    site: string | null;
    /** When the article was published (ISO 8601), from the page's metadata. */
    published?: string | null;
  },
  options: {
    look?: ReaderLook;
    /** Hears every change of look the reader makes, to keep it. */
    onLook?: (change: Partial<ReaderLook>) => void;
    onClose?: () => void;
    /** Localised strings (the key itself where none is given). */
    t?: Translate;
  } = {},
): () => void {
  const win = doc.defaultView;
  const scrollY = win?.scrollY ?? 0;
  const host = doc.createElement('div');
  host.setAttribute(UI_HOST_ATTRIBUTE, 'reader');
  doc.documentElement.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  const removeStyle = installPageStyle(root, READER_CSS + READER_OPTIONS_CSS);
  const prevOverflow = doc.documentElement.getAttribute('style');
  doc.documentElement.style.setProperty('overflow', 'hidden', 'important');

  const shell = doc.createElement('div');
  shell.className = 'reader';
  shell.setAttribute('role', 'dialog');
  shell.setAttribute('aria-label', article.title);
  shell.setAttribute('data-testid', 'reader-view');
  let look: ReaderLook = { ...(options.look ?? DEFAULT_READER_LOOK) };

  const bar = doc.createElement('div');
  bar.className = 'bar';
  const body = doc.createElement('article');
  const lang = doc.documentElement.lang || '';
  body.setAttribute('lang', lang);
  const tr = options.t ?? t;
  const apply = () => applyReaderLook(shell, body, look);
  const change = (patch: Partial<ReaderLook>) => {
    look = { ...look, ...patch };
    apply();
    options.onLook?.(patch);
  };
  /** `spoken`: the visible label is text (A−), so the accessible name starts with it. */
  const mk = (label: string, title: string, on: () => void, spoken = false) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', spoken ? `${label} ${title}` : title);
    b.addEventListener('click', (e) => e.isTrusted && on());
    return b;
  };
  let close = () => {};
  bar.append(
    mk(
      'A−',
      tr('libFontSmaller'),
      () => change({ fontSize: Math.max(14, look.fontSize - 1) }),
      true,
    ),
    mk(
      'A+',
      tr('libFontLarger'),
      () => change({ fontSize: Math.min(28, look.fontSize + 1) }),
      true,
    ),
    mk('◐', tr('readerViewTheme'), () =>
      change({ theme: shell.classList.contains('dark') ? 'light' : 'dark' }),
    ),
    mk('✕', tr('readerViewClose'), () => close()),
  );

  const heading = doc.createElement('h1');
  heading.textContent = article.title;
  const meta = doc.createElement('p');
  meta.className = 'meta';
  meta.textContent = [article.byline, article.site].filter(Boolean).join(' · ');
  const date = publishedDate(article.published ?? null, lang);
  if (date !== null) {
    const time = doc.createElement('time');
    time.dateTime = date.iso;
    time.setAttribute('data-testid', 'reader-view-date');
    time.textContent = date.text;
    meta.append(meta.textContent === '' ? '' : ' · ', time);
  }
  // Parsed into an inert document and adopted: no innerHTML on a live node. The HTML was
  // sanitised by the caller; parsing it again here only builds nodes.
  const parsed = new DOMParser().parseFromString(article.html, 'text/html');
  const content = doc.createElement('div');
  for (const node of Array.from(parsed.body.childNodes)) content.append(doc.adoptNode(node));
  const firstHeading = content.querySelector('h1');
  if (firstHeading && firstHeading.textContent?.trim() === article.title.trim())
    firstHeading.remove();
  body.append(heading, meta, content);
  const text = content.textContent ?? '';
  const { row, speech } = buildReaderOptions(
    doc,
    { look, minutes: readingMinutes(text, lang), text, lang: lang || 'en' },
    change,
    tr,
  );
  apply();
  shell.append(bar, row, body);
  root.append(shell);
  shell.tabIndex = -1;
  shell.focus();

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  doc.addEventListener('keydown', onKey, true);
  close = () => {
    speech.stop();
    doc.removeEventListener('keydown', onKey, true);
    removeStyle();
    host.remove();
    const html = doc.documentElement;
    // Through the CSSOM first: Chromium writes a CSSOM change back to the attribute lazily, and
    // a bare removeAttribute could be followed by that late write of an empty `style=""`.
    html.style.removeProperty('overflow');
    if (prevOverflow !== null) html.setAttribute('style', prevOverflow);
    else if ((html.getAttribute('style') ?? '').trim() === '') html.removeAttribute('style');
    win?.scrollTo(0, scrollY);
    options.onClose?.();
  };
  return () => close();
}

/** The publication date as the reader's language writes it, or null when there is none. */
function publishedDate(iso: string | null, lang: string): { iso: string; text: string } | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  let text: string;
  try {
    text = date.toLocaleDateString(lang || undefined, {
      dateStyle: 'long',
    } as Intl.DateTimeFormatOptions);
  } catch {
    text = date.toISOString().slice(0, 10);
  }
  return { iso, text };
}
