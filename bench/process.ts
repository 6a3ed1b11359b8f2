// Whole-process measurements for the bench: wall time and peak memory of one perf-check run (or
// any command), taken from outside, so start-up, workers and exit are all counted.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

export const ROOT = path.join(__dirname, "..");
export const BIN = path.join(ROOT, "bin", "perf-check.js");
const RSS_HOOK = path.join(__dirname, "report-rss.cjs");

/** One run: wall time in ms, exit status, and peak resident memory in MB (when the hook reported it). */
export interface ProcessRun {
  ms: number;
  status: number | null;
  maxRssMb: number | null;
  stdout: string;
}

/** The peak memory report-rss.cjs prints (KB on Linux), in MB; null when absent. */
export function parseMaxRss(stderr: string): number | null {
  const m = /BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : null;
}

/** Runs a command and times it end to end. */
export function timeCommand(command: string, args: string[], options: { cwd?: string; input?: string } = {}): ProcessRun {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: options.cwd ?? ROOT, encoding: "utf8", input: options.input, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  return { ms, status: run.status, maxRssMb: parseMaxRss(run.stderr ?? ""), stdout: run.stdout ?? "" };
}

/** Runs perf-check (the built bin) with the peak-memory hook preloaded. */
export function timePerfCheck(args: string[]): ProcessRun {
  return timeCommand(process.execPath, ["--require", RSS_HOOK, BIN, ...args]);
}
