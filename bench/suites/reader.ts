// The CLI's reader choice, measured: SheetJS (readWorkbook, what perf-check uses) beside the former
// ExcelJS reader (bench/exceljs-grid.ts), both from bytes in memory to Grids, on each sample and on
// the generated 1,500-indicator form; plus SheetJS with its default options, to show what the
// chosen options (dense rows, no formatted text) save.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { formGrid } from "../../scripts/forms/render-form";
import { readWorkbook } from "../../src/cli/read-workbook";
import { loadWorkbook, workbookToGrids } from "../exceljs-grid";
import { generateFormSpec } from "../generate-form";
import { interleavedMedians, row, type BenchRow, type BenchSuite } from "../harness";

const SAMPLE_RUNS = 60;
const LARGE_RUNS = 10;

function sheetjs(bytes: Buffer, file: string): number {
  const result = readWorkbook(bytes, file);
  if (!result.ok || !result.sheets.every((s) => s.ok)) throw new Error(`SheetJS could not read ${file}`);
  return result.sheets.length;
}

async function exceljs(bytes: Buffer): Promise<number> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(`ExcelJS could not load: ${loaded.failure}`);
  return workbookToGrids(loaded.workbook).length;
}

// The generated form written by ExcelJS like the samples (values, number formats, merges);
// scripts/build-samples.ts cannot be imported, since it rewrites samples/ when loaded.
async function generatedWorkbook(indicators: number): Promise<Buffer> {
  const grid = formGrid(generateFormSpec(indicators), "自评表");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      const format = grid.numberFormats?.[r]?.[c];
      if (format) cell.numFmt = format;
    }),
  );
  for (const m of grid.merges) sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function compare(label: string, bytes: Buffer, file: string, runs: number): Promise<BenchRow[]> {
  const m = await interleavedMedians(
    {
      sheetjs: () => sheetjs(bytes, file),
      exceljs: () => exceljs(bytes),
      defaults: () => XLSX.read(bytes),
    },
    runs,
  );
  const kb = `${(bytes.length / 1024).toFixed(0)} KB`;
  return [
    row(`SheetJS readWorkbook: ${label}`, m.sheetjs, runs, undefined, `${(m.sheetjs / m.exceljs).toFixed(2)}× ExcelJS (${kb})`),
    row(`ExcelJS load + grid: ${label}`, m.exceljs, runs),
    row(
      `SheetJS default options, no grid: ${label}`,
      m.defaults,
      runs,
      undefined,
      `${(m.defaults / m.sheetjs).toFixed(2)}× the chosen options`,
    ),
  ];
}

export default {
  name: "reader",
  async run(): Promise<BenchRow[]> {
    const samples = path.join(__dirname, "..", "..", "samples");
    const names = readdirSync(samples)
      .filter((n) => n.endsWith(".xlsx"))
      .sort();
    const rows: BenchRow[] = [];
    for (const [i, name] of names.entries()) {
      rows.push(...(await compare(`sample ${i + 1}`, readFileSync(path.join(samples, name)), name, SAMPLE_RUNS)));
    }
    const large = await generatedWorkbook(1500);
    rows.push(...(await compare("generated 1,500-indicator form", large, "large.xlsx", LARGE_RUNS)));
    return rows;
  },
} satisfies BenchSuite;
