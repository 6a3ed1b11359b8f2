/// <reference types="et-jsapi-declare" />
// The one place that touches WPS 表格's object model (ET JSAPI). Everything above it (the pane adapter, the ribbon
// callbacks) gets plain data in the shapes the engine and the pane's host interface use (Grid, CellFill, the
// property records), so the build differences listed in docs/wps.md ("Build differences handled") are handled once:
// property vs zero-argument method, 1-D Value2 for one row or column, CVErr numbers for errors, null for mixed
// formats, no `Enum` object, BGR colours. Every call is synchronous and crosses a process bridge (≈0.2 ms each on
// a real machine), so reads go by whole ranges where the answer is unambiguous (Value2, Formula) and per cell only
// where a multi-cell read may lie (number formats, merges, fills), and only inside the located forms.
import { checkGrid, parseRangeA1, rangeToA1, type CellRange, type CellValue, type Grid } from "../../model";
import { NO_FILL, type CellFill, type StoredHighlight } from "../../taskpane/plan/fill-record";
import type { PropertyOps } from "../../taskpane/plan/property-record";
import {
  bgrToHex,
  cvErrCandidate,
  errorText,
  hexToBgr,
  patternName,
  patternNumber,
  readMember,
  readNumberMember,
  relativeAddress,
  to2D,
  XL,
} from "./et-normalize";

/** The merged root the add-in sees as `window.Application` (et-jsapi-declare). */
export type EtRoot = WPSMergedRoot;

/** A worksheet as the host interface names it: `id` is the sheet's CodeName where the build has one, else its name. */
export interface SheetRef {
  id: string;
  name: string;
}

/** A cell's formula ("=…") or, where it has none, its constant ("" for blank); the same shape as Grid.values. */
export type FormulaCell = string | number | boolean;

export interface GridRead {
  sheet: SheetRef;
  /** values; formulas (text after "="); merges and number formats only inside `forms` when asked for. */
  grid: Grid;
  formulas: FormulaCell[][];
  /** The located forms' rectangles, sheet coordinates: where merges and formats were read. */
  forms: CellRange[];
  /** True when the used range had more rows than MAX_READ_ROWS and the rest was not read. */
  truncated: boolean;
}

export interface ReadGridOptions {
  merges: boolean;
  formats: boolean;
}

/** Rows read from a used range at most: a sheet of forms has hundreds; a million-row used range is a formatting accident. */
export const MAX_READ_ROWS = 20_000;

/** Times the locator is re-run when merges read in a form widen it (the second pass almost never changes it). */
const MAX_LOCATE_PASSES = 3;

/** The Range a Worksheet gives for an A1 address. */
function rangeOf(ws: Et.Worksheet, address: string): Et.Range {
  return ws.Range(address);
}

function cellOf(ws: Et.Worksheet, row: number, col: number): Et.Range {
  // Cells.Item(r, c) is 1-based; parameterised, so always a call.
  return ws.Cells.Item(row + 1, col + 1) as Et.Range;
}

function toCellValue(v: unknown): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function containsRange(outer: CellRange, inner: CellRange): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}

/** The fill a cell's Interior describes, in the record's terms. */
export function fillFromInterior(interior: Et.Interior): CellFill {
  const colorIndex = readMember(interior, "ColorIndex");
  const pattern = readMember(interior, "Pattern");
  if (colorIndex === XL.colorIndexNone || pattern === XL.patternNone) return { ...NO_FILL };
  const name = patternName(pattern);
  const patternColorIndex = readMember(interior, "PatternColorIndex");
  const tint = readMember(interior, "TintAndShade");
  return {
    color: bgrToHex(readMember(interior, "Color")) ?? NO_FILL.color,
    pattern: name,
    // Automatic pattern colour is what a plain fill has; the record says null for it, as Office.js does.
    patternColor: name === "Solid" || patternColorIndex === XL.colorIndexAutomatic ? null : bgrToHex(readMember(interior, "PatternColor")),
    tintAndShade: typeof tint === "number" ? tint : 0,
  };
}

