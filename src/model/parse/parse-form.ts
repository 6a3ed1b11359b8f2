import type { Fund, FundRow, ParsedForm } from "./form";
import type { FieldName } from "../locate/aliases";
import { findGoals } from "../locate/find-fields";
import type { FormLayout, FundLayout } from "../locate/layout";
import { cellText, type SheetView } from "../grid/sheet-view";
import { parseGroups } from "./parse-groups";
import { readCell } from "./read-cell";

function fundRow(view: SheetView, fund: FundLayout, row: number): FundRow {
  let label = "";
  for (let c = fund.labelCols.from; c <= fund.labelCols.to; c++) {
    if (!view.isCovered(row, c)) label += cellText(view.raw(row, c));
  }
  return {
    row,
    label,
    initial: fund.cols.initial !== undefined ? readCell(view, row, fund.cols.initial) : null,
    budget: readCell(view, row, fund.cols.budget),
    executed: readCell(view, row, fund.cols.executed),
  };
}

function parseFund(view: SheetView, fund: FundLayout): Fund {
  const at = (col: number | undefined) => (col !== undefined ? readCell(view, fund.totalRow, col) : null);
  return {
    total: fundRow(view, fund, fund.totalRow),
    weight: at(fund.cols.weight),
    rate: at(fund.cols.rate),
    score: at(fund.cols.score),
    sub: fund.subRows.map((r) => fundRow(view, fund, r)),
  };
}

function parseFields(view: SheetView, layout: FormLayout): ParsedForm["fields"] {
  const out = {} as ParsedForm["fields"];
  for (const name of ["project", "department", "implementer"] as FieldName[]) {
    const f = layout.fields[name];
    if (!f) {
      out[name] = null;
      continue;
    }
    // A label with no room for a value to its right points at itself; the field is then blank.
    const self = f.value.row === f.label.row && f.value.col === f.label.col;
    out[name] = { label: f.label, value: self ? { pos: f.value, value: null, format: null } : readCell(view, f.value.row, f.value.col) };
  }
  return out;
}

/** The 年度总体目标 block between the form's top and its indicator header, read as cells; null when absent. */
function parseGoals(view: SheetView, layout: FormLayout): ParsedForm["goals"] {
  const found = findGoals(view, layout.range.top, layout.table.headerRow - 1, layout.range.left, layout.range.right);
  if (!found) return null;
  const read = (p: { row: number; col: number } | null) => (p ? readCell(view, p.row, p.col) : null);
  return { label: found.label, expected: read(found.expected), actual: read(found.actual) };
}

/** Reads a located form into plain data: fields, fund block, score groups, 总分 and grade cells. */
export function parseForm(view: SheetView, layout: FormLayout): ParsedForm {
  const cols = layout.table.cols;
  const tableCols = Object.values(cols) as number[];
  const total = layout.total;
  return {
    sheet: view.grid.sheet,
    range: layout.range,
    title: layout.title?.text ?? null,
    fields: parseFields(view, layout),
    fund: layout.fund ? parseFund(view, layout.fund) : null,
    goals: parseGoals(view, layout),
    columns: {
      first: Math.min(...tableCols),
      last: Math.max(...tableCols),
      score: cols.score,
      weight: cols.weight,
      reason: cols.reason ?? null,
    },
    tableRows: { first: layout.table.firstRow, last: layout.table.lastRow },
    groups: parseGroups(view, layout.table),
    total: total
      ? { row: total.row, label: total.label, weight: readCell(view, total.row, cols.weight), score: readCell(view, total.row, cols.score) }
      : null,
    grade: layout.grade ? { cell: readCell(view, layout.grade.pos.row, layout.grade.pos.col), written: layout.grade.written } : null,
  };
}
