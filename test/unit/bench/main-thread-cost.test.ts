// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chromiumScriptTime } from '../../../bench/browser/main-thread-cost';
import type { CpuProfile, TraceEvent } from '../../../bench/browser/trace-tasks';

const OURS = 'chrome-extension://abcdefghijklmnop/article.js';
const PAGE = 'https://example.com/app.js';
const isOurs = (url: string) => url.startsWith('chrome-extension://');
const ms = 1000;

/** The page's main thread (it parsed HTML), plus another renderer's thread (an extension page). */
function trace(...rest: Partial<TraceEvent>[]): TraceEvent[] {
  return [{ name: 'ParseHTML', ph: 'X', ts: 0, dur: 5 * ms }, ...rest].map(
    (e) =>
      ({ cat: 'devtools.timeline', pid: 1, tid: 1, ph: 'X', ts: 0, name: '', ...e }) as TraceEvent,
  );
}
const call = (ts: number, dur: number, url: string, where: Partial<TraceEvent> = {}) => ({
  name: 'FunctionCall',
  ts,
  dur,
  args: { data: { url } },
  ...where,
});
const noProfile: CpuProfile = { nodes: [], startTime: 0, samples: [], timeDeltas: [] };

/** A profile whose samples alternate between our function and the page's, `deltas` apart. */
function profile(samples: ('ours' | 'page')[], deltas: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [2, 3] },
      { id: 2, callFrame: { functionName: 'plan', url: OURS, lineNumber: 1 } },
      { id: 3, callFrame: { functionName: 'app', url: PAGE, lineNumber: 1 } },
    ],
    startTime: 0,
    samples: samples.map((s) => (s === 'ours' ? 2 : 3)),
    timeDeltas: deltas,
  };
}

describe("our scripts' time on the page's main thread", () => {
  it('counts nested and overlapping events once, and not the page’s own', () => {
    const events = trace(
      { name: 'RunTask', ts: 10 * ms, dur: 20 * ms },
      call(10 * ms, 10 * ms, OURS),
      { name: 'v8.compile', ts: 12 * ms, dur: 3 * ms, args: { data: { url: OURS } } },
      call(25 * ms, 4 * ms, PAGE),
    );
    expect(chromiumScriptTime({ events, profile: noProfile }, isOurs).ms).toBeCloseTo(10);
  });

  it("leaves out other threads (the extension's own documents, where the planner runs)", () => {
    const events = trace(call(10 * ms, 10 * ms, OURS, { pid: 2, tid: 7 }));
    expect(chromiumScriptTime({ events, profile: noProfile }, isOurs).ms).toBe(0);
  });

  it('counts profile samples with our function on the stack, each at most 1 ms', () => {
    // Three of ours 0.2 ms apart, then a 40 ms gap after the last: not 40 ms of ours.
    const p = profile(['ours', 'ours', 'ours', 'page'], [0, 200, 200, 40 * ms]);
    const time = chromiumScriptTime({ events: trace(), profile: p }, isOurs);
    expect(time.ms).toBeCloseTo(0.2 + 0.2 + 1);
  });

  it('gives the most of our time inside one task', () => {
    const events = trace(
      { name: 'RunTask', ts: 10 * ms, dur: 60 * ms },
      call(10 * ms, 5 * ms, OURS),
      call(40 * ms, 7 * ms, OURS),
      { name: 'RunTask', ts: 100 * ms, dur: 10 * ms },
      call(100 * ms, 9 * ms, OURS),
    );
    const time = chromiumScriptTime({ events, profile: noProfile }, isOurs);
    expect(time.ms).toBeCloseTo(21);
    expect(time.longestTaskMs).toBeCloseTo(12);
  });
});
