import type { FormAnalysis } from "./analysis";
import { cellNumber, totalBlocker } from "./analysis";
import type { Figures } from "../report/report";
import { gradeOf, roundTo } from "../scoring";
import { cellText } from "../grid/sheet-view";
import { gradeWordOf } from "../locate/grade-cell";

/** The 执行率得分 that counts toward the total: the written one, else the computed one. */
function execScoreForTotal(a: FormAnalysis): number {
  return a.fund?.scoreWritten ?? a.fund?.score ?? 0;
}

/**
 * The total a fix writes: 执行率得分 plus every group's written 得分 (a merged group once), unrounded.
 * Scores count as cellNumber reads them, numbers typed as text included (unlike Excel's SUM); words and
 * percentages count 0. null when a score is an error value or a formula without a value (totalBlocker:
 * there is no number to give), or when the sum is not a finite number.
 */
export function recomputedTotal(a: FormAnalysis): number | null {
  if (totalBlocker(a)) return null;
  const sum = a.groups.reduce((s, g) => s + (g.score ?? 0), execScoreForTotal(a));
  return Number.isFinite(sum) ? sum : null;
}

/** The figures as the form states them. */
export function enteredFigures(a: FormAnalysis): Figures {
  const gradeCell = a.form.grade?.written ? a.form.grade.cell : null;
  return {
    execRate: a.fund?.rateWritten ?? null,
    execScore: a.fund?.scoreWritten ?? null,
    total: a.form.total ? cellNumber(a.form.total.score) : null,
    grade: gradeCell ? gradeWordOf(cellText(gradeCell.value)) : null,
  };
}

/** The figures recomputed: rate to 4 decimals (2 in %), scores half-up to 2 decimals, the grade of the total. */
export function computedFigures(a: FormAnalysis, total: number | null): Figures {
  return {
    execRate: a.fund?.rate === null || a.fund?.rate === undefined ? null : roundTo(a.fund.rate, 4),
    execScore: a.fund?.score === null || a.fund?.score === undefined ? null : roundTo(a.fund.score, 2),
    total: total === null ? null : roundTo(total, 2),
    grade: total === null ? null : gradeOf(total),
  };
}
