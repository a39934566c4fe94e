/** The part of an idb transaction that decides whether its writes land. */
interface Transaction {
  abort(): void;
  readonly done: Promise<void>;
}

/**
 * Runs `work` in `tx` and waits for the commit; if anything throws midway, aborts explicitly so
 * no write of it lands (IndexedDB would otherwise commit what was queued before the error).
 */
export async function allOrNothing<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (thrown) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => undefined);
    throw thrown;
  }
}
