import type { FormAnalysis } from "../analyze/analysis";
import { columnLetters, toA1 } from "../grid/address";
import type { ReadCell } from "../parse/form";
import type { CellValue } from "../grid/grid";
import { acceptsGrade } from "../locate/grade-cell";
import type { CellWrite, Figures } from "./report";
import type { RuleHit } from "../rules/rule";
import { gradeFormula, roundTo } from "../scoring";
import { cellText } from "../grid/sheet-view";
import { errorCode } from "../values";

// The fix writes native formulas (the workbook must work without the add-in) and caches their values.
// A formula is only written when the value a spreadsheet recalculates for it is the engine's total:
// Excel's SUM skips numbers typed as text, so such forms get a SUMPRODUCT form that reads them, and a
// cell neither formula can read (full-width digits, "9分", "66%", an error value) means no formula at
// all, with an info finding `fix-skipped` that says why. Which cells to read mirrors recomputedTotal:
// the 执行率得分 (its cell, else 分值 × 执行率) plus each score group's 得分 cell.

/** How a spreadsheet formula reads one cell: a number, nothing (0), or an error value (no formula). */
type Reading = { ok: true; value: number } | { ok: false; error: boolean };

// What --(0&TRIM(x)) reads in Excel, WPS and LibreOffice alike: TRIM drops ASCII spaces only, and "0"
// prefixed to a plain unsigned decimal is still that decimal ("09.5", "0.5"); a blank cell gives "0".
// Full-width digits, signs, units, % and other whitespace are left to give #VALUE!, so none is written.
const PLAIN_DECIMAL = /^(\d+(\.\d+)?|\.\d+)$/;

/** s without ASCII spaces at either end, as TRIM drops them; each end is walked once (/ +$/ rescanned runs: quadratic). */
function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charAt(start) === " ") start++;
  while (end > start && s.charAt(end - 1) === " ") end--;
  return s.slice(start, end);
}

/** SUM over a reference: numbers count, text, logicals and blanks are 0, an error value is an error. */
function sumReading(v: CellValue): Reading {
  if (errorCode(v) !== null) return { ok: false, error: true };
  return { ok: true, value: typeof v === "number" && Number.isFinite(v) ? v : 0 };
}

/** --(0&TRIM(x)): numbers (non-negative, as "0" & their text) and plain decimal text count, blank is 0. */
function textReading(v: CellValue): Reading {
  if (v === null) return { ok: true, value: 0 };
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? { ok: true, value: v } : { ok: false, error: false };
  if (typeof v !== "string") return { ok: false, error: false };
  if (errorCode(v) !== null) return { ok: false, error: true };
  const t = trimSpaces(v);
  if (t === "") return { ok: true, value: 0 };
  return PLAIN_DECIMAL.test(t) ? { ok: true, value: Number(t) } : { ok: false, error: false };
}

/** A typed number stored as text that the SUMPRODUCT form can read. */
function isDecimalText(v: CellValue): boolean {
  return typeof v === "string" && PLAIN_DECIMAL.test(trimSpaces(v));
}

const ref = (c: ReadCell) => toA1(c.pos.row, c.pos.col);
const cellParams = (c: ReadCell) => ({ cell: ref(c), value: cellText(c.value) });

/** A formula term with the value a spreadsheet recalculates for it, or the cell that keeps it from one. */
type Term = { ok: true; expr: string; value: number } | { ok: false; cell: ReadCell; error: boolean };

/** A single cell as a number: its reference when it holds a number, else the text-reading form. */
function cellTerm(c: ReadCell): Term {
  const reading = typeof c.value === "number" ? sumReading(c.value) : textReading(c.value);
  if (!reading.ok) return { ok: false, cell: c, error: reading.error };
  return { ok: true, expr: typeof c.value === "number" ? ref(c) : `--(0&TRIM(${ref(c)}))`, value: reading.value };
}

/** The 执行率得分 term: its cell when written, else 分值 × MIN(MAX(执行数/预算数,0),1); null when the engine adds 0. */
function execTerm(a: FormAnalysis): Term | null {
  const f = a.fund;
  if (!f) return null;
  if (f.scoreWritten !== null && f.fund.score) return cellTerm(f.fund.score);
  if (f.rate === null || f.score === null) return null;
  const weight: Term =
    f.weightWritten !== null && f.fund.weight ? cellTerm(f.fund.weight) : { ok: true, expr: String(f.weight), value: f.weight };
  const executed = cellTerm(f.fund.total.executed);
  const budget = cellTerm(f.fund.total.budget);
  if (!weight.ok) return weight;
  if (!executed.ok) return executed;
  if (!budget.ok) return budget;
  const ratio = budget.value > 0 ? executed.value / budget.value : Number.NaN;
  return {
    ok: true,
    expr: `${weight.expr}*MIN(MAX(${executed.expr}/${budget.expr},0),1)`,
    value: weight.value * Math.min(Math.max(ratio, 0), 1),
  };
}

