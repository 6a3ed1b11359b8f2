import type { CellRange } from "../grid/address";
import type { FieldName, FundColumn, IndicatorColumn } from "./aliases";

export interface CellPos {
  row: number;
  col: number;
}

/** Where one form's parts sit on the sheet, found by header text (all coordinates 0-based sheet coordinates). */
export interface FormLayout {
  range: CellRange;
  title: { pos: CellPos; text: string } | null;
  fields: Record<FieldName, { label: CellPos; value: CellPos } | null>;
  fund: FundLayout | null;
  table: TableLayout;
  total: { row: number; label: CellPos } | null;
  /** Where a grade is written or can be written; `written` when the form already has one there. */
  grade: { pos: CellPos; written: boolean } | null;
}

export interface FundLayout {
  headerRow: number;
  totalRow: number;
  subRows: number[];
  /** Columns of the fund block; budget and executed always exist. */
  cols: Partial<Record<FundColumn, number>> & { budget: number; executed: number };
  labelCols: { from: number; to: number };
}

export interface TableLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  cols: Partial<Record<IndicatorColumn, number>> & { target: number; actual: number; weight: number; score: number };
}
