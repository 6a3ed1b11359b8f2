import type { FormAnalysis } from "./analysis";
import { columnLetters, toA1 } from "./address";
import type { CellWrite, Figures } from "./report";

/** The 执行率得分 term of the total formula: its cell when written, else 分值 × MIN(执行数/预算数, 1). */
function execTerm(a: FormAnalysis): string | null {
  const f = a.fund;
  if (!f) return null;
  if (f.scoreWritten !== null && f.fund.score) return toA1(f.fund.score.pos.row, f.fund.score.pos.col);
  if (f.rate === null) return null;
  const budget = toA1(f.fund.total.budget.pos.row, f.fund.total.budget.pos.col);
  const executed = toA1(f.fund.total.executed.pos.row, f.fund.total.executed.pos.col);
  const weight = f.weightWritten !== null && f.fund.weight ? toA1(f.fund.weight.pos.row, f.fund.weight.pos.col) : String(f.weight);
  return `${weight}*MIN(${executed}/${budget},1)`;
}

/**
 * The cells a fix writes, as native formulas so the workbook works without the add-in: the total as
 * SUM over the score column (merged groups hold their score once, in their first cell) and the grade
 * as nested IFs on the total.
 */
export function fixesFor(a: FormAnalysis, total: number | null, computed: Figures): CellWrite[] {
  const { form } = a;
  if (!form.total || total === null) return [];
  const col = columnLetters(form.columns.score);
  const terms = [execTerm(a), `${col}${form.tableRows.first + 1}:${col}${form.tableRows.last + 1}`].filter(Boolean);
  const totalPos = form.total.score.pos;
  const totalRef = toA1(totalPos.row, totalPos.col);
  const writes: CellWrite[] = [
    { sheet: form.sheet, cell: totalRef, row: totalPos.row, col: totalPos.col, formula: `SUM(${terms.join(",")})`, value: total, purpose: "total" },
  ];
  if (form.grade && computed.grade) {
    const g = form.grade.cell.pos;
    writes.push({
      sheet: form.sheet,
      cell: toA1(g.row, g.col),
      row: g.row,
      col: g.col,
      formula: `IF(${totalRef}>=90,"优",IF(${totalRef}>=80,"良",IF(${totalRef}>=60,"中","差")))`,
      value: computed.grade,
      purpose: "grade",
    });
  }
  return writes;
}
