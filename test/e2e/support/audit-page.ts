/**
 * What the accessibility e2e tests run inside a page or frame: axe-core, and the measures axe
 * cannot take there (contrast of text in our shadow panels and of highlights, focus
 * indicators). Every function passed to `evaluate` here is self-contained: it is serialised
 * into the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Puts axe-core in the page it runs in (as a function's body: no inline script, no CSP). */
export const injectAxe = new Function('_', `${AXE_SOURCE};\nreturn typeof window.axe;`) as (
  arg: null,
) => string;

/**
 * The serious and critical violations axe finds within `include` (selectors, a host's shadow
 * root included; none: the whole document), one line each. Self-contained: it runs in the page.
 */
export const axeViolations = async (include: string[] | null): Promise<string[]> => {
  interface AxeRule {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }
  interface AxeResult {
    violations: AxeRule[];
    passes: AxeRule[];
    incomplete: AxeRule[];
  }
  const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<AxeResult> } }).axe;
  const context = include ? { include: include.map((s) => [s]) } : document;
  const result = await axe.run(context, { resultTypes: ['violations'] });
  // A context axe could not see into (say, a root it cannot reach) checks no text at all.
  const checked = [...result.passes, ...result.incomplete, ...result.violations].some(
    (r) => (r.id === 'color-contrast' || r.id === 'button-name') && r.nodes.length > 0,
  );
  if (!checked) return ['nothing checked: no text or button of ours reached axe'];
  // axe leaves the contrast of text in our fixed panels over a page undecided (no background
  // found, ratio 0): every text of ours is measured here too, over the backgrounds composed
  // from it up through the shadow hosts (white under all), as WCAG AA asks (4.5:1, 3:1 large).
  const rgba = (c: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, /rgba|\//.test(c) ? a : 1] as const;
  };
  const over = (top: readonly number[], base: readonly number[], alpha: number) =>
    [0, 1, 2].map((i) => (top[i] ?? 0) * alpha + (base[i] ?? 0) * (1 - alpha));
  const luminance = (c: readonly number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const up = (e: Element): Element | null =>
    e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);
  const roots = (include ?? ['html']).map((sel) => {
    const e = document.querySelector(sel);
    return e?.shadowRoot ?? e;
  });
  const contrast: string[] = [];
  for (const root of roots) {
    for (const e of root ? [...root.querySelectorAll('*')] : []) {
      const text = [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const style = getComputedStyle(e);
      if (!text || /^(STYLE|OPTION|SCRIPT)$/.test(e.tagName)) continue;
      if (e.getClientRects().length === 0 || style.visibility !== 'visible') continue;
      let opacity = 1;
      const layers: (readonly number[])[] = [];
      for (let at: Element | null = e; at; at = up(at)) {
        const s = getComputedStyle(at);
        opacity *= Number(s.opacity);
        const bg = rgba(s.backgroundColor);
        if ((bg[3] ?? 0) > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      let back: readonly number[] = [255, 255, 255];
      for (const layer of layers.reverse()) back = over(layer, back, layer[3] ?? 1);
      const fg = rgba(style.color);
      const front = over(fg, back, (fg[3] ?? 1) * opacity);
      const [hi, lo] = [luminance(front), luminance(back)].sort((a, b) => b - a) as [
        number,
        number,
      ];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        contrast.push(
          `serious contrast ${ratio.toFixed(2)}:1 of "${text.slice(0, 30)}" (${style.color} over rgb(${back.map(Math.round).join(', ')}))`,
        );
    }
  }
  // What axe could not decide counts too (say, a label on an element with no role, which
  // screen readers drop), but contrast, measured above.
  // A button showing a symbol (◐, ×) named in words is the one case of "label in name" axe
  // leaves undecided here: a symbol is not a text label (WCAG 2.5.3), so it is no finding.
  const resolve = (target: unknown): Element | null => {
    const path = (Array.isArray(target) ? target : [target]).map(String);
    let scope: ParentNode | null = document;
    let found: Element | null = null;
    for (const selector of path) {
      found = scope?.querySelector(selector) ?? null;
      scope = found?.shadowRoot ?? found;
    }
    return found;
  };
  const symbolOnly = (target: unknown) =>
    !/\p{L}/u.test(resolve(target)?.textContent ?? 'unresolved');
  const undecided = result.incomplete
    .filter((r) => r.id !== 'color-contrast')
    .map((r) =>
      r.id === 'label-content-name-mismatch'
        ? { ...r, nodes: r.nodes.filter((n) => !symbolOnly(n.target[0])) }
        : r,
    )
    .filter((r) => r.nodes.length > 0);
  return [...result.violations, ...undecided]
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.impact} ${v.id} (${v.help}) at ${n.target.map(String).join(' ')}: ` +
          (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240),
      ),
    )
    .concat(contrast);
};

/** What shows keyboard focus on `e`: an outline or a box-shadow, or '' for none. */
export const focusIndicator = (where: { host: string | null }): string => {
  let e: Element | null = document.activeElement;
  if (where.host) e = document.querySelector(where.host)?.shadowRoot?.activeElement ?? null;
  if (!e || e === document.body) return 'nothing focused';
  const style = getComputedStyle(e);
  const outline =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      ? `outline ${style.outlineStyle} ${style.outlineWidth}`
      : '';
  const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
  const name = `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent ?? ''}`;
  return `${name.trim()}: ${outline || shadow || 'NONE'}`;
};

/** Each painted kind's worst contrast over the article, as `kind ratio`. Runs in the page. */
export const highlightContrast = (colours: Record<string, string>): string[] => {
  const rgba = (c: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, /rgba|\//.test(c) ? a : 1] as const;
  };
  const over = (top: readonly number[], base: readonly number[], alpha: number) =>
    [0, 1, 2].map((i) => (top[i] ?? 0) * alpha + (base[i] ?? 0) * (1 - alpha));
  const luminance = (c: readonly number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const out: string[] = [];
  for (const [kind, colour] of Object.entries(colours)) {
    const name = `ra-${kind}`;
    const registry = (CSS as unknown as { highlights?: Map<string, Iterable<AbstractRange>> })
      .highlights;
    const parents = [
      ...[...(registry?.get(name) ?? [])].map((r) => r.startContainer.parentElement),
      ...document.querySelectorAll(`ra-mark[data-ra-mark="${name}"]`),
    ].filter((e): e is Element => e !== null);
    let worst = Infinity;
    for (const e of parents) {
      const layers: (readonly number[])[] = [];
      for (let at: Element | null = e; at; at = at.parentElement) {
        const bg = rgba(getComputedStyle(at).backgroundColor);
        if ((bg[3] ?? 0) > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      let back: readonly number[] = [255, 255, 255];
      for (const layer of layers.reverse()) back = over(layer, back, layer[3] ?? 1);
      const mark = rgba(colour);
      back = over(mark, back, mark[3] ?? 1);
      const fg = rgba(getComputedStyle(e).color);
      const front = over(fg, back, fg[3] ?? 1);
      const [hi, lo] = [luminance(front), luminance(back)].sort((a, b) => b - a) as [
        number,
        number,
      ];
      worst = Math.min(worst, (hi + 0.05) / (lo + 0.05));
    }
    if (parents.length > 0) out.push(`${kind} ${worst.toFixed(2)}`);
  }
  return out;
};
