// Turns workbook bytes (.xlsx .xlsm .xltx .xls .et .ods, an HTML table saved as .xls) into the
// engine's Grids with SheetJS. SheetJS stays inside src/cli: the engine only ever sees plain values,
// number formats, formula text and merges, exactly what the Office.js adapter gives it.
import * as XLSX from "@e965/xlsx";
import type { CellRange, CellValue, Grid } from "../model";
import { DEFAULT_LIMITS, LimitError, type Limits } from "./limits";
import { sniffMagic } from "./sniff";
import { checkZipLimits } from "./zip-scan";
import type { WorkbookFormat } from "./workbook-format";

/**
 * Why bytes could not become a workbook: an empty file; an encrypted one (password to open);
 * bytes of no spreadsheet kind (random data, a PDF, plain text); a zip or OLE container without a
 * workbook in it (a Word document); or a damaged workbook (truncated zip, broken BIFF records).
 */
export type LoadFailure = "empty" | "encrypted" | "not-spreadsheet" | "not-workbook" | "corrupt";

/** One worksheet: its Grid, or why SheetJS could not parse it (the other sheets are still read). */
export type SheetRead = { ok: true; grid: Grid } | { ok: false; sheet: string; detail: string };

export type ReadResult = { ok: true; format: WorkbookFormat; sheets: SheetRead[] } | { ok: false; failure: LoadFailure; detail: string };

// Measured in bench/suites/reader.ts: dense rows, no formatted text (cellText) and no HTML are what
// make SheetJS fast; number formats and formula text are what the engine needs. sheetStubs keeps a
// formula cell that has no cached value (SheetJS drops it otherwise); stubs without one are skipped.
const READ_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  cellText: false,
  cellHTML: false,
  cellStyles: false,
  sheetStubs: true,
};

// SheetJS's error codes (BErr); "w" carries the text only when cellText is on.
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * Reads a workbook file's bytes into one Grid per worksheet, in tab order. The file name only tells
 * a WPS .et from a .xls (both are BIFF8 inside); everything else is decided by the content.
 * Throws LimitError when the workbook breaks a limit (a zip's entries or inflated size, cells).
 */
export function readWorkbook(bytes: Buffer, file: string, limits: Limits = DEFAULT_LIMITS): ReadResult {
  const magic = sniffMagic(bytes);
  const budget = cellBudget(limits);
  switch (magic) {
    case "empty":
      return failure("empty", "");
    case "pdf":
      return failure("not-spreadsheet", "PDF");
    case "other":
      return failure("not-spreadsheet", "");
    case "ole":
      return readOle(bytes, file, budget);
    case "zip":
      // Before SheetJS inflates anything: entry count, inflated sizes, cells per worksheet part.
      checkZipLimits(bytes, limits);
      return readZip(bytes, budget);
    case "html":
    case "xml-spreadsheet":
      return readMarkup(bytes, magic === "html" ? "html" : "xml", budget);
  }
}

// An OLE container is a .xls/.et (a Workbook stream), an encrypted Office package (EncryptionInfo
// and EncryptedPackage streams) or some other document (a Word .doc has WordDocument instead).
function readOle(bytes: Buffer, file: string, budget: CellBudget): ReadResult {
  let container: { FullPaths: string[] };
  try {
    container = XLSX.CFB.read(bytes, { type: "buffer" });
  } catch (error) {
    return failure("corrupt", detailOf(error));
  }
  const has = (name: string) => XLSX.CFB.find(container, name) != null;
  if (has("EncryptionInfo") || has("EncryptedPackage")) return failure("encrypted", "EncryptedPackage");
  if (!has("Workbook") && !has("Book")) return failure("not-workbook", streamNames(container));
  const format: WorkbookFormat = /\.et$/i.test(file) ? "et" : "xls";
  try {
    const read = fromWorkbook(format, XLSX.read(bytes, READ_OPTIONS), null, budget);
    // A Workbook stream that ends early loses its last sheets silently; with none left it is damaged.
    if (read.ok && read.sheets.length > 0 && read.sheets.every((s) => !s.ok)) return failure("corrupt", BIFF_CUT_SHORT);
    return read;
  } catch (error) {
    if (error instanceof LimitError) throw error;
    // BIFF8 encryption is a FILEPASS record inside the Workbook stream, found only while parsing.
    const detail = detailOf(error);
    if (/password/i.test(detail)) return failure("encrypted", "FILEPASS");
    // SheetJS parses BIFF in one pass (its `sheets` option is for zip packages only), so a broken
    // record fails the whole file.
    return failure("corrupt", detail);
  }
}

function readZip(bytes: Buffer, budget: CellBudget): ReadResult {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { ...READ_OPTIONS, bookFiles: true });
  } catch (error) {
    return zipFailure(bytes, error, budget);
  }
  return fromWorkbook(zipFormat(workbook), workbook, bytes, budget);
}

