// The whole perf-check run without any printing, so the command, the tests and the bench share it.
// Files are checked in worker threads (pool.ts) under the limits of limits.ts, and each result is
// handed on in input order as soon as it and every earlier one are done: the batch keeps only the
// summary counts and a bounded window of results, so its memory is flat in the number of files.
// Every copy is written here, in the main thread, through writeFileSafely.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../model";
import {
  exitCodeFor,
  summarize,
  type BatchResult,
  type BatchSummary,
  type ExitCode,
  type FileResult,
  type SkippedFile,
} from "./batch-result";
import type { FileJob } from "./check-file";
import { collectInputs, type InputEntry } from "./collect-files";
import { failedResult } from "./file-failure";
import { DEFAULT_LIMITS, type Limits } from "./limits";
import { msg } from "./messages";
import { overwrittenInput, planOutputs } from "./output-paths";
import { createPool, freeCores, type CheckOutcome, type FileChecker } from "./pool";
import { identityOf, SafeWriteError, writeFileSafely, type InputIdentity } from "./safe-write";

export interface BatchOptions {
  lang: Lang;
  /** Set for --fix: the folder that receives the corrected copies. */
  outDir?: string;
  /** --overwrite: replace files already at a copy's name (otherwise the copy gets a number). */
  overwrite?: boolean;
  /** --jobs: how many workers; by default the free cores (freeCores). */
  jobs?: number;
  /** Limits to use instead of the defaults (tests pass small ones; --timeout sets timeoutMs). */
  limits?: Partial<Limits>;
  /**
   * What checks the files instead of a worker pool: tests that replace the engine with a stand-in
   * pass createInProcessChecker() (in-process.ts), since a worker runs the real, built bundle.
   */
  checker?: FileChecker;
  /** Called after each file, e.g. to move a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Aborting stops the batch: workers are stopped, no further copy is written, runBatch rejects with BatchInterrupted. */
  signal?: AbortSignal;
}

/** What the batch says about one file beside its result: a copy that had to take a numbered name. */
export interface FileNote {
  /** The copy's planned path when it was taken and the copy got a numbered name instead. */
  numberedFrom?: string;
  /** True when --overwrite replaced an existing file with the copy. */
  replaced?: boolean;
}

/** Receives the batch as it runs: the inputs' count once known, then every file in input order. */
export interface BatchSink {
  begin?(total: number): void;
  file(result: FileResult, note: FileNote): void | Promise<void>;
}

/** The batch's end: what the walks skipped, the counts, the exit status and the copies written. */
export interface BatchEnd {
  skipped: SkippedFile[];
  summary: BatchSummary;
  exitCode: ExitCode;
  copies: string[];
}

/** A bad command line found while planning the batch; the command prints its message and exits with 2. */
export class UsageError extends Error {}

/** The batch was stopped (Ctrl-C, SIGTERM): the copies completed before it stopped. */
export class BatchInterrupted extends Error {
  constructor(readonly copies: string[]) {
    super("interrupted");
    this.name = "BatchInterrupted";
  }
}

/** Checks every workbook behind the paths and returns the whole JSON result with its exit status (tests and the bench; the command streams). */
export async function runBatch(paths: string[], options: BatchOptions): Promise<{ result: BatchResult; exitCode: ExitCode }> {
  const files: FileResult[] = [];
  const end = await streamBatch(paths, options, { file: (result) => void files.push(result) });
  return { result: { files, skipped: end.skipped, summary: end.summary }, exitCode: end.exitCode };
}

// How many results may wait for an earlier, slower file before no further file is started: keeps
// the memory of a batch flat however many files it has.
const WINDOW_PER_WORKER = 16;

/**
 * Checks every workbook behind the paths, handing each result to the sink in input order as soon as
 * it is ready; throws UsageError for bad arguments and BatchInterrupted when the signal aborts.
 */
