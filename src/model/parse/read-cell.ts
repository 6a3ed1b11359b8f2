import type { ReadCell } from "../form";
import type { SheetView } from "../sheet-view";

/** Reads one cell (its own value, not its merged master's) with its position and number format. */
export function readCell(view: SheetView, row: number, col: number): ReadCell {
  return { pos: { row, col }, value: view.raw(row, col), format: view.format(row, col) };
}

/** True when a read cell holds nothing a person typed (blank or whitespace). */
export function isBlankCell(cell: ReadCell | null): boolean {
  if (!cell) return true;
  return cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
}
