import type { SheetView } from "../grid/sheet-view";
import { headerKey } from "./header-text";
import { FUND_SUB_LABELS, FUND_SUB_PREFIXES, FUND_TOTAL_LABELS } from "./aliases";
import type { FundHeader } from "./find-headers";
import type { FundLayout } from "./layout";

function labelText(view: SheetView, row: number, from: number, to: number): string {
  let s = "";
  for (let c = from; c <= to; c++) if (!view.isCovered(row, c) || c === from) s += headerKey(view.text(row, c));
  return s;
}

function hasAmount(view: SheetView, row: number, col: number): boolean {
  const v = view.raw(row, col);
  return typeof v === "number" || (typeof v === "string" && /\d/.test(v));
}

function isSubLabel(label: string): boolean {
  return FUND_SUB_PREFIXES.some((p) => label.startsWith(p)) || FUND_SUB_LABELS.some((l) => label.includes(l));
}

/**
 * Reads the rows under a fund header: the 年度资金总额 row (by label, else the first row with an amount)
 * and the 其中 rows after it. The label sits left of the first amount column.
 */
export function findFundRows(view: SheetView, header: FundHeader, formLeft: number, limit: number): FundLayout | null {
  const amountCols = Object.values(header.cols) as number[];
  const firstAmount = Math.min(...amountCols);
  const labelCols = { from: formLeft, to: Math.max(formLeft, firstAmount - 1) };
  let totalRow: number | null = null;
  const last = Math.min(limit, header.row + 8);
  for (let r = header.row + 1; r <= last && totalRow === null; r++) {
    const label = labelText(view, r, labelCols.from, labelCols.to);
    if (FUND_TOTAL_LABELS.some((l) => label.includes(l)) && !isSubLabel(label)) totalRow = r;
  }
  if (totalRow === null) {
    for (let r = header.row + 1; r <= last && totalRow === null; r++) {
      if (hasAmount(view, r, header.cols.budget) || hasAmount(view, r, header.cols.executed)) totalRow = r;
    }
  }
  if (totalRow === null) return null;
  const subRows: number[] = [];
  for (let r = totalRow + 1; r <= Math.min(limit, totalRow + 6); r++) {
    if (!isSubLabel(labelText(view, r, labelCols.from, labelCols.to))) break;
    subRows.push(r);
  }
  return { headerRow: header.row, totalRow, subRows, cols: header.cols, labelCols };
}
