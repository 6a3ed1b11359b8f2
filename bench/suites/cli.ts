// The batch CLI against its floor: runBatch on one file and on 60 sample copies, beside SheetJS
// (perf-check's reader) and ExcelJS (the former one) merely reading the same 60 files, all in one
// interleaved run. Target: the CLI within 1.2× of what ExcelJS loading alone used to cost.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runBatch as runBatchWith, type BatchOptions } from "../../src/cli/batch";
import { createInProcessChecker } from "../../src/cli/in-process";
import { readWorkbook } from "../../src/cli/read-workbook";
import { interleavedMedians, row, type BenchRow, type BenchSuite } from "../harness";

// In the main thread, so the JIT warm-up below carries over from run to run and the figures compare
// the reader and the engine with ExcelJS alone; the worker pool's whole-process figures are in the
// "isolation" suite.
const runBatch = (paths: string[], options: BatchOptions) => runBatchWith(paths, { checker: createInProcessChecker(), ...options });

const COPIES_PER_SAMPLE = 20;
const RUNS = 15;
// The engine reaches its steady speed only after about a thousand forms (JIT warm-up: the first
// few hundred checks take 3–6× longer), so every side runs 12 untimed rounds (720 files) first.
const WARMUP = 12;
const MAX_RATIO = 1.2;

function copySamples(): { dir: string; files: string[] } {
  const samples = path.join(__dirname, "..", "..", "samples");
  const names = readdirSync(samples)
    .filter((n) => n.endsWith(".xlsx"))
    .sort();
  if (names.length === 0) throw new Error("samples/ has no .xlsx files: run npx tsx scripts/build-samples.ts");
  const dir = mkdtempSync(path.join(tmpdir(), "perf-bench-"));
  const files: string[] = [];
  for (let i = 0; i < COPIES_PER_SAMPLE; i++) {
    for (const name of names) {
      const file = path.join(dir, `${String(i).padStart(2, "0")}-${name}`);
      copyFileSync(path.join(samples, name), file);
      files.push(file);
    }
  }
  return { dir, files };
}

async function exceljsAll(files: string[]): Promise<void> {
  for (const file of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
}

function sheetjsAll(files: string[]): void {
  for (const file of files) if (!readWorkbook(readFileSync(file), file).ok) throw new Error(`SheetJS could not read ${file}`);
}

export default {
  name: "cli",
  async run(): Promise<BenchRow[]> {
    const { dir, files } = copySamples();
    try {
      const batch = async () => {
        const { result } = await runBatch([dir], { lang: "zh" });
        if (result.summary.forms !== files.length) throw new Error(`expected ${files.length} forms, got ${result.summary.forms}`);
      };
      const one = async () => {
        const { result } = await runBatch([files[0]], { lang: "zh" });
        if (result.summary.forms !== 1) throw new Error("expected one form");
      };
      // What one perf-check invocation on this batch costs before anything is warm.
      const coldStart = performance.now();
      await batch();
      const cold = performance.now() - coldStart;
      const m = await interleavedMedians(
        { exceljs: () => exceljsAll(files), sheetjs: () => sheetjsAll(files), cli: batch, one },
        RUNS,
        WARMUP,
      );
      const n = files.length;
      const perFile = (ms: number) => `${(ms / n).toFixed(2)} ms/file`;
      return [
        row(`runBatch: ${n} files, first run (cold JIT)`, cold, 1, undefined, perFile(cold)),
        row(`runBatch: 1 file`, m.one, RUNS),
        row(`ExcelJS load only: ${n} files`, m.exceljs, RUNS, undefined, perFile(m.exceljs)),
        row(
          `SheetJS readWorkbook only: ${n} files`,
          m.sheetjs,
          RUNS,
          undefined,
          `${perFile(m.sheetjs)}, ${(m.sheetjs / m.exceljs).toFixed(2)}× ExcelJS load`,
        ),
        row(
          `runBatch: ${n} files`,
          m.cli,
          RUNS,
          m.exceljs * MAX_RATIO,
          `${perFile(m.cli)}; ${(m.cli / m.exceljs).toFixed(2)}× ExcelJS load (target ≤ ${MAX_RATIO}×), ${(m.cli / m.sheetjs).toFixed(2)}× SheetJS read`,
        ),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies BenchSuite;
