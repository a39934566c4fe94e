/**
 * Names what ran in a page's stalls in Firefox, from the Gecko profiler's own profile.
 *
 * Firefox ESR's profiler starts with the browser from environment variables and writes every
 * process's profile to a file when the browser shuts down (`MOZ_PROFILER_HELP=1 firefox-esr`
 * lists them; https://profiler.firefox.com/docs/#/./guide-startup-shutdown). That profile is
 * the raw Gecko format: per process, a thread with `samples` (stack, time), a `stackTable`
 * (prefix, frame), a `frameTable` (location string) and `markers`. JS frames read
 * `name (url:line:col)[n]`; native frames without symbols are bare addresses.
 */
import { readFileSync } from 'node:fs';

/** The environment that makes Firefox sample every process's main thread each ms, JS stacks included. */
export function geckoProfilerEnv(outFile: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    // `stackwalk` would add native frames, which stay bare addresses without symbols.
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_SHUTDOWN: outFile,
  };
}

interface Table {
  schema: Record<string, number>;
  data: (number | string | null | object)[][];
}

export interface GeckoThread {
  samples: Table;
  markers: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

interface GeckoProcess {
  meta: { startTime: number };
  threads: GeckoThread[];
  pages?: { innerWindowID: number; url: string }[];
  /** Child processes, each as JSON text or an object. */
  processes?: (string | GeckoProcess)[];
}

/** One load of the page in the profile: its process's main thread and when it became interactive. */
export interface ProfiledLoad {
  thread: GeckoThread;
  /** Profile time (ms, the process's clock) of `Navigation::DOMInteractive`. */
  domInteractiveAt: number;
  /** The same moment on the wall clock, to order loads across processes. */
  wallClock: number;
}

function allProcesses(root: GeckoProcess): GeckoProcess[] {
  const children = (root.processes ?? []).map((p) =>
    typeof p === 'string' ? (JSON.parse(p) as GeckoProcess) : p,
  );
  return [root, ...children.flatMap(allProcesses)];
}

/** Every load of a page whose URL contains `urlPart`, in the order they happened. */
export function profiledLoads(file: string, urlPart: string): ProfiledLoad[] {
  const root = JSON.parse(readFileSync(file, 'utf8')) as GeckoProcess;
  const loads: ProfiledLoad[] = [];
  for (const process of allProcesses(root)) {
    const windows = new Set(
      (process.pages ?? []).filter((p) => p.url.includes(urlPart)).map((p) => p.innerWindowID),
    );
    const thread = process.threads[0];
    if (windows.size === 0 || !thread) continue;
    const { schema } = thread.markers;
    for (const marker of thread.markers.data) {
      const name = thread.stringTable[marker[schema.name as number] as number];
      const data = marker[schema.data as number] as { innerWindowID?: number } | null;
      if (name !== 'Navigation::DOMInteractive' || !windows.has(data?.innerWindowID ?? -1))
        continue;
      const at = marker[schema.startTime as number] as number;
      loads.push({ thread, domInteractiveAt: at, wallClock: process.meta.startTime + at });
    }
  }
  return loads.sort((a, b) => a.wallClock - b.wallClock);
}

/** Where the samples of a stretch of time went, in ms (one sample per ms). */
export interface Attribution {
  samples: number;
  /**
   * Samples that were an extension's: with its script on the stack, or in a refresh tick
   * (a frame: animation-frame callbacks, style, layout, paint) in which its script ran.
   */
  extension: number;
  /** By the innermost named frame (a bare native address is charged to its caller). */
  self: [string, number][];
  /** By every named frame on the stack, each counted once per sample. */
  total: [string, number][];
}

const ADDRESS = /^0x[0-9a-f]+$/i;
/** Shortens `name (moz-extension://<uuid>/article.js:12:3)[71]` to `name (article.js:12)`. */
const shorten = (location: string) =>
  location
    .replace(/\[\d+\]$/, '')
    .replace(/\((?:moz-extension|https?):\/\/[^)]*\/([^/)]+?):(\d+):\d+\)/, '($1:$2)');

/**
 * The samples of `load` between `from` and `to` (ms after navigation start in the page's
 * clock, as the heartbeat reports them), `domInteractive` being the page's own reading.
 */
export function attribute(
  load: ProfiledLoad,
  domInteractive: number,
  from: number,
  to: number,
  top = 12,
): Attribution {
  const { thread } = load;
  const offset = load.domInteractiveAt - domInteractive;
  const [stackAt, timeAt] = [thread.samples.schema.stack, thread.samples.schema.time] as number[];
  const [prefixAt, frameAt] = [thread.stackTable.schema.prefix, thread.stackTable.schema.frame];
  const locationAt = thread.frameTable.schema.location as number;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  let extension = 0;
  // The current run of consecutive samples inside one refresh tick, and whether ours ran in it.
  let tick = { samples: 0, ours: false };
  const endTick = () => {
    if (tick.ours) extension += tick.samples;
    tick = { samples: 0, ours: false };
  };
  for (const sample of thread.samples.data) {
    const time = (sample[timeAt as number] as number) - offset;
    if (time < from || time > to) continue;
    samples++;
    const seen = new Set<string>();
    let selfCharged = false;
    let ours = false;
    let inTick = false;
    for (let stack = sample[stackAt as number] as number | null; stack !== null;) {
      const row = thread.stackTable.data[stack] as (number | null)[];
      const frame = thread.frameTable.data[row[frameAt as number] as number] as number[];
      const location = thread.stringTable[frame[locationAt] as number] ?? '?';
      ours ||= location.includes('moz-extension://');
      inTick ||= location.startsWith('RefreshDriver tick');
      const name = shorten(location);
      stack = row[prefixAt as number] ?? null;
      if (ADDRESS.test(name)) continue;
      if (!selfCharged) self.set(name, (self.get(name) ?? 0) + 1);
      selfCharged = true;
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + 1);
      seen.add(name);
    }
    if (inTick) {
      tick.samples++;
      tick.ours ||= ours;
    } else {
      endTick();
      if (ours) extension++;
    }
  }
  endTick();
  const best = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top) as [string, number][];
  return { samples, extension, self: best(self), total: best(total) };
}