// A whole-file failure of a zip: a damaged archive, an archive that holds no workbook, or a
// workbook one of whose sheets breaks the parser (then every other sheet is read on its own).
function zipFailure(bytes: Buffer, error: unknown, budget: CellBudget): ReadResult {
  let entries: string[];
  try {
    entries = (XLSX.CFB.read(bytes, { type: "buffer" }) as { FullPaths: string[] }).FullPaths;
  } catch (zipError) {
    return failure("corrupt", detailOf(zipError));
  }
  const isWorkbook = entries.some((p) => /(^|\/)(xl\/workbook\.(xml|bin)|content\.xml)$/i.test(p));
  if (!isWorkbook) return failure("not-workbook", detailOf(error));
  let names: string[];
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { bookSheets: true, bookFiles: true });
    names = workbook.SheetNames;
  } catch {
    return failure("corrupt", detailOf(error));
  }
  const sheets = names.map((name) => readOneSheet(bytes, name, detailOf(error), budget));
  return { ok: true, format: zipFormat(workbook), sheets: sheets.filter((s): s is SheetRead => s !== null) };
}

// Reads one sheet alone; null for a sheet that is no worksheet (a chart sheet has no cells).
function readOneSheet(bytes: Buffer, name: string, fallback: string, budget: CellBudget): SheetRead | null {
  try {
    // WTF makes SheetJS throw the sheet's own error instead of silently leaving the sheet out.
    const alone = XLSX.read(bytes, { ...READ_OPTIONS, sheets: name, WTF: true });
    const sheet = alone.Sheets[name];
    if (sheet === undefined) return { ok: false, sheet: name, detail: fallback };
    return isChart(sheet) ? null : { ok: true, grid: sheetToGrid(name, sheet, date1904(alone), budget) };
  } catch (error) {
    if (error instanceof LimitError) throw error;
    return { ok: false, sheet: name, detail: detailOf(error) };
  }
}

// The package's kind from its content types (xlsx, macro-enabled, template) or SheetJS's own type.
function zipFormat(workbook: XLSX.WorkBook): WorkbookFormat {
  const type = (workbook as { bookType?: string }).bookType;
  if (type === "ods") return "ods";
  if (type === "xlsb") return "xlsb";
  const files = (workbook as { files?: Record<string, { content?: Uint8Array }> }).files ?? {};
  const entry = files["[Content_Types].xml"] ?? files["/[Content_Types].xml"];
  const types = entry?.content ? Buffer.from(entry.content).toString("utf8") : "";
  if (/\.(sheet|template)\.macroEnabled\.main\+xml/.test(types)) return "xlsm";
  if (types.includes("spreadsheetml.template.main+xml")) return "xltx";
  return "xlsx";
}

// An HTML table or an Excel 2003 XML spreadsheet, decoded by its declared charset (budget systems
// export GBK as often as UTF-8). HTML cells are kept as the text they show: the engine reads numbers
// typed as text itself, and SheetJS's own guessing would turn "2021-12" or "1/2" into dates.
function readMarkup(bytes: Buffer, format: "html" | "xml", budget: CellBudget): ReadResult {
  const text = decodeMarkup(bytes);
  try {
    const workbook = XLSX.read(text, { ...READ_OPTIONS, type: "string", raw: format === "html" });
    return fromWorkbook(format, workbook, bytes, budget);
  } catch (error) {
    if (error instanceof LimitError) throw error;
    return failure("corrupt", detailOf(error));
  }
}

