// The script each worker thread starts (dist-cli/worker-boot.js): loads the worker bundle
// (dist-cli/worker.js, the reader and the engine) through the V8 code cache. The cache is stored
// when the pool lets the worker go after its files ("stop"), when the code that checking needs has
// been compiled, and only when there was none yet (or V8 rejected it).
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { requireWithCache } from "./code-cache";

const loaded = requireWithCache(path.join(__dirname, "worker.js"));
parentPort?.on("message", (message: { stop?: true }) => {
  if (message.stop !== true) return;
  loaded.saveCache();
  parentPort?.close();
});
