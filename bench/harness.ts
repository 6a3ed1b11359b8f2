// Shared timing helpers and the row shape every bench suite returns.
//
// Adding a suite: create bench/suites/<name>.ts with
//   export default { name: "…", async run(): Promise<BenchRow[]> { … } } satisfies BenchSuite;
// bench/run.ts runs every suite file in name order and prints all rows in one table.
import { performance } from "node:perf_hooks";

/**
 * One measured figure.
 * - `name`: what was timed, e.g. "checkGrid: seed form 1".
 * - `median`: the median time of one run, in milliseconds.
 * - `runs`: how many timed runs the median is over (warm-up runs not counted).
 * - `target`: the budget in milliseconds, when there is one; `ok` then says whether the median is within it.
 * - `note`: free text printed after the figures, e.g. a ratio or the size of the input.
 */
export interface BenchRow {
  name: string;
  median: number;
  runs: number;
  target?: number;
  ok?: boolean;
  note?: string;
}

/** A group of measurements, run by bench/run.ts. */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** The median of a list of numbers (the mean of the middle two for an even count); NaN for an empty list. */
export function medianOf(samples: number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times fn `runs` times after `warmup` untimed calls and returns the median in milliseconds. */
export async function median(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return medianOf(samples);
}

/**
 * Times several functions in alternation (one run of each per round) so that a busy machine slows
 * them alike, and returns each one's median in milliseconds, keyed like the input.
 */
export async function interleavedMedians<K extends string>(
  fns: Record<K, () => unknown>,
  runs: number,
  warmup = Math.min(3, runs),
): Promise<Record<K, number>> {
  const keys = Object.keys(fns) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + runs; round++) {
    for (const key of keys) {
      const start = performance.now();
      await fns[key]();
      if (round >= warmup) samples[key].push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, medianOf(samples[k])])) as Record<K, number>;
}

/** A row with its target verdict filled in. */
export function row(name: string, medianMs: number, runs: number, target?: number, note?: string): BenchRow {
  const out: BenchRow = { name, median: medianMs, runs };
  if (target !== undefined) {
    out.target = target;
    out.ok = medianMs <= target;
  }
  if (note !== undefined) out.note = note;
  return out;
}

/** Shows milliseconds with three significant digits, enough to compare runs. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(3)} ms`;
}