/** Decodes an HTML or XML file by its BOM, else its declared charset (meta or XML declaration), else UTF-8. */
export function decodeMarkup(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /(?:charset|encoding)\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let label = declared ?? "utf-8";
  // GB2312 and GBK files routinely hold characters beyond their declared set; GB18030 is their superset.
  if (label === "gb2312" || label === "gbk" || label === "x-gbk") label = "gb18030";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

// Why a BIFF sheet is missing after a successful parse: SheetJS stops quietly at the end of the stream.
const BIFF_CUT_SHORT = "the workbook's records end before the sheet does (the file is cut short)";

// bytes is null for BIFF, whose parser reads all sheets in one pass (no sheet can be re-read alone).
function fromWorkbook(format: WorkbookFormat, workbook: XLSX.WorkBook, bytes: Buffer | null, budget: CellBudget): ReadResult {
  const use1904 = date1904(workbook);
  const sheets: SheetRead[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    // SheetJS leaves out a sheet it could not parse; reading it alone says why.
    if (sheet === undefined) {
      const alone =
        bytes === null
          ? { ok: false as const, sheet: name, detail: BIFF_CUT_SHORT }
          : readOneSheet(bytes, name, "the sheet could not be parsed", budget);
      if (alone !== null) sheets.push(alone);
      continue;
    }
    if (isChart(sheet)) continue;
    sheets.push({ ok: true, grid: sheetToGrid(name, sheet, use1904, budget) });
  }
  return { ok: true, format, sheets };
}

function isChart(sheet: XLSX.WorkSheet): boolean {
  return (sheet as { "!type"?: string })["!type"] === "chart";
}

function date1904(workbook: XLSX.WorkBook): boolean {
  return Boolean(workbook.Workbook?.WBProps?.date1904);
}

/** How many cells a workbook's sheets may still hold, shared by its sheets as they are read. */
export interface CellBudget {
  limits: Pick<Limits, "maxSheetCells" | "maxWorkbookCells" | "maxGridArea">;
  /** Cells taken by the sheets read so far. */
  used: number;
}

/** A budget with the default limits and nothing used yet. */
export function cellBudget(limits: Pick<Limits, "maxSheetCells" | "maxWorkbookCells" | "maxGridArea"> = DEFAULT_LIMITS): CellBudget {
  return { limits, used: 0 };
}

// Past these gaps of empty columns or rows, cells are strays far from any form (one value typed at
// XFD1048576); they are dropped only when the used range is over the grid-area limit.
const COLUMN_GAP = 256;
const ROW_GAP = 10_000;

/**
 * Reads one SheetJS worksheet (dense mode) into a Grid anchored at A1: cached values, number
 * formats (null for General), formula text where a cell has a formula, and 0-based merges. Cells a
 * merged area covers, other than its top-left, are left out: that is all Excel shows of them.
 * The grid covers the cells' used range, clipped to the grid-area limit by dropping stray cells
 * far beyond the rest; merges are clipped to that range and never walked cell by cell beyond the
 * cells that exist. Throws LimitError when the sheet or the workbook so far has too many cells.
 */
export function sheetToGrid(name: string, sheet: XLSX.WorkSheet, use1904 = false, budget: CellBudget = cellBudget()): Grid {
  const data = (sheet as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? [];
  const { maxSheetCells, maxWorkbookCells, maxGridArea } = budget.limits;
  // Pass 1: how many cells there are and where; nothing is copied yet.
  let cells = 0;
  let lastCol = -1;
  const rowLast = new Int32Array(data.length).fill(-1);
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (!hasContent(row[c])) continue;
      cells++;
      rowLast[r] = c;
      if (c > lastCol) lastCol = c;
    }
  }
  if (cells > maxSheetCells) throw tooManyCells(name, cells, maxSheetCells);
  if (budget.used + cells > maxWorkbookCells) throw tooManyCells(name, budget.used + cells, maxWorkbookCells);
  budget.used += cells;
  const box = usedBox(data, rowLast, lastCol, maxGridArea);
  const merges = clipMerges(sheet["!merges"] ?? [], box, maxGridArea);
  const hidden = coveredCells(merges, data, box);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulaCells: [number, number, string][] = [];
  for (let r = 0; r <= box.bottom; r++) {
    const row = data[r];
    if (!row) continue;
    const last = Math.min(row.length - 1, box.right);
    for (let c = 0; c <= last; c++) {
      const cell = row[c];
      if (!cell) continue;
      if (hidden.has(r * CELL_KEY + c)) continue;
      const formula = typeof cell.f === "string" && cell.f !== "" ? cell.f : null;
      const format = numberFormatOf(cell);
      const value = cellValue(cell, format, use1904);
      // A stub (a styled empty cell) carries nothing the engine reads.
      if (value === null && formula === null) continue;
      put(values, r, c, value);
      put(numberFormats, r, c, format);
      if (formula !== null) formulaCells.push([r, c, formula]);
    }
  }
  const grid: Grid = { sheet: name, origin: { row: 0, col: 0 }, values, numberFormats, merges };
  if (formulaCells.length > 0) {
    const formulas = values.map((row) => row.map(() => null as string | null));
    for (const [r, c, f] of formulaCells) formulas[r][c] = f;
    grid.formulas = formulas;
  }
  return grid;
}

