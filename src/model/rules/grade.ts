import { gradeWordOf } from "../locate/grade-cell";
import { gradedTotal, gradeOf } from "../scoring";
import { cellText } from "../grid/sheet-view";
import { defineRule } from "./rule";

/**
 * A written grade that does not match the band of the recomputed total (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差),
 * judged on the total rounded to 2 decimals, the figure the message shows (docs/rules.md#grade).
 */
export const grade = defineRule({
  id: "grade",
  title: { zh: "等级", en: "Grade" },
  severity: ["error"],
  highlights: false,
  basis: "docs/rules.md#grade",
  check({ analysis, total }) {
    const cell = analysis.form.grade?.cell;
    if (!cell || !analysis.form.grade?.written || total === null) return [];
    const written = gradeWordOf(cellText(cell.value));
    const computed = gradeOf(total);
    if (written === null || computed === null || written === computed) return [];
    const row = analysis.form.total?.row ?? cell.pos.row;
    return [
      {
        severity: "error",
        message: "grade",
        params: { written: cellText(cell.value), computed, total: gradedTotal(total) },
        pos: cell.pos,
        row,
      },
    ];
  },
});
