// The CLI's former reader (ExcelJS), kept as the yardstick the SheetJS reader is measured against:
// bench/suites/reader.ts times both, and test/cli/read-workbook.test.ts checks that both give the
// engine the same reports on every sample. Not used by perf-check itself.
import ExcelJS from "exceljs";
import { parseRangeA1, type CellRange, type CellValue, type Grid } from "../src/model";
import { isoDate, put } from "../src/cli/read-workbook";
import { sniffMagic } from "../src/cli/sniff";

/** Why bytes could not become a workbook; "ole" covers both legacy .xls and encrypted .xlsx. */
type LoadFailure = "empty" | "ole" | "not-zip" | "not-workbook" | "corrupt";

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; failure: LoadFailure; detail: string };

/** Loads .xlsx bytes with ExcelJS after checking the magic bytes, so a failure says precisely why. */
export async function loadWorkbook(bytes: Buffer): Promise<LoadResult> {
  const magic = sniffMagic(bytes);
  if (magic === "empty") return { ok: false, failure: "empty", detail: "" };
  if (magic === "ole") return { ok: false, failure: "ole", detail: "" };
  if (magic !== "zip") return { ok: false, failure: "not-zip", detail: "" };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as its own ArrayBuffer-like Buffer; at run time it takes Node's.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, failure: "corrupt", detail: error instanceof Error ? error.message : String(error) };
  }
  // ExcelJS accepts any zip and simply finds no sheets in one that is not a workbook.
  if (workbook.worksheets.length === 0) return { ok: false, failure: "not-workbook", detail: "" };
  return { ok: true, workbook };
}

/** One Grid per worksheet, in the workbook's tab order. */
export function workbookToGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}

/** Reads a worksheet's values, number formats and merges into a Grid anchored at A1. */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS answers a merged area's other cells with the top-left value; the Grid contract
      // keeps that value in the top-left cell only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = plainValue(cell.value);
      const format = cell.numFmt ?? null;
      if (value === null && format === null) return;
      // Both arrays grow together, so they always have the same shape.
      put(values, rowNumber - 1, colNumber - 1, value);
      put(numberFormats, rowNumber - 1, colNumber - 1, format);
    });
  });
  return { sheet: worksheet.name, origin: { row: 0, col: 0 }, values, numberFormats, merges: worksheetMerges(worksheet) };
}

/** The worksheet's merged areas as 0-based ranges. */
export function worksheetMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const merges: CellRange[] = [];
  for (const ref of worksheet.model.merges ?? []) {
    const range = parseRangeA1(ref);
    if (range) merges.push(range);
  }
  return merges;
}

/** Reduces any ExcelJS cell value to what a host shows: formulas give their cached result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return hyperlinkText(value.text);
  // Plain and shared formulas alike: ExcelJS never calculates, so the cached result is the value.
  return plainValue(value.result ?? null);
}

// A hyperlink's text is typed as a string, but ExcelJS passes rich text through when the link is styled.
function hyperlinkText(text: unknown): CellValue {
  if (typeof text === "string") return text;
  if (text !== null && typeof text === "object" && "richText" in text) {
    return plainValue(text as ExcelJS.CellRichTextValue);
  }
  return text === null || text === undefined ? null : String(text);
}
