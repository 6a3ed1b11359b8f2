// The batch CLI against its floor: runBatch over many sample copies beside ExcelJS merely loading
// the same files (target: the CLI within 1.2× of the load alone).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runBatch } from "../../src/cli/batch";
import { interleavedMedians, row, type BenchRow, type BenchSuite } from "../harness";

const COPIES_PER_SAMPLE = 20;
const RUNS = 15;
// The engine reaches its steady speed only after about a thousand forms (JIT warm-up: the first
// few hundred checks take 3–6× longer), so both sides run 12 untimed rounds (720 files) first.
const WARMUP = 12;
const MAX_RATIO = 1.2;

function copySamples(): { dir: string; files: string[] } {
  const samples = path.join(__dirname, "..", "..", "samples");
  const names = readdirSync(samples).filter((n) => n.endsWith(".xlsx")).sort();
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

async function loadAll(files: string[]): Promise<void> {
  for (const file of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
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
      // What one perf-check invocation on this batch costs before anything is warm.
      const coldStart = performance.now();
      await batch();
      const cold = performance.now() - coldStart;
      const { exceljs, cli } = await interleavedMedians({ exceljs: () => loadAll(files), cli: batch }, RUNS, WARMUP);
      const ratio = cli / exceljs;
      return [
        row(`runBatch: ${files.length} files, first run (cold JIT)`, cold, 1, undefined, `${(cold / files.length).toFixed(1)} ms/file`),
        row(`ExcelJS load only: ${files.length} files`, exceljs, RUNS, undefined, `${(exceljs / files.length).toFixed(1)} ms/file`),
        row(`runBatch: ${files.length} files`, cli, RUNS, exceljs * MAX_RATIO, `${ratio.toFixed(2)}× ExcelJS load (target ≤ ${MAX_RATIO}×)`),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
} satisfies BenchSuite;