function hasContent(cell: XLSX.CellObject | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.f === "string" && cell.f !== "") return true;
  return cell.t !== "z" && cell.v !== undefined && cell.v !== null;
}

function tooManyCells(sheet: string, count: number, limit: number): LimitError {
  return new LimitError("too-many-cells", "fileTooManyCells", { sheet, count, limit });
}

/** The last row and column (inclusive, 0-based) of the grid handed to the engine. */
interface Box {
  bottom: number;
  right: number;
}

// The used range, or, when rows × columns is over the limit, the part of it before the first wide
// gap of empty columns, then of empty rows, then cut to the limit: the form near A1 is kept.
function usedBox(data: (XLSX.CellObject | undefined)[][], rowLast: Int32Array, lastCol: number, maxArea: number): Box {
  let bottom = lastRowWithin(rowLast);
  let right = lastCol;
  const area = () => (bottom + 1) * (right + 1);
  if (area() <= maxArea) return { bottom, right };
  const usedCols = new Uint8Array(right + 1);
  for (let r = 0; r <= bottom; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c <= rowLast[r]; c++) if (hasContent(row[c])) usedCols[c] = 1;
  }
  right = beforeGap(usedCols, COLUMN_GAP);
  // Rows whose only cells were beyond the cut are empty now.
  const usedRows = new Uint8Array(bottom + 1);
  for (let r = 0; r <= bottom; r++) {
    const row = data[r];
    if (!row) continue;
    const last = Math.min(rowLast[r], right);
    for (let c = 0; c <= last; c++) {
      if (hasContent(row[c])) {
        usedRows[r] = 1;
        break;
      }
    }
  }
  bottom = lastIndexOf(usedRows);
  if (area() > maxArea) bottom = beforeGap(usedRows.subarray(0, bottom + 1), ROW_GAP);
  if (area() > maxArea) bottom = Math.floor(maxArea / (right + 1)) - 1;
  return { bottom, right };
}

function lastRowWithin(rowLast: Int32Array): number {
  for (let r = rowLast.length - 1; r >= 0; r--) if (rowLast[r] >= 0) return r;
  return -1;
}

function lastIndexOf(used: Uint8Array): number {
  for (let i = used.length - 1; i >= 0; i--) if (used[i]) return i;
  return -1;
}

// The last used index before the first run of more than `gap` unused ones.
function beforeGap(used: Uint8Array, gap: number): number {
  let last = -1;
  for (let i = 0; i < used.length; i++) {
    if (!used[i]) continue;
    if (last >= 0 && i - last > gap) return last;
    last = i;
  }
  return last;
}

// How far past the used range a merge is kept as the file has it: a merged signature line or an
// empty last group often reaches a little beyond the last value, and the engine reads merge extents.
const MERGE_MARGIN = 64;

