import { UI_HOST_ATTRIBUTE } from './highlight-style';
import { installPageStyle } from './page-style';

/** Marks our one host element in the page. */
export const OVERLAY_ATTRIBUTE = UI_HOST_ATTRIBUTE;

/**
 * Our UI in the page lives in a shadow root, so page styles don't reach in and ours don't leak
 * out. The overlay of what we found in the page (legend, figure tooltips, toasts) is open:
 * it shows nothing the page does not have already, tests reach it, and every action in it
 * checks `event.isTrusted`, so a page script's clicks are ignored. What is the user's own
 * (their highlights, the toolbar and its note editor) is in a closed root of its own, which a
 * page script cannot reach (user-highlights/).
 */
export interface OverlayHost {
  root: ShadowRoot;
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

export function createOverlayHost(
  doc: Document,
  showWithoutPageCss = true,
  mode: ShadowRootMode = 'open',
): OverlayHost {
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
