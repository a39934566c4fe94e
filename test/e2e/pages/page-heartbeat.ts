/**
 * The page's own script on every generated hostile page: a 10 ms timer heartbeat, a
 * requestAnimationFrame counter and a click handler, so a test can tell whether the page stayed
 * responsive while the extension worked on it. It is the *page's* script (main world, inline),
 * as a site's would be; kept as a string so no TypeScript helper leaks into it.
 */

/** What the heartbeat recorded, read from `window.__heartbeat` in the page. */
export interface Heartbeat {
  /** Timer ticks and animation frames so far. */
  ticks: number;
  frames: number;
  /** Real (trusted) clicks anywhere in the page that its own handler saw. */
  clicks: number;
  /** Gaps between ticks over 60 ms (a task over 50 ms + the period): [start, length], ms since navigation start. */
  stalls: [number, number][];
  /** The longest gap between two timer ticks (ms). */
  maxGap: number;
}

export const HEARTBEAT_SCRIPT = `<script>(() => {
  const hb = (window.__heartbeat = { ticks: 0, frames: 0, clicks: 0, stalls: [], maxGap: 0 });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const gap = now - last;
    last = now;
    hb.ticks++;
    if (gap > hb.maxGap) hb.maxGap = gap;
    if (gap > 60 && hb.stalls.length < 500) hb.stalls.push([Math.round(now - gap), Math.round(gap)]);
  }, 10);
  const frame = () => { hb.frames++; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  document.addEventListener('click', (e) => {
    if (e.isTrusted) hb.clicks++;
  });
})();</script>`;
