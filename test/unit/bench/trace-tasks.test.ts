// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { longTasks, type CpuProfile, type TraceEvent } from '../../../bench/browser/trace-tasks';

const OURS = 'chrome-extension://abcdefghijklmnop/article.js';
const PAGE = 'http://127.0.0.1:8000/page.html';
const main = { pid: 1, tid: 1 };
const ms = 1000;

/** A trace of the page's main thread: it parsed HTML (that is how its thread is found). */
function trace(...rest: Omit<TraceEvent, 'pid' | 'tid' | 'cat'>[]): TraceEvent[] {
  return [{ name: 'ParseHTML', ph: 'X', ts: 0, dur: 5 * ms }, ...rest].map((e) => ({
    cat: 'devtools.timeline',
    ...main,
    ...e,
  }));
}
const task = (ts: number, dur: number) => ({ name: 'RunTask', ph: 'X', ts, dur });
const noProfile: CpuProfile = { nodes: [], startTime: 0, samples: [], timeDeltas: [] };

describe('whose each long task is', () => {
  it.each([
    [
      'ours when our script ran in it (a call into it, e.g. an animation-frame callback)',
      OURS,
      'ran',
    ],
    ['the page’s when only the page’s script and the browser ran', PAGE, null],
  ])('%s', (_, url, whose) => {
    const [t] = longTasks(
      trace(task(100 * ms, 60 * ms), {
        name: 'FunctionCall',
        ph: 'X',
        ts: 101 * ms,
        dur: 2 * ms,
        args: { data: { url } },
      }),
      noProfile,
    );
    expect(t?.whose).toBe(whose);
  });

  it('ours when it fires a timer our script installed (a promise continuation has no event)', () => {
    const [t] = longTasks(
      trace(
        {
          name: 'TimerInstall',
          ph: 'I',
          ts: 50 * ms,
          args: { data: { timerId: 7, stackTrace: [{ url: OURS }] } },
        },
        task(100 * ms, 60 * ms),
        { name: 'TimerFire', ph: 'X', ts: 100 * ms, dur: 59 * ms, args: { data: { timerId: 7 } } },
      ),
      noProfile,
    );
    expect(t?.whose).toBe('ran');
  });

  it('ours when a profiler sample inside it has our script anywhere on its stack', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [2] },
        { id: 2, callFrame: { functionName: 'plan', url: OURS, lineNumber: 3 }, children: [3] },
        { id: 3, callFrame: { functionName: 'querySelectorAll', url: '', lineNumber: 0 } },
      ],
      startTime: 0,
      samples: [3],
      timeDeltas: [120 * ms],
    };
    const [t] = longTasks(trace(task(100 * ms, 60 * ms)), profile);
    expect(t?.whose).toBe('ran');
  });

  it('a rendering task is ours when our script scheduled its restyle, the page’s when the page did', () => {
    const frame = (at: number, scheduledBy: string) => [
      {
        name: 'ScheduleStyleRecalculation',
        ph: 'I',
        ts: (at - 10) * ms,
        args: { data: { stackTrace: [{ url: scheduledBy }] } },
      },
      task(at * ms, 60 * ms),
      { name: 'UpdateLayoutTree', ph: 'X', ts: (at + 1) * ms, dur: 50 * ms },
    ];
    const tasks = longTasks(trace(...frame(100, OURS), ...frame(300, PAGE)), noProfile);
    expect(tasks.map((t) => t.whose)).toEqual(['rendered', null]);
  });
});
