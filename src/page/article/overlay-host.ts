import { UI_HOST_ATTRIBUTE } from '../shared/highlight-style';
import { installPageStyle } from '../shared/page-style';

/** Marks our one host element in the page. */
export const OVERLAY_ATTRIBUTE = UI_HOST_ATTRIBUTE;

/**
 * Our UI in the page lives in a shadow root, so page styles don't reach in and ours don't leak
 * out. The overlay of what we found in the page (the legend's counts, a figure's tooltip) is
 * open: everything in it is derived from the page's own text, which the page has already,
 * on a page we visibly took in hand; tests reach it, and every action in it checks
 * `event.isTrusted`, so a page script's clicks are ignored. What is the reader's own is in
 * closed roots the page cannot reach: a toast (it tells that the reader saved this page, and
 * under what title) in `privateRoot`, their highlights, the toolbar and its note editor in a
 * closed host of their own (user-highlights/). docs/security.md lists what the page sees.
 */
export interface OverlayHost {
  root: ShadowRoot;
  /** A closed root (its own host, made on first use) for what is the reader's own. */
  privateRoot(): ShadowRoot;
  remove(): void;
}

const HOST_CSS = `
:host { all: initial; display: contents; }
* { box-sizing: border-box; }
.panel {
  position: fixed; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
  color: #1d2127; background: #ffffff; border: 1px solid #c9d1d9; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px;
}
@media (prefers-color-scheme: dark) {
  .panel { color: #e6e9ed; background: #1f2328; border-color: #3a4149; }
}
.legend { right: 12px; bottom: 12px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; max-width: 60vw; }
.legend .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -2px; margin-right: 4px; }
.legend button { font: inherit; cursor: pointer; border: 1px solid #c9d1d9; background: transparent; color: inherit; border-radius: 5px; padding: 1px 7px; }
.tooltip { pointer-events: none; max-width: 320px; }
.tooltip .kind { font-weight: 600; text-transform: capitalize; }
.tooltip .value { font-variant-numeric: tabular-nums; }
.up { color: #2e7d32; } .down { color: #c62828; }
@media (prefers-color-scheme: dark) { .up { color: #81c784; } .down { color: #ef9a9a; } }
[hidden] { display: none !important; }
.toast { left: 50%; transform: translateX(-50%); bottom: 16px; }
`;

function attachHost(doc: Document, showWithoutPageCss: boolean, mode: ShadowRootMode) {
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_ATTRIBUTE, '');
  // Shown only by the page stylesheet, so it disappears with the extension (see pageCss).
  host.hidden = !showWithoutPageCss;
  // Outside <body>, so hiding clutter or the page's own body styles never touch it.
  doc.documentElement.appendChild(host);
  const root = host.attachShadow({ mode });
  const removeStyle = installPageStyle(root, HOST_CSS);
  return {
    root,
    remove() {
      removeStyle();
      host.remove();
    },
  };
}

export function createOverlayHost(
  doc: Document,
  showWithoutPageCss = true,
  mode: ShadowRootMode = 'open',
): OverlayHost {
  const main = attachHost(doc, showWithoutPageCss, mode);
  let closed: ReturnType<typeof attachHost> | null = null;
  return {
    root: main.root,
    privateRoot: () => (closed ??= attachHost(doc, showWithoutPageCss, 'closed')).root,
    remove() {
      main.remove();
      closed?.remove();
      closed = null;
    },
  };
}
