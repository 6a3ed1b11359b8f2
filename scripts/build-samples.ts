// Builds samples/*.xlsx: the three seed forms in the official layout (variant A), with the seed's
// merged 二级 groups and number formats, styled so they look like the real thing in Excel/WPS.
// Run: npx tsx scripts/build-samples.ts
import path from "node:path";
import ExcelJS from "exceljs";
import type { CellRange } from "../src/model/grid/address";
import type { CellValue } from "../src/model/grid/grid";
import { displayWidth } from "../src/cli/text-width";
import type { FormSpec } from "./forms/form-spec";
import { narrativeMerges, renderForm, type RenderedForm } from "./forms/render-form";
import { SEED_FORMS } from "./forms/seed-forms";

const SHEET_NAME = "自评表";
// Width in Excel character units for columns A–I of variant A: labels, 一级, 二级, 三级, 年度指标值,
// 实际完成值, 分值, 得分, 偏差原因 (the fund block reuses the same columns for its numbers).
const COLUMN_WIDTHS = [11, 12, 14, 30, 18, 18, 10, 10, 32];
const FONT = "宋体";
const LINE_HEIGHT = 15;
// A fixed timestamp keeps docProps identical between rebuilds.
const BUILD_DATE = new Date("2022-03-31T00:00:00Z");
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** The sample's file name: two-digit number then the project name. */
export function sampleFileName(spec: FormSpec, index: number): string {
  return `${String(index + 1).padStart(2, "0")}-${spec.project ?? "未命名项目"}.xlsx`;
}

/** Builds one styled workbook with a single "自评表" sheet holding the rendered form. */
export function buildSampleWorkbook(spec: FormSpec): ExcelJS.Workbook {
  const rendered = renderForm(spec, { variant: "A" });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PERF 绩效自评助手";
  workbook.created = BUILD_DATE;
  workbook.modified = BUILD_DATE;
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const merges = [...rendered.merges, ...narrativeMerges(rendered, COLUMN_WIDTHS.length - 1)];
  writeCells(sheet, rendered);
  for (const m of merges) sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  styleCells(sheet, rendered);
  setRowHeights(sheet, rendered, merges);
  return workbook;
}

function writeCells(sheet: ExcelJS.Worksheet, rendered: RenderedForm): void {
  rendered.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      const format = rendered.formats[r]?.[c];
      if (format) cell.numFmt = format;
    });
  });
}

function styleCells(sheet: ExcelJS.Worksheet, rendered: RenderedForm): void {
  const width = COLUMN_WIDTHS.length;
  for (let r = 0; r <= rendered.rows.last; r++) {
    // The signature line and blank spacer rows sit outside the ruled table, as on the printed form.
    const unruled = r > rendered.rows.total && (r === rendered.rows.last || isBlankRow(rendered.values[r]));
    for (let c = 0; c < width; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      const value = rendered.values[r]?.[c] ?? null;
      if (r === 0) {
        cell.font = { name: FONT, size: 16, bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle" };
        continue;
      }
      if (r === 1) {
        cell.font = { name: FONT, size: 11 };
        cell.alignment = { horizontal: "center", vertical: "middle" };
        continue;
      }
      cell.font = { name: FONT, size: 10, bold: r === rendered.rows.indicatorHeader || r === rendered.rows.total };
      if (unruled) {
        cell.alignment = { horizontal: "left", vertical: "middle" };
        continue;
      }
      cell.alignment = { horizontal: isLongText(value) ? "left" : "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  }
}

function isBlankRow(row: CellValue[] | undefined): boolean {
  return (row ?? []).every((v) => v === null || v === undefined || v === "");
}

function isLongText(value: CellValue): boolean {
  return typeof value === "string" && displayWidth(value) > 16;
}

// ExcelJS cannot auto-fit, so each row gets the height its longest wrapped text needs in its
// (possibly merged) width, shared out over the rows a vertical merge spans.
function setRowHeights(sheet: ExcelJS.Worksheet, rendered: RenderedForm, merges: CellRange[]): void {
  const heights: number[] = [];
  rendered.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (typeof value !== "string" && typeof value !== "number") return;
      const area = merges.find((m) => m.top === r && m.left === c) ?? { top: r, left: c, bottom: r, right: c };
      const chars = COLUMN_WIDTHS.slice(area.left, area.right + 1).reduce((a, b) => a + b, 0);
      const lines = Math.ceil(displayWidth(String(value)) / Math.max(1, chars - 2));
      const perRow = Math.ceil(lines / (area.bottom - area.top + 1));
      heights[r] = Math.max(heights[r] ?? 1, perRow);
    });
  });
  heights.forEach((lines, r) => {
    sheet.getRow(r + 1).height = r === 0 ? 28 : Math.min(409, Math.max(1, lines) * LINE_HEIGHT + 6);
  });
}

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "..", "samples");
  for (const [index, spec] of SEED_FORMS.entries()) {
    const file = path.join(dir, sampleFileName(spec, index));
    await buildSampleWorkbook(spec).xlsx.writeFile(file);
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`build-samples: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
