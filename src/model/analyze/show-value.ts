import type { ReadCell } from "../parse/form";
import { formatNumber } from "../present/number";
import { cellText } from "../grid/sheet-view";
import type { ParsedValue } from "../values";

/** A value as the user typed it, except that a percentage stored as a number (0.9) shows as 90%. */
export function showValue(cell: ReadCell, parsed: ParsedValue): string {
  if (typeof cell.value === "number" && parsed.kind === "number" && parsed.unit.family === "percent") {
    return `${formatNumber(parsed.value * 100)}%`;
  }
  return cellText(cell.value);
}
