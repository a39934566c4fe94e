/**
 * Waits until the next frame has been rendered, so that what the caller changed before is
 * styled and laid out in a frame of its own and what it does after runs in a task of its own.
 * (Resolving in the animation-frame callback itself would run the caller's next step inside
 * that frame's task, before its style and layout.) Resolves with how long that frame took
 * from its animation-frame callbacks to the next task (its style, layout and paint: what the
 * caller's change cost to render), or null where frames do not come (a background tab, a test
 * DOM without rendering) and a short timer stood in.
 *
 * `change`, if given, runs in that frame's animation-frame callback: the frame renders it
 * straight after, in the same task, with nothing of ours between our reading and the restyle.
 */
export function nextFrame(win: Window | null, change?: () => void): Promise<number | null> {
  if (win === null) {
    change?.();
    return Promise.resolve(null);
  }
  if (isHidden(win.document)) {
    // No frame comes in a hidden tab, and the stand-in timer would wait a throttled second.
    return new Promise((resolve) =>
      nextTask(() => {
        change?.();
        resolve(null);
      }),
    );
  }
  return new Promise((resolve) => {
    let changed = false;
    const once = () => {
      if (!changed) change?.();
      changed = true;
    };
    const timer = win.setTimeout(() => {
      once();
      resolve(null);
    }, 100);
    if (typeof win.requestAnimationFrame !== 'function') return;
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      once();
      const frameStart = performance.now();
      win.setTimeout(() => resolve(performance.now() - frameStart), 0);
    });
  });
}

/**
 * A tab the reader does not see: the browser holds its timers to one a second (headless
 * Firefox: 3 timer turns in 2 s; a pass over issue #7's 10,000-figure page, which yields to the
 * page hundreds of times, opened in a background tab, was not done after 30 s). No one is waiting
 * on input there, so our steps go on in tasks that are not timers. jsdom's "prerender" is
 * not hidden.
 */
function isHidden(doc: Document | undefined): boolean {
  return doc?.visibilityState === 'hidden';
}

/** Runs `then` in a task of its own that the browser does not throttle as it does timers. */
function nextTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}

/**
 * Yields to the page's other tasks (input, its own timers) before the caller goes on, at
 * least `ms` later. In a hidden tab a yield without a delay is not a timer (see `isHidden`).
 */
export const yieldToPage = (ms = 0): Promise<void> =>
  new Promise((resolve) => {
    if (ms === 0 && isHidden(globalThis.document)) nextTask(resolve);
    else setTimeout(resolve, ms);
  });

/**
 * How long one slice of our work on a long page may hold the page's main thread: well under
 * the 50 ms that counts as a long task, so input and the page's own timers keep their turn.
 */
export const SLICE_MS = 8;

/** Runs `steps` to the end in slices of `SLICE_MS`, yielding to the page between them. */
export async function runInSlices<T>(steps: Iterator<unknown, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
