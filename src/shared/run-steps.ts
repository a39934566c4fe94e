/**
 * Runs a pass written as steps (a generator that stops between walks of the page) to its end
 * in one go, for callers with no page to yield to: Node, tests, an extension document. The
 * page layer runs the same steps in slices instead (page/shared/yield-to-page.ts `runInSlices`).
 */
export function runSteps<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
