/**
 * How long given scripts held a page's main thread, from a recording of the load: a DevTools
 * trace + CPU profile in Chromium, the Gecko profile in Firefox. The same rule for our content
 * scripts and for Readability, so the two stand side by side.
 *
 * Chromium: the page's renderer main thread only (the one that parsed the page's HTML, or ran
 * the bench's scripts). Its time is the union of (1) trace events that ran the scripts: compile
 * (`v8.compile`), evaluation (`EvaluateScript`), calls into them (`FunctionCall`, `v8.callFunction`
 * and the like, by the script URL the trace names), timers they installed (`TimerFire`) and
 * animation frames they asked for (`FireAnimationFrame`); (2) CPU-profile samples with one of
 * their functions anywhere on the stack, each covering the time to the next sample: promise
 * continuations after a message reply, and the DOM work those functions call (serialising the
 * page, setting attributes, a style read that forces layout) have no trace event naming the
 * script. Overlaps are counted once. Not counted: the browser's restyle and layout after a
 * change, in a rendering task of its own. Per task: the most of that time within one
 * main-thread task; beside it, the whole length of the longest task one of those scripts ran
 * in (Chromium runs a content script at the end of the page's own parsing task, so that task
 * is mostly the page's).
 *
 * Firefox: the Gecko profiler samples each process's main thread every ms; the time is the
 * samples of the page's content process with one of the scripts' frames on the stack, between
 * two wall-clock moments; the longest task is approximated by the longest run of such samples
 * (gaps under 3 ms joined).
 */
import { readFileSync } from 'node:fs';
import type { GeckoThread } from './gecko-profile';
import { longTasks, mainThread, type Recording, type TraceEvent } from './trace-tasks';

/**
 * Main-thread time of the scripts (ms); the most of it in one task (ms); Chromium: the whole
 * length of the longest task they ran in (ms), the page's own work in it included.
 */
export interface ScriptTime {
  ms: number;
  longestTaskMs: number;
  longestWholeTaskMs?: number;
}

/** The main thread's tasks, outermost only (Chromium nests RunTask events). */
function outermostTasks(own: TraceEvent[]): TraceEvent[] {
  const tasks = own
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.dur !== undefined &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + (t.dur ?? 0);
  }
  return out;
}

type Interval = [number, number];

function unionLength(intervals: Interval[]): number {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

interface EventData {
  url?: string;
  id?: number;
  timerId?: number;
  stackTrace?: { url?: string }[];
  fileName?: string;
}

const eventUrl = (e: TraceEvent): string | undefined => {
  const data = e.args?.data as EventData | undefined;
  const fileName = (e.args as { fileName?: string } | undefined)?.fileName;
  return data?.url ?? data?.stackTrace?.[0]?.url ?? fileName ?? data?.fileName;
};

/** The most one CPU-profile sample counts for (µs): a few of the bench's 200 µs intervals. */
const MAX_SAMPLE_US = 1000;

function profileIntervals(recording: Recording, isScript: (url: string) => boolean): Interval[] {
  const { profile } = recording;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const known = new Map<number, boolean>();
  const matches = (leaf: number): boolean => {
    let hit = known.get(leaf);
    if (hit === undefined) {
      hit = false;
      for (let id: number | undefined = leaf; id !== undefined && !hit; id = parent.get(id))
        hit = isScript(byId.get(id)?.callFrame.url ?? '');
      known.set(leaf, hit);
    }
    return hit;
  };
  const out: Interval[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    // A sample stands for the time to the next one, but no longer than a few intervals: past
    // a gap (the thread idle, or the profiler held up) it would count time nobody ran.
    const next = Math.min(profile.timeDeltas[i + 1] ?? delta, MAX_SAMPLE_US);
    if (matches(profile.samples[i] as number)) out.push([t, t + next]);
  }
  return out;
}

/** Chromium: the scripts' time on the page's main thread in `recording` (see the file's comment). */
export function chromiumScriptTime(
  recording: Recording,
  isScript: (url: string) => boolean,
): ScriptTime {
  const { events } = recording;
  let main = mainThread(events);
  if (main === null) {
    // A recording that starts after the page was parsed: the thread that ran the scripts.
    const ran = events.find((e) => e.ph === 'X' && isScript(eventUrl(e) ?? ''));
    main = ran ? { pid: ran.pid, tid: ran.tid } : null;
  }
  if (main === null) return { ms: 0, longestTaskMs: 0 };
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const timers = new Set<number>();
  const frames = new Set<number>();
  for (const e of own) {
    const data = e.args?.data as EventData | undefined;
    if (!isScript(data?.stackTrace?.[0]?.url ?? '')) continue;
    if (e.name === 'TimerInstall' && data?.timerId !== undefined) timers.add(data.timerId);
    if (e.name === 'RequestAnimationFrame' && data?.id !== undefined) frames.add(data.id);
  }
  const intervals: Interval[] = [];
  for (const e of own) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const data = e.args?.data as EventData | undefined;
    const ours =
      isScript(eventUrl(e) ?? '') ||
      (e.name === 'TimerFire' && timers.has(data?.timerId ?? -1)) ||
      (e.name === 'FireAnimationFrame' && frames.has(data?.id ?? -1));
    if (ours) intervals.push([e.ts, e.ts + e.dur]);
  }
  // The profile is the page's isolate: its samples are the main thread's.
  intervals.push(...profileIntervals(recording, isScript));
  const ms = unionLength(intervals) / 1000;
  // Per main-thread task, the scripts' own time in it; and the whole length of the longest
  // task they ran in (trace-tasks.ts tells whose a task is), which may be mostly the page's.
  let longestTaskMs = 0;
  for (const task of outermostTasks(own)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = intervals.map(([a, b]): Interval => [Math.max(a, task.ts), Math.min(b, end)]);
    longestTaskMs = Math.max(longestTaskMs, unionLength(inside) / 1000);
  }
  let longestWholeTaskMs = 0;
  for (const task of longTasks(events, recording.profile, 0))
    if (task.whose === 'ran') longestWholeTaskMs = Math.max(longestWholeTaskMs, task.ms);
  return { ms, longestTaskMs, longestWholeTaskMs };
}

