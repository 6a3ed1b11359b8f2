import type { CellRange } from "./address";
import type { CellValue, Grid } from "./grid";
import { gridWidth } from "./grid";
import { trimInvisible } from "../values/invisible";

/**
 * Random access to a Grid in sheet coordinates, aware of merged areas. Built once per sheet so the
 * locator and parser never scan the merge list per cell.
 */
export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly merges: CellRange[] = [];
  /** For each cell of the grid, 1 + the index of its merged area in `merges` (0 = not merged). */
  private readonly mergeIndex: Uint32Array;
  private readonly stride: number;

  constructor(readonly grid: Grid) {
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = grid.origin.row + grid.values.length - 1;
    this.right = grid.origin.col + gridWidth(grid) - 1;
    this.stride = Math.max(this.right - this.left + 1, 1);
    this.mergeIndex = new Uint32Array(Math.max(this.bottom - this.top + 1, 0) * this.stride);
    for (const m of grid.merges) this.indexMerge(m);
  }

  private indexMerge(m: CellRange): void {
    // Clip to the grid: a host may report merges that reach beyond the used range.
    const top = Math.max(m.top, this.top);
    const bottom = Math.min(m.bottom, this.bottom);
    const left = Math.max(m.left, this.left);
    const right = Math.min(m.right, this.right);
    if (top > bottom || left > right) return;
    this.merges.push(m);
    const id = this.merges.length;
    for (let r = top; r <= bottom; r++) {
      const base = (r - this.top) * this.stride - this.left;
      // A later merge never overrides an earlier one: hosts do not report overlaps, fuzzed grids may.
      for (let c = left; c <= right; c++) if (this.mergeIndex[base + c] === 0) this.mergeIndex[base + c] = id;
    }
  }

  /** The raw value stored in a cell (null outside the grid). */
  raw(row: number, col: number): CellValue {
    const v = this.grid.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value a reader sees: inside a merged area, the value of its top-left cell. */
  value(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The number format of a cell (of its merged area's top-left cell), or null. */
  format(row: number, col: number): string | null {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    return this.grid.numberFormats?.[r - this.top]?.[c - this.left] ?? null;
  }

  /** The merged area covering a cell, or null. */
  merge(row: number, col: number): CellRange | null {
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return null;
    const id = this.mergeIndex[(row - this.top) * this.stride + (col - this.left)];
    return id === 0 ? null : this.merges[id - 1];
  }

  /** True when the cell is inside a merged area but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  }

  /** The cell's value as trimmed text ("" for blank). */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }
}

/**
 * A cell value as trimmed text: numbers in plain notation, booleans as TRUE/FALSE, blank as "". Trimming removes
 * invisible characters too (zero-width, non-breaking, ideographic spaces: invisible.ts), so a cell that only
 * looks blank is "".
 */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return trimInvisible(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return Number.isFinite(v) ? String(v) : "";
}