/** Gives `interior` exactly `fill` (No Fill included). */
export function applyFill(interior: Et.Interior, fill: CellFill): void {
  if (fill.pattern === "None" || fill.tintAndShade === null) {
    // Setting white would leave a white fill where there was none: only "no colour index" clears it.
    interior.ColorIndex = XL.colorIndexNone;
    return;
  }
  interior.Color = hexToBgr(fill.color);
  const pattern = patternNumber(fill.pattern);
  if (pattern !== null && pattern !== XL.patternSolid) interior.Pattern = pattern;
  // Only a pattern shows its colour. Excel records a plain fill's pattern colour as "#000000" (getCellProperties):
  // writing that onto a solid fill recorded by the Excel host would leave a pattern colour the cell never had.
  if (fill.patternColor !== null && fill.pattern !== "Solid") interior.PatternColor = hexToBgr(fill.patternColor);
  // Set even when 0: the tint there now may be another fill's.
  interior.TintAndShade = fill.tintAndShade;
}

export class EtFacade {
  constructor(private readonly app: EtRoot) {}

  private get workbook(): Et.Workbook {
    return readMember(this.app, "ActiveWorkbook") as Et.Workbook;
  }

  private refOf(ws: Et.Worksheet): SheetRef {
    const name = String(readMember(ws, "Name"));
    const code = readMember(ws, "CodeName");
    return { id: typeof code === "string" && code !== "" ? code : name, name };
  }

  private worksheets(): Et.Worksheet[] {
    const sheets = readMember(this.workbook, "Worksheets") as Et.Sheets;
    const count = readNumberMember(sheets, "Count");
    const out: Et.Worksheet[] = [];
    for (let i = 1; i <= count; i++) out.push(sheets.Item(i) as Et.Worksheet);
    return out;
  }

  /** The worksheet with this id (CodeName) or, failing that, this name. */
  private worksheet(key: string): Et.Worksheet {
    const sheets = this.worksheets();
    const found = sheets.find((ws) => this.refOf(ws).id === key) ?? sheets.find((ws) => readMember(ws, "Name") === key);
    if (!found) throw new Error(`找不到工作表“${key}” / Worksheet "${key}" not found`);
    return found;
  }

  activeSheet(): SheetRef {
    return this.refOf(readMember(this.app, "ActiveSheet") as Et.Worksheet);
  }

  sheetNames(): string[] {
    return this.worksheets().map((ws) => String(readMember(ws, "Name")));
  }

  /**
   * The active sheet as a Grid. Pass 1: the used range's Value2 and Formula (two calls) and the locator on them;
   * pass 2, per cell and only inside the forms found: merges, and number formats of number cells (the only cells
   * the engine reads a format for). When merges widen a form, the widened part is read too.
   */
  readGrid(options: ReadGridOptions): GridRead {
    const ws = readMember(this.app, "ActiveSheet") as Et.Worksheet;
    const sheet = this.refOf(ws);
    const used = readMember(ws, "UsedRange") as Et.Range;
    const origin = { row: readNumberMember(used, "Row") - 1, col: readNumberMember(used, "Column") - 1 };
    const allRows = readNumberMember(readMember(used, "Rows"), "Count");
    const cols = readNumberMember(readMember(used, "Columns"), "Count");
    const rows = Math.min(allRows, MAX_READ_ROWS);
    const block = rows < allRows ? used.Resize(rows, cols) : used;
    const rawValues = to2D(readMember(block, "Value2"), rows, cols);
    const rawFormulas = to2D(readMember(block, "Formula"), rows, cols);

    const values: CellValue[][] = [];
    const formulas: FormulaCell[][] = [];
    const gridFormulas: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const vRow: CellValue[] = [];
      const fRow: FormulaCell[] = [];
      const gRow: (string | null)[] = [];
      for (let c = 0; c < cols; c++) {
        let v = toCellValue(rawValues[r]?.[c]);
        // A number that is a CVErr code on some build (2023 is also a year): the cell's text decides.
        if (cvErrCandidate(v) !== null) {
          const shown = errorText(readMember(cellOf(ws, origin.row + r, origin.col + c), "Text"));
          if (shown) v = shown;
        }
        vRow.push(v);
        const f = rawFormulas[r]?.[c];
        const isFormula = typeof f === "string" && f.startsWith("=");
        fRow.push(isFormula ? f : (v ?? ""));
        gRow.push(isFormula ? f.slice(1) : null);
      }
      values.push(vRow);
      formulas.push(fRow);
      gridFormulas.push(gRow);
    }