// Merges clipped to the used range plus the margin (one merge A40:XFD1048576 becomes a few hundred
// cells); those wholly outside the used range are dropped. Overlapping merges are invalid: once
// their clipped areas add up to more than the grid-area limit the rest are dropped, so every walk
// over merges stays bounded.
function clipMerges(raw: XLSX.Range[], box: Box, maxArea: number): CellRange[] {
  const merges: CellRange[] = [];
  let area = 0;
  for (const m of raw) {
    const top = Math.max(0, m.s.r);
    const left = Math.max(0, m.s.c);
    if (top > box.bottom || left > box.right) continue;
    const bottom = Math.min(m.e.r, box.bottom + MERGE_MARGIN);
    const right = Math.min(m.e.c, box.right + MERGE_MARGIN);
    if (top > bottom || left > right) continue;
    area += (bottom - top + 1) * (right - left + 1);
    if (area > maxArea) break;
    merges.push({ top, left, bottom, right });
  }
  return merges;
}

// Keys of covered cells: row * CELL_KEY + col (Excel has 16,384 columns).
const CELL_KEY = 16_384;

// The existing cells a merged area covers, other than its top-left. Only cells that are present in
// the sheet's data are visited, so a merge over a whole column costs what that column holds.
// Overlapping merges (invalid, but Excel, WPS and LibreOffice open them) may cover another's
// top-left cell; that cell stays visible, as those programs show it.
function coveredCells(merges: CellRange[], data: (XLSX.CellObject | undefined)[][], box: Box): Set<number> {
  const hidden = new Set<number>();
  if (merges.length === 0) return hidden;
  const anchors = new Set(merges.map((m) => m.top * CELL_KEY + m.left));
  for (const m of merges) {
    const last = Math.min(m.bottom, box.bottom, data.length - 1);
    for (let r = m.top; r <= last; r++) {
      const row = data[r];
      if (!row) continue;
      const right = Math.min(m.right, row.length - 1);
      for (let c = m.left; c <= right; c++) {
        if (!row[c]) continue;
        const key = r * CELL_KEY + c;
        if (!anchors.has(key)) hidden.add(key);
      }
    }
  }
  return hidden;
}

function numberFormatOf(cell: XLSX.CellObject): string | null {
  const z = cell.z;
  if (typeof z !== "string" || z === "" || z === "General") return null;
  return z;
}

/** A cell as the host shows its value: formulas give their cached result (null when there is none). */
export function cellValue(cell: XLSX.CellObject, format: string | null, use1904 = false): CellValue {
  switch (cell.t) {
    case "n": {
      const v = cell.v as number;
      return format !== null && XLSX.SSF.is_date(format) ? serialDate(v, use1904) : v;
    }
    case "s":
      return cell.v === undefined || cell.v === null ? null : String(cell.v);
    case "b":
      return Boolean(cell.v);
    case "e":
      return typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : (ERROR_TEXT[cell.v as number] ?? "#VALUE!");
    case "d":
      return cell.v instanceof Date ? isoDate(cell.v) : typeof cell.v === "string" ? cell.v : null;
    default:
      return null;
  }
}

// The date as the ExcelJS reader gave it (its excelToDate: serial days since 1899-12-30 in UTC), so
// reports stay the same: "2021-12-31", or a full ISO timestamp when there is a time of day.
function serialDate(serial: number, use1904: boolean): CellValue {
  const days = use1904 ? serial + 1462 : serial;
  return isoDate(new Date(Math.round((days - 25569) * 24 * 3600 * 1000)));
}

/** A date as the grid holds it: "2021-12-31", or a full ISO timestamp when there is a time of day; null beyond JavaScript's range. */
export function isoDate(date: Date): CellValue {
  // A serial beyond JavaScript's date range has no calendar date to show.
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** Sets a cell of a ragged row array, growing rows and cells with nulls as needed. */
export function put<T>(rows: (T | null)[][], row: number, col: number, value: T | null): void {
  while (rows.length <= row) rows.push([]);
  const cells = rows[row];
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}

function streamNames(container: { FullPaths: string[] }): string {
  const names = container.FullPaths.map((p) => p.replace(/^[^/]*\//, "")).filter((p) => p !== "" && !p.endsWith("/"));
  return names.slice(0, 5).join(", ");
}

function failure(reason: LoadFailure, detail: string): ReadResult {
  return { ok: false, failure: reason, detail };
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
