import type { ParsedForm, ReadCell } from "./form";
import type { SheetView } from "../grid/sheet-view";
import { isBlankText } from "../values/invisible";

/** Reads one cell (its own value, not its merged master's) with its position and number format. */
export function readCell(view: SheetView, row: number, col: number): ReadCell {
  return { pos: { row, col }, value: view.raw(row, col), format: view.format(row, col) };
}

/** True when a read cell holds nothing a person typed: blank, or text that only looks blank (isBlankText). */
export function isBlankCell(cell: ReadCell | null): boolean {
  if (!cell) return true;
  return cell.value === null || (typeof cell.value === "string" && isBlankText(cell.value));
}

/** Every cell a parsed form reads (fields, fund block, 分值/得分, values, reasons, 总分, grade), in no particular order. */
export function formCells(form: ParsedForm): ReadCell[] {
  const out: ReadCell[] = [];
  const add = (c: ReadCell | null | undefined) => {
    if (c) out.push(c);
  };
  for (const f of Object.values(form.fields)) add(f?.value);
  if (form.fund) {
    const { fund } = form;
    for (const row of [fund.total, ...fund.sub]) [row.initial, row.budget, row.executed].forEach(add);
    [fund.weight, fund.rate, fund.score].forEach(add);
  }
  for (const g of form.groups) {
    add(g.weight);
    add(g.score);
    for (const i of g.indicators) [i.target, i.actual, i.reason].forEach(add);
  }
  if (form.total) [form.total.weight, form.total.score].forEach(add);
  add(form.grade?.cell);
  return out;
}
