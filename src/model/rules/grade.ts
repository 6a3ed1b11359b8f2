import { formatNumber } from "../format-number";
import { GRADE_SYNONYMS } from "../locate/aliases";
import { gradedTotal, gradeOf } from "../scoring";
import { cellText } from "../sheet-view";
import type { FormRule } from "./rule";

/** The grade written on a form when it is one; synonyms (优秀, 良好) map to the four bands. */
export function writtenGrade(text: string): string | null {
  const t = text.replace(/\s/g, "");
  const g = GRADE_SYNONYMS[t] ?? t;
  return ["优", "良", "中", "差"].includes(g) ? g : null;
}

/**
 * A written grade that does not match the band of the recomputed total (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差),
 * judged on the total rounded to 2 decimals, the figure the message shows.
 */
export const grade: FormRule = {
  id: "grade",
  check({ analysis, total }) {
    const cell = analysis.form.grade?.cell;
    if (!cell || !analysis.form.grade?.written || total === null) return [];
    const written = writtenGrade(cellText(cell.value));
    const computed = gradeOf(total);
    if (written === null || computed === null || written === computed) return [];
    const row = analysis.form.total?.row ?? cell.pos.row;
    return [
      {
        severity: "error",
        message: "grade",
        params: { written: cellText(cell.value), computed, total: formatNumber(gradedTotal(total)) },
        pos: cell.pos,
        row,
      },
    ];
  },
};
