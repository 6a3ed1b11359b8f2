// The worker thread's entry (dist-cli/worker.js): checks one file per message, under the heap
// ceiling the pool gives it, and sends back the result and the copy's bytes. It never writes to
// the disk: every write happens in the main thread.
import { parentPort } from "node:worker_threads";
import { checkOneFile, type FileJob } from "./check-file";
import type { WorkerReply, WorkerRequest } from "./pool";

// SheetJS warns on the console about odd files; a worker's console would land in the report.
for (const method of ["log", "info", "warn", "error", "debug"] as const) console[method] = () => undefined;

const port = parentPort;
if (port === null) throw new Error("worker.ts runs only as a worker thread");

port.on("message", (request: WorkerRequest | { stop: true }) => {
  // "stop" is worker-boot.ts's: the pool is done with this worker.
  if ("stop" in request) return;
  void handle(request.id, request.job);
});
// Told only once the modules above are loaded, so a file's time budget never pays the start-up.
port.postMessage({ ready: true } satisfies WorkerReply);

async function handle(id: number, job: FileJob): Promise<void> {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const { result, copy } = await checkOneFile(job);
    if (copy === null) reply = { id, result, copy: null };
    else {
      // A fresh buffer of exactly the copy's bytes, moved (not copied) to the main thread. The
      // bytes may be a view of a larger or pooled buffer, which must not be detached.
      const bytes = new Uint8Array(copy.bytes.byteLength);
      bytes.set(copy.bytes);
      transfer.push(bytes.buffer);
      reply = { id, result, copy: { ...copy, bytes } };
    }
  } catch (error) {
    reply = { id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port!.postMessage(reply, transfer);
}