export interface FixPlan {
  /** The cells to write. */
  writes: CellWrite[];
  /** Why the total (and so the grade) formula was not written, as `fix-skipped` hits; empty when it was. */
  skipped: RuleHit<"fix-skipped">[];
}

/** A skip reason filed at the 总分 cell. */
function skip(a: FormAnalysis, reason: SkipReason): FixPlan {
  const total = a.form.total;
  if (!total) return { writes: [], skipped: [] };
  return { writes: [], skipped: [{ ...reason, severity: "info", pos: total.score.pos, row: total.row }] };
}

/** Why no formula was written: a fix-skipped message with its data. */
type SkipReason =
  RuleHit<"fix-skipped"> extends infer H
    ? H extends { message: unknown; params: unknown }
      ? Pick<H, "message" | "params">
      : never
    : never;

/** The reason a cell keeps the formula from being written: an error value, or text no formula reads. */
function cellReason(c: ReadCell, error: boolean): SkipReason {
  return { message: error ? "fix-skipped.error" : "fix-skipped.text", params: cellParams(c) };
}

// Recalculated sums and the engine's differ by float noise only; a real difference is a score apart.
const SAME_TOTAL = 1e-9;

/**
 * The cells a fix writes, as native formulas with cached values: the total as SUM over the score column
 * (merged groups hold their score once, in their first cell), or SUMPRODUCT(--(0&TRIM(range))) when a
 * score is a number typed as text; the grade as nested IFs on the total rounded to 2 decimals. When no
 * formula would recalculate to the engine's total, nothing is written and `skipped` says why.
 */
export function planFixes(a: FormAnalysis, total: number | null, computed: Figures): FixPlan {
  const { form } = a;
  if (!form.total || total === null) return { writes: [], skipped: [] };
  // Without indicator rows the score range would be empty or reach the 总分 row itself (a circular SUM).
  if (a.groups.length === 0 || form.tableRows.last < form.tableRows.first) return skip(a, { message: "fix-skipped.no-rows", params: {} });

  const exec = execTerm(a);
  if (exec && !exec.ok) return skip(a, cellReason(exec.cell, exec.error));
  const scores = a.groups.map((g) => ({ cell: g.group.score, engine: g.score }));
  // SUM where every score is a number; the text-reading SUMPRODUCT as soon as one is typed as text.
  const anyText = scores.some((s) => isDecimalText(s.cell.value));
  const read = anyText ? textReading : sumReading;
  let recalculated = exec ? exec.value : 0;
  for (const s of scores) {
    const reading = read(s.cell.value);
    if (!reading.ok) return skip(a, cellReason(s.cell, reading.error));
    // Text the engine reads as a number but SUM cannot ("６.６" beside number scores).
    if (!anyText && typeof s.cell.value === "string" && s.engine !== null) return skip(a, cellReason(s.cell, false));
    recalculated += reading.value;
  }
  if (!(Math.abs(recalculated - total) <= SAME_TOTAL)) {
    return skip(a, { message: "fix-skipped.mismatch", params: { formula: recalculated, computed: total } });
  }

  const col = columnLetters(form.columns.score);
  const range = `${col}${form.tableRows.first + 1}:${col}${form.tableRows.last + 1}`;
  const execExpr = exec?.ok ? exec.expr : null;
  const formula = anyText
    ? [execExpr, `SUMPRODUCT(--(0&TRIM(${range})))`].filter(Boolean).join("+")
    : `SUM(${[execExpr, range].filter(Boolean).join(",")})`;
  const totalPos = form.total.score.pos;
  const totalRef = toA1(totalPos.row, totalPos.col);
  const writes: CellWrite[] = [
    // The cached value is the sum without float noise (90, not 89.99999999999999); the grade below is
    // decided on the same sum rounded to 2 decimals, as the IF formula decides it on recalculation.
    { sheet: form.sheet, cell: totalRef, row: totalPos.row + 1, col: totalPos.col, formula, value: roundTo(total, 10), purpose: "total" },
  ];
  const g = form.grade?.cell;
  if (g && computed.grade && acceptsGrade(cellText(g.value))) {
    writes.push({
      sheet: form.sheet,
      cell: toA1(g.pos.row, g.pos.col),
      row: g.pos.row + 1,
      col: g.pos.col,
      formula: gradeFormula(totalRef),
      value: computed.grade,
      purpose: "grade",
    });
  }
  return { writes, skipped: [] };
}
