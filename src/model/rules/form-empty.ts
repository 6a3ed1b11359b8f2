import { cellNumber, isUncomputed, type FormAnalysis } from "../analyze/analysis";
import type { ReadCell } from "../parse/form";
import { isBlankCell } from "../parse/read-cell";
import { defineRule } from "./rule";

/** A template's formula total or 执行率得分 reads 0 (or nothing, or an error) until the form is filled. */
function unfilledFigure(cell: ReadCell | null): boolean {
  const n = cellNumber(cell);
  return n === null || n === 0;
}

/**
 * True for a blank template: no indicator row has an actual value, no score group has a score, and the
 * 执行率得分 and 总分 are blank or 0 (templates carry formulas there that read 0). Weights, targets and
 * budget figures may be pre-filled (they are set at budget time); the self-evaluation is not done.
 * A score, an actual or the 执行率得分 that is a formula left without a value reads as blank but is not:
 * its value is unknown, so the form is not called blank (formula-uncomputed reports those cells instead).
 */
export function isBlankForm(a: FormAnalysis): boolean {
  const { form } = a;
  const empty = (cell: ReadCell) => isBlankCell(cell) && !isUncomputed(a, cell.pos);
  for (const g of form.groups) {
    if (!empty(g.score)) return false;
    if (g.indicators.some((i) => !empty(i.actual))) return false;
  }
  if (form.fund?.score && (isUncomputed(a, form.fund.score.pos) || !unfilledFigure(form.fund.score))) return false;
  if (form.total && !unfilledFigure(form.total.score)) return false;
  return true;
}

/**
 * One error for a form that has not been filled in, filed at the indicator table's first 得分 cell (where
 * filling in starts). check.ts reports it instead of every other finding of the form and writes no fixes.
 */
export const formEmpty = defineRule({
  id: "form-empty",
  title: { zh: "本表尚未填写", en: "Form not filled in" },
  severity: ["error"],
  highlights: false,
  basis: "docs/rules.md#form-empty",
  check({ analysis }) {
    if (!isBlankForm(analysis)) return [];
    const pos = { row: analysis.form.tableRows.first, col: analysis.form.columns.score };
    return [{ severity: "error", message: "form-empty", params: {}, pos, row: pos.row }];
  },
});