interface GeckoProcess {
  meta: { startTime: number };
  threads: GeckoThread[];
  pages?: { url: string }[];
  processes?: (string | GeckoProcess)[];
}

function allProcesses(root: GeckoProcess): GeckoProcess[] {
  const children = (root.processes ?? []).map((p) =>
    typeof p === 'string' ? (JSON.parse(p) as GeckoProcess) : p,
  );
  return [root, ...children.flatMap(allProcesses)];
}

/** A Gecko profile read once: the content processes' main threads with their clocks. */
export interface GeckoRecording {
  processes: { startTime: number; urls: string[]; thread: GeckoThread }[];
}

export function readGeckoProfile(file: string): GeckoRecording {
  const root = JSON.parse(readFileSync(file, 'utf8')) as GeckoProcess;
  return {
    processes: allProcesses(root).flatMap((p) => {
      const thread = p.threads[0];
      return thread
        ? [{ startTime: p.meta.startTime, urls: (p.pages ?? []).map((x) => x.url), thread }]
        : [];
    }),
  };
}

const GAP_MS = 3;

/**
 * Firefox: the samples of the process that showed `pageUrl`, between `from` and `to` (wall
 * clock, ms), with a frame whose location `isScript` accepts on the stack.
 */
export function geckoScriptTime(
  recording: GeckoRecording,
  pageUrl: string,
  from: number,
  to: number,
  isScript: (location: string) => boolean,
): ScriptTime {
  let ms = 0;
  let longestTaskMs = 0;
  for (const p of recording.processes) {
    if (!p.urls.some((u) => u.split('#')[0] === pageUrl.split('#')[0])) continue;
    const { thread } = p;
    const [stackAt, timeAt] = [thread.samples.schema.stack, thread.samples.schema.time] as number[];
    const [prefixAt, frameAt] = [thread.stackTable.schema.prefix, thread.stackTable.schema.frame];
    const locationAt = thread.frameTable.schema.location as number;
    const known = new Map<number, boolean>();
    const matches = (stack: number | null): boolean => {
      if (stack === null) return false;
      const cached = known.get(stack);
      if (cached !== undefined) return cached;
      const row = thread.stackTable.data[stack] as (number | null)[];
      const frame = thread.frameTable.data[row[frameAt as number] as number] as number[];
      const location = thread.stringTable[frame[locationAt] as number] ?? '';
      const hit = isScript(location) || matches(row[prefixAt as number] ?? null);
      known.set(stack, hit);
      return hit;
    };
    const data = thread.samples.data;
    let run = 0;
    let lastHit = -Infinity;
    for (let i = 0; i < data.length; i++) {
      const sample = data[i] as (number | null)[];
      const at = p.startTime + (sample[timeAt as number] as number);
      if (at < from || at > to) continue;
      if (!matches(sample[stackAt as number] ?? null)) continue;
      const next = data[i + 1] as (number | null)[] | undefined;
      const step = next
        ? Math.min(GAP_MS, p.startTime + (next[timeAt as number] as number) - at)
        : 1;
      ms += step;
      run = at - lastHit <= GAP_MS ? run + (at - lastHit) : step;
      lastHit = at;
      longestTaskMs = Math.max(longestTaskMs, run);
    }
  }
  return { ms, longestTaskMs };
}
