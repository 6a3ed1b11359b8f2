import { cellError, cellNumber, isUncomputed, totalBlocker } from "../analyze/analysis";
import { toA1 } from "../grid/address";
import { isBlankCell } from "../parse/read-cell";
import { cellText } from "../grid/sheet-view";
import { defineRule } from "./rule";

/**
 * The written 总分 is missing or differs from 执行率得分 + Σ 得分 by more than the tolerance. An error value
 * among the scores leaves no total to compare: that is reported instead of a mismatch (docs/rules.md#total).
 */
export const total = defineRule({
  id: "total",
  title: { zh: "总分", en: "Total" },
  severity: ["error"],
  highlights: false,
  basis: "docs/rules.md#total",
  check({ analysis, profile, total: computed }) {
    const { form } = analysis;
    const at = (pos: { row: number; col: number }, row: number) => ({ pos, row, severity: "error" as const });
    if (computed === null) {
      const blocker = totalBlocker(analysis);
      // A score that is a formula without a value is formula-uncomputed's to report.
      if (!blocker?.error) return [];
      const where = form.total ? at(form.total.score.pos, form.total.row) : at(blocker.pos, blocker.pos.row);
      return [{ ...where, message: "total.score-error", params: { cell: toA1(blocker.pos.row, blocker.pos.col), error: blocker.error } }];
    }
    const params = { computed };
    if (!form.total) {
      const pos = { row: form.tableRows.last, col: form.columns.score };
      return [{ severity: "error", message: "total.no-row", params, pos, row: pos.row }];
    }
    const cell = form.total.score;
    const here = at(cell.pos, form.total.row);
    if (isUncomputed(analysis, cell.pos)) return [];
    const error = cellError(cell);
    if (error) return [{ ...here, message: "total.error", params: { ...params, error } }];
    if (isBlankCell(cell)) return [{ ...here, message: "total.missing", params }];
    const written = cellNumber(cell);
    if (written !== null && Math.abs(written - computed) <= profile.scoreTolerance + 1e-9) return [];
    return [{ ...here, message: "total.mismatch", params: { ...params, written: written === null ? cellText(cell.value) : written } }];
  },
});
