// The whole perf-check run without any printing, so the command, the tests and the bench share it.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../model";
import { exitCodeFor, summarize, type BatchResult, type ExitCode, type FileResult } from "./batch-result";
import { checkFile } from "./check-file";
import { collectInputs, type InputEntry } from "./collect-files";
import { msg } from "./messages";
import { overwrittenInput, planOutputs } from "./output-paths";

export interface BatchOptions {
  lang: Lang;
  /** Set for --fix: the folder that receives the corrected copies. */
  outDir?: string;
  /** Called after each file, e.g. to move a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** A bad command line found while planning the batch; the command prints its message and exits with 2. */
export class UsageError extends Error {}

/** Checks every workbook behind the paths and returns the JSON result with its exit status; throws UsageError for bad arguments. */
export async function runBatch(paths: string[], options: BatchOptions): Promise<{ result: BatchResult; exitCode: ExitCode }> {
  const { lang } = options;
  if (paths.length === 0) throw new UsageError(msg(lang, "errNoPaths"));
  const fix = options.outDir === undefined ? null : { outDir: options.outDir, realOutDir: await realFolder(options.outDir, lang) };
  // Corrected copies from an earlier run inside an input folder are not inputs of this one.
  const { inputs, skipped } = await collectInputs(paths, fix ? [fix.realOutDir] : []);
  const outputs = fix ? await planFixOutputs(inputs, fix.outDir, fix.realOutDir, lang) : null;
  const files: FileResult[] = [];
  for (const [index, input] of inputs.entries()) {
    if (input.kind === "unlisted") {
      const key = input.problem === "not-found" ? "fileNotFound" : "fileReadFailed";
      const error = msg(lang, key, { file: input.file, detail: input.detail });
      files.push({ file: input.file, error, errorCode: input.problem, ...(outputs ? { output: null } : {}), sheetErrors: [], forms: [] });
    } else {
      files.push(await checkFile(input.file, lang, outputs?.get(input.file)));
    }
    options.onProgress?.(index + 1, inputs.length, input.file);
  }
  const summary = summarize(files, skipped);
  return { result: { files, skipped, summary }, exitCode: exitCodeFor(summary) };
}

// Plans every copy before anything is written, so a clash stops the run before it touches the disk.
async function planFixOutputs(
  inputs: InputEntry[],
  outDir: string,
  realOutDir: string,
  lang: Lang,
): Promise<Map<string, string>> {
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
