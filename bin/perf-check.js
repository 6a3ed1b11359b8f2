#!/usr/bin/env node
// Runs the built CLI (dist-cli/, made by `npm ci` through the prepare script, or `npm run build:cli`):
// plain JavaScript, so a run pays no TypeScript compilation at start.
"use strict";

const path = require("node:path");

const dist = path.join(__dirname, "..", "dist-cli");

// The first worker (reader and engine, src/cli/pool.ts) starts now, on another core, while this
// thread loads the command: a one-file run then waits for neither in turn. Help and argument errors
// drop it. The limits must be the pool's (DEFAULT_LIMITS.heapMb, WORKER_STACK_MB) or it is not used.
const args = process.argv.slice(2);
if (args.length > 0 && !args.includes("-h") && !args.includes("--help")) {
  try {
    const { Worker } = require("node:worker_threads");
    const script = path.join(dist, "worker-boot.js");
    const early = { script, heapMb: 1536, stackMb: 8, ready: false, exited: false, worker: null };
    early.worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: early.heapMb, stackSizeMb: early.stackMb } });
    early.worker.once("message", () => (early.ready = true));
    // A worker that failed before a pool took it is not taken (the pool starts its own).
    early.worker.on("error", () => undefined);
    early.worker.once("exit", () => (early.exited = true));
    // A run that never uses it must not wait for it.
    early.worker.unref();
    globalThis[Symbol.for("perf-check.prewarmed-worker")] = early;
  } catch {
    // Not built yet: reported below.
  }
}

let cli;
try {
  cli = require(path.join(dist, "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("main.js")) {
    process.stderr.write("perf-check: 尚未构建，请先运行 npm ci 或 npm run build:cli（not built yet: run npm ci or npm run build:cli）\n");
    process.exitCode = 2;
    return;
  }
  throw error;
}

// The runner (reader, engine, printers) is loaded only once the arguments are known to be good.
const dropEarlyWorker = () => {
  const key = Symbol.for("perf-check.prewarmed-worker");
  const early = globalThis[key];
  delete globalThis[key];
  if (early) early.worker.terminate();
};

cli
  .main(process.argv.slice(2), process, () => require(path.join(dist, "runner.js")))
  .then(
    (code) => {
      dropEarlyWorker();
      // exitCode instead of exit(): a large JSON report on a pipe must finish flushing first.
      process.exitCode = code;
    },
    (error) => {
      dropEarlyWorker();
      process.stderr.write(`perf-check: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );
