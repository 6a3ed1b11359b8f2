// The workbook behind the fake Excel context: plain cells, merges and fills that tests seed and inspect.
// Browser-safe (no Node imports): the browser test bundles it into its fake office.js.
import type { CellRange } from "../../../src/model/grid/address";
import type { Grid } from "../../../src/model/grid/grid";
import { NO_FILL, isNoFill, type CellFill } from "../../../src/taskpane/excel/cell-fill";

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  /** "" for an empty cell, as Excel's values report it. */
  value: FakeScalar;
  /** "=…" or null for a constant. */
  formula: string | null;
  numberFormat: string;
  fill: CellFill;
}

export function blankCell(): FakeCell {
  return { value: "", formula: null, numberFormat: "General", fill: { ...NO_FILL } };
}

export class FakeSheetModel {
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];

  constructor(
    /** Mutable only so FakeWorkbookModel.reopen can hand out new ids, as some platforms do. */
    public id: string,
    public name: string,
  ) {}

  private static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  /** A copy of the cell (blank when never written), so reads cannot change the model. */
  read(row: number, col: number): FakeCell {
    const cell = this.cells.get(FakeSheetModel.key(row, col));
    return cell ? { ...cell, fill: { ...cell.fill } } : blankCell();
  }

  /** The stored cell, created on first write. */
  cell(row: number, col: number): FakeCell {
    const key = FakeSheetModel.key(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = blankCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Excel's used range: cells with content, or (unless valuesOnly) with any formatting. */
  usedBounds(valuesOnly: boolean): CellRange | null {
    let bounds: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== "" || cell.formula !== null;
      const hasFormat = cell.numberFormat !== "General" || !isNoFill(cell.fill);
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [row, col] = key.split(",").map(Number);
      bounds = bounds
        ? {
            top: Math.min(bounds.top, row),
            left: Math.min(bounds.left, col),
            bottom: Math.max(bounds.bottom, row),
            right: Math.max(bounds.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return bounds;
  }
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  triggerSource: "Unknown" | "ThisLocalAddin";
}

/** A custom document property as the file keeps it (workbook.properties.custom). */
export interface FakeCustomProperty {
  key: string;
  value: FakeScalar;
}

export class FakeWorkbookModel {
  readonly sheets: FakeSheetModel[] = [];
  /** Custom document properties by upper-cased key: keys are case-insensitive in Excel (CustomPropertyCollection.getItem). */
  readonly customProperties = new Map<string, FakeCustomProperty>();
  /**
   * Excel outside the web silently trims custom property values to 255 characters (Office.js
   * CustomProperty.value docs); null = no limit (Excel on the web). Tests lower it to stand for a host
   * with a smaller limit.
   */
  customPropertyValueLimit: number | null = 255;
  /** How many times reopen() ran, to make each reopen's ids new. */
  private openings = 0;
  activeSheetId: string;
  selection: { sheetId: string; address: string } | null = null;
  readonly changeHandlers: ((event: ChangeEvent) => Promise<unknown> | unknown)[] = [];
  /** Excel on the web refuses requests over 5 MB; the fake estimates bytes per loaded cell (see fake-excel.ts). */
  payloadLimitBytes = 5_000_000;
  /** getMergedAreasOrNullObject fails beyond this many areas (a limit seen in Excel, modelled strictly here). */
  maxMergedAreas = 512;
  /** Computes a written formula's value; the default knows SUM over one sheet's ranges and cells. */
  evaluate: (sheet: FakeSheetModel, formula: string) => FakeScalar = evaluateSimple;

  constructor(sheets: FakeSheetModel[]) {
    if (sheets.length === 0) throw new Error("a fake workbook needs a sheet");
    this.sheets.push(...sheets);
    this.activeSheetId = sheets[0].id;
  }

  get activeSheet(): FakeSheetModel {
    return this.sheetById(this.activeSheetId)!;
  }

  sheetById(id: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Worksheets.getItem accepts a name or an id. */
  sheetByKey(key: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.id === key || s.name === key);
  }

  /**
   * The workbook closed and opened again: cells, names and custom properties are what the file holds.
   * `newSheetIds`: true gives every worksheet an id it never had (office-js-docs#297, office-js#1390);
   * a list gives the sheets these ids in order, e.g. another sheet's old id, as a host that numbers
   * sheets by position would after they were reordered. Event handlers and the selection belonged to
   * the closed session.
   */
  reopen(options: { newSheetIds: boolean | string[] }): void {
    this.openings++;
    const active = this.sheets.findIndex((s) => s.id === this.activeSheetId);
    const ids = options.newSheetIds;
    if (ids !== false) {
      this.sheets.forEach((sheet, i) => {
        sheet.id = Array.isArray(ids) ? ids[i] : `{REOPENED-${this.openings}-${String(i + 1).padStart(4, "0")}}`;
      });
    }
    if (new Set(this.sheets.map((s) => s.id)).size !== this.sheets.length) throw new Error("fake reopen: duplicate sheet ids");
    this.activeSheetId = this.sheets[Math.max(0, active)].id;
    this.selection = null;
    this.changeHandlers.splice(0);
  }

  /** Lets registered onChanged handlers run, as Excel does after a change; resolves when they settled. */
  async emitChange(event: ChangeEvent): Promise<void> {
    await Promise.all(this.changeHandlers.map((h) => h(event)));
  }

  /** A user typing into a cell (not this add-in), which fires onChanged with triggerSource "Unknown". */
  async userEdit(sheetId: string, row: number, col: number, value: FakeScalar): Promise<void> {
    const sheet = this.sheetById(sheetId)!;
    const cell = sheet.cell(row, col);
    cell.value = value;
    cell.formula = null;
    await this.emitChange({ worksheetId: sheetId, address: `${row},${col}`, triggerSource: "Unknown" });
  }
}

/** Builds a one-sheet workbook from a Grid (values, number formats, merges) with the given id. */
export function sheetFromGrid(grid: Grid, id = "{SHEET-1}"): FakeSheetModel {
  const sheet = new FakeSheetModel(id, grid.sheet);
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = grid.numberFormats?.[r]?.[c] ?? null;
      if ((value === null || value === undefined) && !format) return;
      const cell = sheet.cell(grid.origin.row + r, grid.origin.col + c);
      cell.value = value ?? "";
      if (format) cell.numberFormat = format;
    }),
  );
  sheet.merges = grid.merges.map((m) => ({ ...m }));
  return sheet;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Enough of Excel to give SUM(...) over cells/ranges a value; other formulas evaluate to 0. */
function evaluateSimple(sheet: FakeSheetModel, formula: string): FakeScalar {
  const m = /^=SUM\(([^()]*)\)$/i.exec(formula.replace(/\s+/g, ""));
  if (!m) return 0;
  let total = 0;
  for (const part of m[1].split(",")) {
    const r = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(part);
    if (!r) return 0;
    const top = Number(r[2]) - 1;
    const left = columnIndex(r[1]);
    const bottom = r[4] ? Number(r[4]) - 1 : top;
    const right = r[3] ? columnIndex(r[3]) : left;
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) {
        const v = sheet.read(row, col).value;
        if (typeof v === "number") total += v;
      }
  }
  return Math.round(total * 1e9) / 1e9;
}
