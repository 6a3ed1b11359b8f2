import type { CellRange } from "./address";

/**
 * One cell's value as every host can give it. A formula cell holds its cached result; an error
 * result is its code as text ("#REF!", "#DIV/0!"), as Office.js and SheetJS both give it.
 */
export type CellValue = string | number | boolean | null;

/**
 * A worksheet (or a block of it) as plain data: what both the Office.js adapter and the ExcelJS
 * reader build, and all the engine reads. Coordinates are 0-based sheet coordinates, so every
 * finding can name a real sheet cell.
 */
export interface Grid {
  /** The worksheet's name as the host shows it. */
  sheet: string;
  /** Sheet coordinates of values[0][0] (a used range need not start at A1). */
  origin: { row: number; col: number };
  /** Rows of cell values; rows may be ragged, missing cells read as null. */
  values: CellValue[][];
  /** Number formats in the same shape as values, where the host knows them ("0%", "0.00"). */
  numberFormats?: (string | null)[][];
  /** Merged areas in sheet coordinates; the value of a merged area sits in its top-left cell. */
  merges: CellRange[];
  /**
   * Formula text without the leading "=" (English function names, "," separators) in the same shape
   * as values, where the host knows it. A formula cell whose value is null has no cached result
   * (files written by Java exporters): the engine evaluates it where it can.
   */
  formulas?: (string | null)[][];
}

/** The number of rows the grid covers. */
export function gridHeight(grid: Grid): number {
  return grid.values.length;
}

/** The number of columns the grid covers (its widest row). */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}