export async function streamBatch(paths: string[], options: BatchOptions, sink: BatchSink): Promise<BatchEnd> {
  const { lang } = options;
  if (paths.length === 0) throw new UsageError(msg(lang, "errNoPaths"));
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const fix = options.outDir === undefined ? null : { outDir: options.outDir, realOutDir: await realFolder(options.outDir, lang) };
  if (fix) await refuseOutIsInput(paths, fix.outDir, fix.realOutDir, lang);
  // Corrected copies from an earlier run inside an input folder are not inputs of this one.
  const { inputs, skipped } = await collectInputs(paths, fix ? [fix.realOutDir] : []);
  const outputs = fix ? await planFixOutputs(inputs, fix.outDir, fix.realOutDir, lang) : null;
  // Every input by device and inode: no copy may be written onto one, whatever its name.
  const identities: InputIdentity[] = [];
  if (fix) {
    for (const input of inputs) {
      if (input.kind !== "file") continue;
      // The walk's own fstat when it gives one (the file as it was found), else a fresh one.
      const identity = ("identity" in input ? (input.identity as InputIdentity | undefined) : undefined) ?? (await identityOf(input.file));
      if (identity !== null) identities.push(identity);
    }
  }
  sink.begin?.(inputs.length);
  let summary = summarize([], skipped);
  const copies: string[] = [];
  const filesToCheck = inputs.filter((i) => i.kind === "file").length;
  const jobs = Math.max(1, options.jobs ?? freeCores(filesToCheck));
  const checker: FileChecker =
    options.checker ?? createPool({ size: Math.min(jobs, Math.max(1, filesToCheck)), heapMb: limits.heapMb, timeoutMs: limits.timeoutMs });
  const window = jobs * WINDOW_PER_WORKER;
  const ready = new Map<number, Promise<FileResult | null>>();
  let submitted = 0;
  let aborted = options.signal?.aborted ?? false;
  const onAbort = () => {
    aborted = true;
    void checker.close();
  };
  options.signal?.addEventListener("abort", onAbort);
  try {
    const submit = () => {
      while (!aborted && submitted < inputs.length && ready.size < window) {
        const index = submitted++;
        ready.set(index, settle(inputs[index], outputs?.get(inputs[index].file), checker, lang, limits));
      }
    };
    for (let index = 0; index < inputs.length; index++) {
      submit();
      const pending = ready.get(index);
      if (pending === undefined || aborted) break;
      const result = await pending;
      ready.delete(index);
      if (aborted || result === null) break;
      const note: FileNote = {};
      const copy = copyOf(result);
      if (copy !== null) {
        // The worker built the copy; it is written here, in order, and only now gets its name.
        const written = await writeCopy(result, copy, { overwrite: options.overwrite ?? false, inputs: identities }, lang);
        if (written !== null) {
          copies.push(written.path);
          if (written.numbered) note.numberedFrom = copy.target;
          if (written.replaced) note.replaced = true;
        }
      }
      summary = addCounts(summary, summarize([result]));
      await sink.file(result, note);
      options.onProgress?.(index + 1, inputs.length, inputs[index].file);
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await checker.close();
  }
  if (aborted) throw new BatchInterrupted(copies);
  return { skipped, summary, exitCode: exitCodeFor(summary), copies };
}

// The copies' bytes travel with the result until they are written; never into the sink.
const COPY = Symbol("copy");
interface PendingCopy {
  target: string;
  bytes: Uint8Array;
}
type WithCopy = FileResult & { [COPY]?: PendingCopy };

function copyOf(result: FileResult): PendingCopy | null {
  const copy = (result as WithCopy)[COPY] ?? null;
  delete (result as WithCopy)[COPY];
  return copy;
}

// One input's result, null when the batch was stopped before it was checked.
async function settle(
  input: InputEntry,
  output: string | undefined,
  checker: FileChecker,
  lang: Lang,
  limits: Limits,
): Promise<FileResult | null> {
  if (input.kind === "unlisted") {
    const key = input.problem === "not-found" ? "fileNotFound" : input.problem === "not-a-file" ? "fileNotAFile" : "fileReadFailed";
    return failedResult(input.file, input.problem, msg(lang, key, { file: input.file, detail: input.detail }), output);
  }
  const job: FileJob = { file: input.file, lang, output, limits };
  const outcome: CheckOutcome = await checker.run(job);
  const file = input.file;
  switch (outcome.kind) {
    case "done": {
      const { result, copy } = outcome.outcome;
      if (copy !== null) (result as WithCopy)[COPY] = { target: copy.output, bytes: copy.bytes };
      return result;
    }
    case "timeout":
      return failedResult(file, "timeout", msg(lang, "fileTimeout", { file, seconds: limits.timeoutMs / 1000 }), output);
    case "out-of-memory":
      return failedResult(file, "out-of-memory", msg(lang, "fileOutOfMemory", { file, mb: limits.heapMb }), output);
    case "crashed":
      return failedResult(file, "check-failed", msg(lang, "fileWorkerFailed", { file, detail: firstLine(outcome.detail) }), output);
    case "cancelled":
      return null;
  }
}

// Writes one copy through writeFileSafely and records where it went; a failure becomes the file's error.
async function writeCopy(
  result: FileResult,
  copy: PendingCopy,
  options: { overwrite: boolean; inputs: InputIdentity[] },
  lang: Lang,
): Promise<{ path: string; numbered: boolean; replaced: boolean } | null> {
  try {
    const written = await writeFileSafely(copy.target, copy.bytes, options);
    result.output = written.path;
    return written;
  } catch (error) {
    result.output = null;
    result.errorCode = "write-failed";
    result.error =
      error instanceof SafeWriteError
        ? msg(lang, "fileWriteOntoInput", { out: copy.target, file: error.input || result.file })
        : msg(lang, "fileWriteFailed", {
            file: result.file,
            out: copy.target,
            detail: error instanceof Error ? error.message : String(error),
          });
    return null;
  }
}

// Sums two summaries field by field, so fields added to BatchSummary are counted without change here.
export function addCounts(a: BatchSummary, b: BatchSummary): BatchSummary {
  const sum = { ...a } as Record<string, number>;
  for (const [key, value] of Object.entries(b)) if (key !== "skipped") sum[key] = (sum[key] ?? 0) + value;
  return sum as unknown as BatchSummary;
}

function firstLine(text: string): string {
  const i = text.indexOf("\n");
  return i < 0 ? text : text.slice(0, i);
}

// --out equal to an input folder would mix the copies with the originals and (with the output
// folder skipped by the walk) check nothing at all.
async function refuseOutIsInput(paths: string[], outDir: string, realOutDir: string, lang: Lang): Promise<void> {
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (stat === null || !stat.isDirectory()) continue;
    const real = await fs.realpath(given).catch(() => path.resolve(given));
    if (real === realOutDir) throw new UsageError(msg(lang, "errOutIsInput", { dir: outDir, input: given }));
  }
}

// Plans every copy before anything is written, so a clash stops the run before it touches the disk.
async function planFixOutputs(inputs: InputEntry[], outDir: string, realOutDir: string, lang: Lang): Promise<Map<string, string>> {
  const files = [];
  for (const input of inputs) {
    if (input.kind !== "file") continue;
    // A file that vanished since the walk keeps its plain path here and fails later with its own message.
    const realInput = await fs.realpath(input.resolved).catch(() => input.resolved);
    files.push({ file: input.file, realInput });
  }
  const plans = planOutputs(files, outDir, realOutDir);
  const clash = overwrittenInput(plans);
  if (clash !== null) throw new UsageError(msg(lang, "errOutOverwrites", { file: clash }));
  return new Map(plans.map((p) => [p.file, p.output]));
}

// The output folder's real path (following symlinks), so "out" pointing at an input folder is caught.
async function realFolder(dir: string, lang: Lang): Promise<string> {
  const stat = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (stat === null) return path.resolve(dir);
  if (!stat.isDirectory()) throw new UsageError(msg(lang, "errOutIsFile", { dir }));
  return fs.realpath(dir);
}
