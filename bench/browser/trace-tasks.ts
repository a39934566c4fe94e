/**
 * Chromium tracing for `stall-probe.ts`: records a page load's trace and CPU profile over the
 * DevTools protocol, then names what ran in every long main-thread task — the trace's own
 * events (style, layout, parsing, script) and the JS functions the profiler sampled inside it —
 * so a heartbeat stall can be attributed to our code or to the browser's work on the page.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      functionName?: string;
      timerId?: number;
      stackTrace?: { url?: string }[];
    };
    [key: string]: unknown;
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
  // Compiling injected scripts, and the browser's own page tasks (Chrome's page-text capture
  // and anchor metrics ran 25-70 ms on the 100,000-element page, with or without us).
  'disabled-by-default-v8.compile',
  'renderer',
  'loading',
  // Where each task was posted from (`src_func`): names the browser's own tasks, such as
  // Chrome's anchor-element metrics (40-90 ms on the 100,000-element page, before any of ours).
  'toplevel.flow',
  // The JS stack that scheduled a restyle or a layout, and that installed a timer: which
  // script a rendering task or a timer task is working for (see `whose`).
  'disabled-by-default-devtools.timeline.stack',
].join(',');

/** What a task of ours did, for a report: its biggest event, or the rendering of our change. */
export const whyOurs = (t: TaskReport): string =>
  t.whose === 'rendered' ? 'rendering our change' : (t.events[0]?.[0] ?? 'script');

/** Scripts of an extension: a task that ran one, or rendered what one changed, is the extension's. */
const isExtensionUrl = (url: string | undefined): boolean =>
  url !== undefined && /^(chrome|moz)-extension:\/\//.test(url);

/**
 * Starts tracing and profiling; the returned function stops both and returns what ran.
 * `samplingUs`: the profiler's interval (200 µs names the functions of a task; the bench's
 * verdict only needs to know whose code ran, and samples every 1,000 µs to weigh less).
 */
export async function startTracing(
  cdp: CDPSession,
  samplingUs = 200,
): Promise<() => Promise<TaskReport[]>> {
  const stop = await startTrace(cdp, samplingUs);
  return async () => {
    const { events, profile } = await stop();
    return longTasks(events, profile);
  };
}

/** A stopped recording: the trace's events and the CPU profile taken alongside. */
export interface Recording {
  events: TraceEvent[];
  profile: CpuProfile;
}

/** Starts tracing and profiling; the returned function stops both and returns the raw recording. */
export async function startTrace(
  cdp: CDPSession,
  samplingUs = 200,
): Promise<() => Promise<Recording>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
    return { events, profile };
  };
}

/** One long task on the page's main thread: its length and what took the time inside it. */
export interface TaskReport {
  /** Start (ms after navigation start, when the trace has it) and length (ms). */
  at: number;
  ms: number;
  /** Trace events inside it by name, self time (ms), biggest first. */
  events: [string, number][];
  /** JS functions sampled inside it (self time, ms), biggest first. */
  functions: [string, number][];
  /** Where the task was posted from, when the trace says. */
  source: string;
  /**
   * Whether the task was an extension's: 'ran' (its script ran in the task), 'rendered' (a
   * rendering task whose restyle or layout its script scheduled), or null (the page's or the
   * browser's own).
   */
  whose: 'ran' | 'rendered' | null;
}

/** Where Chromium posted the task from (`src_func` in `src_file`), which names the browser's own. */
function sourceOf(task: TraceEvent): string {
  const args = task.args as { src_file?: string; src_func?: string } | undefined;
  return args?.src_func ? `${args.src_func} (${args.src_file?.replace(/^.*\//, '') ?? '?'})` : '';
}

export function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  // The renderer main thread that parsed the most HTML is the page's.
  const parsed = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ParseHTML' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    parsed.set(key, (parsed.get(key) ?? 0) + e.dur);
  }
  let best: string | null = null;
  for (const [key, dur] of parsed) if (best === null || dur > (parsed.get(best) ?? 0)) best = key;
  if (best === null) return null;
  const [pid, tid] = best.split(':').map(Number) as [number, number];
  return { pid, tid };
}

function selfTimes(inside: TraceEvent[]): [string, number][] {
  // Complete events nest; self time is the length minus the children's lengths.
  const sorted = inside
    .filter((e) => e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; key: string }[] = [];
  for (const e of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= e.ts)
      stack.pop();
    const key = e.args?.data?.url
      ? `${e.name} ${e.args.data.url.replace(/^.*\//, '')}`
      : e.args?.data?.functionName
        ? `${e.name} ${e.args.data.functionName}`
        : e.name;
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.key, (self.get(parent.key) ?? 0) - (e.dur ?? 0));
    self.set(key, (self.get(key) ?? 0) + (e.dur ?? 0));
    stack.push({ e, end: e.ts + (e.dur ?? 0), key });
  }
  return [...self]
    .map(([k, v]) => [k, v / 1000] as [string, number])
    .filter(([, v]) => v >= 1)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * The times (trace µs) of the profile's samples with an extension's script anywhere on the
 * stack, in order: read once per profile, then looked up per task.
 */
