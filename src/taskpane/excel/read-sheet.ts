// Reads the active sheet into a Grid (plus formulas and fills when asked) in one context.sync for any
// sheet whose used range fits the first block; bigger sheets continue in row blocks, one sync each.
import { parseRangeA1, toA1, type CellRange, type CellValue, type Grid } from "../../model";
import type { CellFill } from "../plan/fill-record";
import type { Formula, ReadOptions, SheetSnapshot } from "../plan/workbook-host";
import { fillFromCellProperties } from "./cell-fill";
import { queueLoadDocument } from "./document-state";

/**
 * Excel on the web caps a request/response at 5 MB (Microsoft's "resource limits and performance optimization" page for Office Add-ins). With values, a number
 * format and four fill properties a cell costs roughly 100–150 bytes of JSON, so 20,000 cells stay near
 * 3 MB. The first block is read in the same sync as the used range's size, so it is a fixed window:
 * 1,000 rows × 20 columns covers every real 自评表 (about 60 rows × 9–12 columns).
 */
export const BLOCK_CELL_BUDGET = 20_000;
export const FIRST_BLOCK_ROWS = 1_000;
export const FIRST_BLOCK_COLS = 20;

interface PendingBlock {
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

const FILL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
};

function queueBlock(range: Excel.Range, options: ReadOptions): PendingBlock {
  const names = ["values"];
  if (options.formats) names.push("numberFormat");
  if (options.formulas) names.push("formulas");
  range.load(names);
  return { range, props: options.fills ? range.getCellProperties(FILL_PROPS) : null };
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

class Accumulator {
  readonly values: CellValue[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly formulas: Formula[][] = [];
  readonly fills = new Map<string, CellFill>();

  constructor(
    private readonly origin: { row: number; col: number },
    private readonly options: ReadOptions,
  ) {}

  /** Copies a synced block whose top-left is `rowOffset` rows below the used range's top. */
  add(block: PendingBlock, rowOffset: number): void {
    const { range, props } = block;
    const values = range.values;
    const formats = this.options.formats ? range.numberFormat : null;
    const formulas = this.options.formulas ? range.formulas : null;
    const cellProps = props ? props.value : null;
    values.forEach((row, r) => {
      const target = rowOffset + r;
      this.values[target] = row.map(toCellValue);
      if (formats) this.formats[target] = formats[r].map((f) => (typeof f === "string" ? f : null));
      if (formulas) this.formulas[target] = formulas[r] as Formula[];
      if (cellProps) {
        cellProps[r].forEach((cell, c) => {
          this.fills.set(toA1(this.origin.row + target, this.origin.col + c), fillFromCellProperties(cell));
        });
      }
    });
  }
}

function mergesFrom(areas: Excel.RangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  const out: CellRange[] = [];
  for (const area of areas.areas.items) {
    const range = parseRangeA1(area.address);
    if (range) out.push(range);
  }
  return out;
}

/** Reads the active worksheet. Syncs: 1 when the used range fits FIRST_BLOCK_ROWS × FIRST_BLOCK_COLS, else 1 + blocks. */
export async function readSheet(context: Excel.RequestContext, options: ReadOptions): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load(["id", "name"]);
  // Formatted-but-empty cells are part of the default used range, so every cell a highlight can
  // touch inside the form has its original fill read here. A blank sheet gives A1, never a null
  // object, so the ranges derived from it below are always valid.
  const used = sheet.getUsedRange();
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const window = used.getCell(0, 0).getResizedRange(FIRST_BLOCK_ROWS - 1, FIRST_BLOCK_COLS - 1);
  const first = queueBlock(used.getIntersection(window), options);
  // The whole used range, not a block: only areas whose top-left lies inside the queried range come back.
  const merged = options.merges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("areas/items/address");
  const pendingDocument = options.document ? queueLoadDocument(context) : null;
  await context.sync();
  let syncs = 1;
  const document = pendingDocument ? pendingDocument.resolve() : null;

  const origin = { row: used.rowIndex, col: used.columnIndex };
  const rows = used.rowCount;
  const cols = used.columnCount;
  const acc = new Accumulator(origin, options);
  let nextRow = 0;
  if (cols <= FIRST_BLOCK_COLS) {
    acc.add(first, 0);
    nextRow = Math.min(rows, FIRST_BLOCK_ROWS);
  }
  const blockRows = Math.max(1, Math.floor(BLOCK_CELL_BUDGET / cols));
  // Only sheets beyond the first window get here; each block must be its own request to stay under
  // the payload limit, so this is the one place a sync runs per iteration.
  while (nextRow < rows) {
    const count = Math.min(blockRows, rows - nextRow);
    const block = queueBlock(sheet.getRangeByIndexes(origin.row + nextRow, origin.col, count, cols), options);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block is the point (5 MB limit)
    await context.sync();
    syncs++;
    acc.add(block, nextRow);
    nextRow += count;
  }

  const grid: Grid = {
    sheet: sheet.name,
    origin,
    values: acc.values,
    merges: mergesFrom(merged),
    ...(options.formats ? { numberFormats: acc.formats } : {}),
  };
  return {
    sheetId: sheet.id,
    sheetName: sheet.name,
    grid,
    formulas: options.formulas ? acc.formulas : null,
    fills: options.fills ? acc.fills : null,
    document,
    syncs,
  };
}
export type { Formula, ReadOptions, SheetSnapshot } from "../plan/workbook-host";
