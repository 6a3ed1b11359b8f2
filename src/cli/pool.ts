// A pool of worker threads that check files (worker.ts), each under a heap ceiling and a per-file
// time budget: a file that runs out of time is stopped by terminating its worker, one that runs out
// of memory takes only its worker down, and a fresh worker takes the next file. The pool runs the
// BUILT worker (dist-cli/worker.js, made by scripts/build-cli.cjs; the tests build it first in
// test/global-setup.ts), so a run never compiles TypeScript.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FileResult } from "./batch-result";
import type { FileJob, FileOutcome } from "./check-file";
import type { BuiltCopy } from "./write-copy";

/** What the main thread sends: one file to check. */
export interface WorkerRequest {
  id: number;
  job: FileJob;
}

/** What a worker answers: ready once loaded, then per request its result or the error that escaped. */
export type WorkerReply = { ready: true } | { id: number; result: FileResult; copy: BuiltCopy | null } | { id: number; crash: string };

/** How one file ended in the pool. */
export type CheckOutcome =
  | { kind: "done"; outcome: FileOutcome }
  | { kind: "timeout" }
  | { kind: "out-of-memory" }
  | { kind: "crashed"; detail: string }
  | { kind: "cancelled" };

/** Something that checks files one job at a time per slot: the worker pool, or the main thread itself. */
export interface FileChecker {
  run(job: FileJob): Promise<CheckOutcome>;
  /** Stops every worker; jobs not finished resolve as cancelled. */
  close(): Promise<void>;
}

export interface PoolOptions {
  size: number;
  heapMb: number;
  timeoutMs: number;
  /** The worker script; the built dist-cli/worker.js by default. */
  script?: string;
}

// How long an idle worker may take to leave on its own (storing its code cache) before it is stopped.
const STOP_GRACE_MS = 2000;

interface Task {
  id: number;
  job: FileJob;
  resolve: (outcome: CheckOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_STACK_MB = 8;

/**
 * A worker bin/perf-check.js started before the main thread loaded anything, so the worker's start
 * (a new V8 isolate, then the reader and the engine) overlaps the main thread's own. `ready` turns
 * true when its first message (ready) arrived before a pool took it.
 */
export interface PrewarmedWorker {
  worker: Worker;
  script: string;
  heapMb: number;
  stackMb: number;
  ready: boolean;
  /** True once it exited (it failed to load): it is then not taken. */
  exited: boolean;
}

export const PREWARMED = Symbol.for("perf-check.prewarmed-worker");

// The prewarmed worker when it was started like the pool's own (same script and limits); taken once.
function takePrewarmed(script: string, heapMb: number): PrewarmedWorker | null {
  const holder = globalThis as { [PREWARMED]?: PrewarmedWorker };
  const early = holder[PREWARMED];
  if (early === undefined) return null;
  delete holder[PREWARMED];
  const same = path.resolve(early.script) === path.resolve(script) && early.heapMb === heapMb && early.stackMb === WORKER_STACK_MB;
  if (same && !early.exited) {
    // bin/perf-check.js unref'd it so a run that never uses it need not wait for it.
    early.worker.ref();
    return early;
  }
  void early.worker.terminate();
  return null;
}

/** Stops a prewarmed worker no pool took (help, a usage error, no file to check). */
export function dropPrewarmed(): void {
  const holder = globalThis as { [PREWARMED]?: PrewarmedWorker };
  const early = holder[PREWARMED];
  delete holder[PREWARMED];
  if (early !== undefined) void early.worker.terminate();
}

/** The built worker script: beside this file in dist-cli/, or dist-cli/ at the repository root when running from src/ (tests). */
export function workerScript(): string {
  // worker-boot.js loads worker.js through the V8 code cache (code-cache.ts).
  const beside = path.join(__dirname, "worker-boot.js");
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, "..", "..", "dist-cli", "worker-boot.js");
}

/**
 * How many workers to start: the cores not already busy (os.availableParallelism() minus the
 * one-minute load, at least 1), never more than the files.
 */
export function freeCores(files: number): number {
  const cores = os.availableParallelism();
  const busy = Math.round(os.loadavg()[0]);
  return Math.max(1, Math.min(files, cores - busy, cores));
}

/** Starts a pool of up to options.size workers (started as jobs arrive). */
export function createPool(options: PoolOptions): FileChecker {
  const script = options.script ?? workerScript();
  if (!existsSync(script)) throw new Error(`perf-check worker not built: ${script} (run npm run build:cli)`);
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const early = takePrewarmed(script, options.heapMb);
    const worker =
      early?.worker ??
      new Worker(script, {
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb, stackSizeMb: WORKER_STACK_MB },
      });
    const slot: Slot = { worker, ready: early?.ready === true, task: null, timer: null };
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        dispatch();
        return;
      }
      const task = slot.task;
      if (task === null || task.id !== reply.id) return;
      finish(
        slot,
        "crash" in reply ? { kind: "crashed", detail: reply.crash } : { kind: "done", outcome: { result: reply.result, copy: reply.copy } },
      );
      dispatch();
    });
    worker.on("error", (error: NodeJS.ErrnoException) => {
      const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY" || /heap out of memory|allocation failed/i.test(error.message);
      retire(slot, outOfMemory ? { kind: "out-of-memory" } : { kind: "crashed", detail: error.message });
    });
    worker.on("exit", (code) => retire(slot, { kind: "crashed", detail: `exit code ${code}` }));
    slots.push(slot);
    return slot;
  };

  // Ends the slot's task (if any) with the outcome and makes the slot free again.
  const finish = (slot: Slot, outcome: CheckOutcome) => {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(outcome);
  };

  // A worker that died or was stopped: its task gets the outcome, the slot is dropped, and a new
  // worker will be started for the queue.
  const retire = (slot: Slot, outcome: CheckOutcome) => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    finish(slot, outcome);
    void slot.worker.terminate();
    dispatch();
  };

  const dispatch = () => {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.task !== null) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => retire(slot, { kind: "timeout" }), options.timeoutMs);
      slot.worker.postMessage({ id: task.id, job: task.job } satisfies WorkerRequest);
    }
    // Workers still starting will take the queue when ready; start more only up to the size.
    const starting = slots.filter((s) => !s.ready).length;
    let readyNow = false;
    for (let i = starting; i < queue.length && slots.length < options.size; i++) readyNow = spawn().ready || readyNow;
    // A prewarmed worker can be ready before the pool takes it: its "ready" message has come and gone,
    // so nothing else would hand it the queue (a run then waited forever).
    if (readyNow) dispatch();
  };

  return {
    run(job) {
      if (closed) return Promise.resolve({ kind: "cancelled" });
      return new Promise<CheckOutcome>((resolve) => {
        queue.push({ id: nextId++, job, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.resolve({ kind: "cancelled" });
      const stopping = slots.splice(0);
      await Promise.all(
        stopping.map(async (slot) => {
          const busy = slot.task !== null;
          finish(slot, { kind: "cancelled" });
          // An idle worker is let go, so it can store its code cache (worker-boot.ts); a busy one
          // (Ctrl-C) or one that does not leave in time is stopped.
          if (!busy && slot.ready) {
            const exited = new Promise<void>((resolve) => slot.worker.once("exit", () => resolve()));
            slot.worker.postMessage({ stop: true });
            const timer = setTimeout(() => void slot.worker.terminate(), STOP_GRACE_MS);
            await exited;
            clearTimeout(timer);
            return;
          }
          await slot.worker.terminate();
        }),
      );
    },
  };
}
