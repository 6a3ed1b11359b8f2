// Issue 8's figures, each a whole perf-check process measured from outside: a 300-file batch
// (time, peak memory, the pool's speed-up on two workers beside one), the 1,048,576-row sheet, the
// worst files under the limits, and one sample's whole run against `node -e ''` (target ≤ 3×).
// Also how long the ways of starting perf-check take, for the README's main command.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as F from "../../test/cli/hostile-fixtures";
import { medianOf, row, type BenchRow, type BenchSuite } from "../harness";
import { ROOT, timeCommand, timePerfCheck, type ProcessRun } from "../process";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const START_RUNS = 11;
const MAX_START_RATIO = 3;

function median(runs: ProcessRun[], pick: (r: ProcessRun) => number | null): number {
  return medianOf(runs.map(pick).filter((v): v is number => v !== null));
}

function repeat(n: number, fn: () => ProcessRun): ProcessRun[] {
  return Array.from({ length: n }, fn);
}

function describeRuns(runs: ProcessRun[]): string {
  return `peak ${median(runs, (r) => r.maxRssMb).toFixed(0)} MB, exit ${runs[0].status}`;
}

export default {
  name: "isolation",
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(path.join(tmpdir(), "perf-bench-iso-"));
    const rows: BenchRow[] = [];
    try {
      const samples = path.join(ROOT, "samples");
      const names = readdirSync(samples)
        .filter((n) => n.endsWith(".xlsx"))
        .sort();
      const batch = path.join(dir, "batch");
      mkdirSync(batch);
      for (let i = 0; i < 300; i++)
        copyFileSync(path.join(samples, names[i % names.length]), path.join(batch, `${String(i).padStart(3, "0")}.xlsx`));
      const one = path.join(samples, names[0]);

      // One sample, whole process, beside Node doing nothing, interleaved so load hits both alike.
      const bare: ProcessRun[] = [];
      const perf: ProcessRun[] = [];
      for (let i = 0; i < START_RUNS; i++) {
        bare.push(timeCommand(process.execPath, ["-e", ""]));
        perf.push(timePerfCheck([one]));
      }
      const ratio = median(perf, (r) => r.ms) / median(bare, (r) => r.ms);
      rows.push(
        row(
          "node -e '' (whole process)",
          median(bare, (r) => r.ms),
          START_RUNS,
        ),
      );
      rows.push(
        row(
          "perf-check 1 sample (whole process)",
          median(perf, (r) => r.ms),
          START_RUNS,
          median(bare, (r) => r.ms) * MAX_START_RATIO,
          `${ratio.toFixed(2)}× node -e '' (target ≤ ${MAX_START_RATIO}×), ${describeRuns(perf)}`,
        ),
      );

      // 300 files with one worker and with two, alternating.
      const jobs1: ProcessRun[] = [];
      const jobs2: ProcessRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        jobs1.push(timePerfCheck(["--jobs", "1", batch]));
        jobs2.push(timePerfCheck(["--jobs", "2", batch]));
      }
      const t1 = median(jobs1, (r) => r.ms);
      const t2 = median(jobs2, (r) => r.ms);
      rows.push(row("300 files, --jobs 1", t1, RUNS, undefined, `${(t1 / 300).toFixed(1)} ms/file, ${describeRuns(jobs1)}`));
      rows.push(
        row("300 files, --jobs 2", t2, RUNS, undefined, `${(t1 / t2).toFixed(2)}× the speed of one worker, ${describeRuns(jobs2)}`),
      );

      // The genuine 1,048,576-row sheet (two cells a row: 2.1 million cells, under the 3 million limit).
      const tall = path.join(dir, "tall.xlsx");
      writeFileSync(tall, F.tallSheet(1_048_576));
      const tallRuns = repeat(RUNS, () => timePerfCheck([tall]));
      rows.push(
        row(
          "1,048,576-row sheet (11 MB), checked",
          median(tallRuns, (r) => r.ms),
          RUNS,
          undefined,
          describeRuns(tallRuns),
        ),
      );

      // The worst under the limits: 2.96 million cells of dense rows in 135 KB, just under the cell limit.
      const heavy = path.join(dir, "heavy.xlsx");
      writeFileSync(heavy, F.denseRowsBomb(43, false));
      const heavyRuns = repeat(RUNS, () => timePerfCheck([heavy]));
      rows.push(
        row(
          "dense rows, 2.96 M cells (135 KB), checked",
          median(heavyRuns, (r) => r.ms),
          RUNS,
          undefined,
          describeRuns(heavyRuns),
        ),
      );

      // Refused by the limits: bombs (1.2 GB declared; lying 4 KB), 20,000 entries, 50,000 merges.
      const cases: [string, Buffer][] = [
        ["zip bomb 1.2 GB, honest sizes", F.denseRowsBomb(1200, false)],
        ["zip bomb 1.2 GB, declares 4 KB", F.denseRowsBomb(1200, true)],
        ["20,000 zip entries", F.manyEntries(20_000)],
        ["50,000 merged areas", F.manyMerges(50_000)],
      ];
      for (const [name, bytes] of cases) {
        const file = path.join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
        writeFileSync(file, bytes);
        const runs = repeat(RUNS, () => timePerfCheck([file]));
        rows.push(
          row(
            name,
            median(runs, (r) => r.ms),
            RUNS,
            undefined,
            `${(bytes.length / 1024).toFixed(0)} KB, ${describeRuns(runs)}`,
          ),
        );
      }

      // Ways to start perf-check (one sample), for the README's main command.
      const starts: [string, string, string[]][] = [
        ["node bin/perf-check.js", process.execPath, ["bin/perf-check.js", one]],
        ["./node_modules/.bin/perf-check", path.join(ROOT, "node_modules", ".bin", "perf-check"), [one]],
        ["npm exec perf-check", "npm", ["exec", "--", "perf-check", one]],
        ["npx perf-check", "npx", ["perf-check", one]],
      ];
      for (const [name, command, args] of starts) {
        // A package's own bin is linked into node_modules/.bin only when it is installed elsewhere.
        if (path.isAbsolute(command) && !existsSync(command)) {
          rows.push(
            row(`start: ${name}`, Number.NaN, 0, undefined, "absent: a package's own bin is not linked in its own node_modules/.bin"),
          );
          continue;
        }
        const runs = repeat(RUNS, () => timeCommand(command, args));
        rows.push(
          row(
            `start: ${name}`,
            median(runs, (r) => r.ms),
            RUNS,
            undefined,
            `exit ${runs[0].status}`,
          ),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
} satisfies BenchSuite;