function extensionSampleTimes(profile: CpuProfile): number[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (leaf: number): boolean => {
    let known = ours.get(leaf);
    if (known === undefined) {
      known = false;
      for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id))
        if (isExtensionUrl(byId.get(id)?.callFrame.url)) known = true;
      ours.set(leaf, known);
    }
    return known;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (isOurs(profile.samples[i] as number)) times.push(t);
  }
  return times;
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout']);
const SCHEDULING = new Set(['ScheduleStyleRecalculation', 'InvalidateLayout']);
const stackUrl = (e: TraceEvent) => e.args?.data?.stackTrace?.[0]?.url;

/**
 * Whose a task is. Ours when an extension script ran in it: a call into it (a timer, an
 * animation-frame callback, an evaluated script), a timer it installed, or a profiler sample
 * with it on the stack (promise continuations after a message have no event of their own).
 * A rendering task is ours when the restyle or layout it did was scheduled by our script (the
 * trace keeps the stack of the change that first made it necessary); a page change and ours in
 * the same frame count as the page's when the page's came first.
 */
function whose(
  task: TraceEvent,
  inside: TraceEvent[],
  own: TraceEvent[],
  ourTimers: ReadonlySet<number>,
  ourSamples: readonly number[],
): TaskReport['whose'] {
  const end = task.ts + (task.dur ?? 0);
  const ran = inside.some(
    (e) =>
      isExtensionUrl(e.args?.data?.url) ||
      (e.name === 'TimerFire' && ourTimers.has(e.args?.data?.timerId ?? -1)),
  );
  if (ran || ourSamples.some((t) => t >= task.ts && t <= end)) return 'ran';
  const rendering = inside.find((e) => RENDERING.has(e.name));
  if (rendering === undefined) return null;
  // The latest change that scheduled this rendering: after the previous rendering.
  let scheduled: TraceEvent | undefined;
  for (const e of own) {
    if (e.ts >= rendering.ts) break;
    if (RENDERING.has(e.name)) scheduled = undefined;
    else if (
      SCHEDULING.has(e.name) &&
      (scheduled === undefined || stackUrl(scheduled) === undefined)
    )
      scheduled = e;
  }
  return scheduled !== undefined && isExtensionUrl(stackUrl(scheduled)) ? 'rendered' : null;
}

function sampledFunctions(profile: CpuProfile, from: number, to: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from || t > to) continue;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    const next = profile.timeDeltas[i + 1] ?? delta;
    self.set(key, (self.get(key) ?? 0) + next / 1000);
  }
  return [...self].filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]);
}

export function longTasks(events: TraceEvent[], profile: CpuProfile, minMs = 4): TaskReport[] {
  const main = mainThread(events);
  if (main === null) return [];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // Instant events too, in order: the restyles and layouts scheduled, the timers installed.
  const marks = events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        (SCHEDULING.has(e.name) || RENDERING.has(e.name)),
    )
    .sort((a, b) => a.ts - b.ts);
  const ourSamples = extensionSampleTimes(profile);
  const ourTimers = new Set(
    events
      .filter((e) => e.name === 'TimerInstall' && isExtensionUrl(stackUrl(e)))
      .map((e) => e.args?.data?.timerId ?? -1),
  );
  // Outermost task events only: Chromium nests RunTask inside ThreadControllerImpl::RunTask.
  const tasks: TraceEvent[] = [];
  for (const e of own) {
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    if ((e.dur ?? 0) <= minMs * 1000) continue;
    const outer = tasks.find((t) => t.ts <= e.ts && e.ts < t.ts + (t.dur ?? 0));
    if (outer) continue;
    const inner = tasks.findIndex((t) => e.ts <= t.ts && t.ts < e.ts + (e.dur ?? 0));
    if (inner >= 0) tasks.splice(inner, 1);
    tasks.push(e);
  }
  tasks.sort((a, b) => a.ts - b.ts);
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid);
  const origin = navigation?.ts ?? tasks[0]?.ts ?? 0;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = own.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    return {
      at: (task.ts - origin) / 1000,
      ms: (task.dur ?? 0) / 1000,
      events: selfTimes(inside).slice(0, 8),
      functions: sampledFunctions(profile, task.ts, end).slice(0, 10),
      source: sourceOf(task) || inside.map(sourceOf).find((x) => x !== '') || '',
      whose: whose(task, inside, marks, ourTimers, ourSamples),
    };
  });
}
