// Checks files in the main thread instead of workers: for tests that replace the engine with a
// stand-in through vi.mock (a worker runs the real, built bundle and would not see the stand-in).
// The command never uses it, so the reader and the engine stay out of the main thread's bundle.
import { checkOneFile } from "./check-file";
import type { CheckOutcome, FileChecker } from "./pool";

/**
 * Checks files in the main thread, one at a time, with no memory ceiling or time budget: for tests
 * that replace the engine with a stand-in (a worker would run the real, built one).
 */
export function createInProcessChecker(): FileChecker {
  let closed = false;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const next = chain.then(async (): Promise<CheckOutcome> => {
        if (closed) return { kind: "cancelled" };
        try {
          return { kind: "done", outcome: await checkOneFile(job) };
        } catch (error) {
          return { kind: "crashed", detail: error instanceof Error ? error.message : String(error) };
        }
      });
      chain = next;
      return next;
    },
    async close() {
      closed = true;
    },
  };
}