    const grid: Grid = { sheet: sheet.name, origin, values, merges: [], formulas: gridFormulas };
    const formats: (string | null)[][] | null = options.formats ? values.map((row) => row.map(() => null)) : null;
    if (formats) grid.numberFormats = formats;

    const scanned: CellRange[] = [];
    const mergeKeys = new Set<string>();
    let forms = locate(grid);
    for (let pass = 0; pass < MAX_LOCATE_PASSES; pass++) {
      const fresh = forms.filter((f) => !scanned.some((s) => containsRange(s, f)));
      if (fresh.length === 0 || (!options.merges && !options.formats)) break;
      for (const rect of fresh) {
        if (options.merges) this.scanMerges(ws, rect, grid.merges, mergeKeys);
        if (formats) this.scanFormats(ws, rect, grid, formats);
        scanned.push(rect);
      }
      if (!options.merges) break;
      forms = locate(grid);
    }
    grid.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    return { sheet, grid, formulas, forms, truncated: rows < allRows };
  }

  /** Merged areas overlapping `rect`: each cell once (cells inside a known area are skipped), MergeArea for merged ones. */
  private scanMerges(ws: Et.Worksheet, rect: CellRange, merges: CellRange[], seen: Set<string>): void {
    const covered = (r: number, c: number) => merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (covered(r, c)) continue;
        const cell = cellOf(ws, r, c);
        if (readMember(cell, "MergeCells") !== true) continue;
        const area = parseRangeA1(relativeAddress(readMember(readMember(cell, "MergeArea"), "Address", false, false)));
        if (!area || (area.top === area.bottom && area.left === area.right)) continue;
        const key = rangeToA1(area);
        if (seen.has(key)) continue;
        seen.add(key);
        merges.push(area);
      }
    }
  }

  /** Number formats of the number cells inside `rect` (format applies to numbers only: model/values/parse.ts). */
  private scanFormats(ws: Et.Worksheet, rect: CellRange, grid: Grid, formats: (string | null)[][]): void {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const gr = r - grid.origin.row;
        const gc = c - grid.origin.col;
        if (typeof grid.values[gr]?.[gc] !== "number") continue;
        const f = readMember(cellOf(ws, r, c), "NumberFormat");
        formats[gr][gc] = typeof f === "string" && f !== "" ? f : null;
      }
    }
  }

  /** The direct fill of each cell (A1), read cell by cell: a multi-cell Interior answers null or its first cell. */
  readFills(sheetKey: string, cells: readonly string[]): Map<string, CellFill> {
    const ws = this.worksheet(sheetKey);
    const out = new Map<string, CellFill>();
    for (const cell of cells) out.set(cell, fillFromInterior(readMember(rangeOf(ws, cell), "Interior") as Et.Interior));
    return out;
  }

  /** Paints rectangles solid in order (a later one wins), without tint, pattern or pattern colour left from the original. */
  paint(sheetKey: string, ops: readonly { address: string; color: string }[]): void {
    const ws = this.worksheet(sheetKey);
    this.withoutRedraw(() => {
      for (const op of ops) {
        const interior = readMember(rangeOf(ws, op.address), "Interior") as Et.Interior;
        // Cleared first, as the Excel host does (fill.clear()): a pattern colour left under the highlight is not
        // seen, but the cell would differ from the same highlight made in Excel.
        interior.ColorIndex = XL.colorIndexNone;
        interior.Pattern = XL.patternSolid;
        interior.Color = hexToBgr(op.color);
        interior.TintAndShade = 0;
      }
    });
  }

  /** Gives each cell exactly its recorded fill again. */
  restoreFills(sheetKey: string, cells: readonly StoredHighlight[]): void {
    const ws = this.worksheet(sheetKey);
    this.withoutRedraw(() => {
      for (const { cell, original } of cells) applyFill(readMember(rangeOf(ws, cell), "Interior") as Et.Interior, original);
    });
  }

  /** Native formulas ("=SUM(H6,H13:H29)", English names, A1), as 填写总分 writes them. */
  writeFormulas(sheetKey: string, writes: readonly { cell: string; formula: string }[]): void {
    const ws = this.worksheet(sheetKey);
    for (const w of writes) rangeOf(ws, w.cell).Formula = w.formula;
  }

  /** Constants; null clears the cell's contents (its format stays). */
  writeValues(sheetKey: string, writes: readonly { cell: string; value: string | number | boolean | null }[]): void {
    const ws = this.worksheet(sheetKey);
    for (const w of writes) {
      const range = rangeOf(ws, w.cell);
      if (w.value === null || w.value === "") range.ClearContents();
      else range.Value2 = w.value as never;
    }
  }

  /** Activates the sheet (ET cannot select on an inactive sheet) and selects the cell. */
  select(sheetName: string, cell: string): void {
    const ws = this.worksheet(sheetName);
    ws.Activate();
    rangeOf(ws, cell).Select();
  }

  private get properties(): Kso.DocumentProperties {
    return readMember(this.workbook, "CustomDocumentProperties") as Kso.DocumentProperties;
  }

  /** Every custom document property as [name, value]: what plan/*-record.ts decode. */
  readProperties(): [string, unknown][] {
    const props = this.properties;
    const count = readNumberMember(props, "Count");
    const out: [string, unknown][] = [];
    for (let i = 1; i <= count; i++) {
      const p = props.Item(i);
      out.push([String(readMember(p, "Name")), readMember(p, "Value")]);
    }
    return out;
  }

  /** The property, or null: WPS answers a missing name with a falsy value or by throwing, depending on the build. */
  private property(name: string): Kso.DocumentProperty | null {
    try {
      return this.properties.Item(name) || null;
    } catch {
      return null;
    }
  }

  /** Sets (as text), then removes, properties in the order given (the record's crash-safe order). */
  applyProperties(ops: PropertyOps): void {
    const props = this.properties;
    for (const [name, value] of ops.set) {
      // Replace rather than assign Value: a property of another type (a number someone added) cannot take text.
      this.property(name)?.Delete();
      props.Add(name, false, XL.propertyTypeString, value);
    }
    for (const name of ops.remove) this.property(name)?.Delete();
  }

  /** Calls `onChange` for every edit (SheetChange) until the returned function is called. */
  onSheetChange(onChange: (sheet: SheetRef, address: string) => void): () => void {
    const events = readMember(this.app, "ApiEvent") as WPS.EtApiEvent;
    const listener = (ws: Et.Worksheet, range: unknown) => {
      onChange(this.refOf(ws), relativeAddress(readMember(range, "Address", false, false)));
    };
    events.AddApiEventListener("SheetChange", listener);
    return () => events.RemoveApiEventListener("SheetChange", listener);
  }

  /** Runs `write` with screen updating off (fewer repaints during many small writes), restoring it afterwards. */
  withoutRedraw<T>(write: () => T): T {
    const before = readMember(this.app, "ScreenUpdating");
    this.app.ScreenUpdating = false;
    try {
      return write();
    } finally {
      this.app.ScreenUpdating = before !== false;
    }
  }
}

/** The rectangles of the forms the engine finds in `grid`. */
function locate(grid: Grid): CellRange[] {
  const out: CellRange[] = [];
  for (const report of checkGrid(grid)) {
    const range = parseRangeA1(report.range);
    if (range) out.push(range);
  }
  return out;
}
