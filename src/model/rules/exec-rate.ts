import { cellError, isUncomputed } from "../analyze/analysis";
import { isBlankCell } from "../parse/read-cell";
import { isPercentFormat } from "../values";
import { defineRule, type RuleHit } from "./rule";

/** The rate a reader sees: a % cell shows only as many decimals as its format has (66.67% in "0%" reads 67%). */
function displayedRate(value: number, format: string | null): number {
  if (!isPercentFormat(format)) return value;
  const decimals = /\.(0+)/.exec(format ?? "")?.[1].length ?? 0;
  const f = 10 ** (decimals + 2);
  return Math.round(value * f) / f;
}

/**
 * 执行率 written differently from 全年执行数 ÷ 全年预算数, the fund figures blank or missing, or execution above
 * budget (docs/rules.md#exec-rate). Error values in these cells are named ("执行率为错误值 #REF!"), not read as blank.
 */
export const execRate = defineRule({
  id: "exec-rate",
  title: { zh: "执行率", en: "Execution rate" },
  severity: ["error", "warning"],
  highlights: false,
  basis: "docs/rules.md#exec-rate",
  check({ analysis, profile }) {
    const f = analysis.fund;
    if (!f) return [];
    const row = f.fund.total.row;
    if (f.rate === null) {
      const { budget, executed } = f.fund.total;
      // A formula left without a value reads as blank but is not 未填写: formula-uncomputed names it.
      if (isUncomputed(analysis, budget.pos) || isUncomputed(analysis, executed.pos)) return [];
      // A cached error ("#DIV/0!") is a broken formula, not a blank or a 0: named, in the cell that holds it.
      for (const [key, cell] of [
        ["budget", budget],
        ["executed", executed],
      ] as const) {
        const error = cellError(cell);
        if (error) {
          return [{ severity: "error", message: "exec-rate.fund-error", params: { field: key, error }, pos: cell.pos, row }];
        }
      }
      // Both figures blank: the form gives no basis for 执行率 or its score at all, an error in its own words.
      if (isBlankCell(budget) && isBlankCell(executed)) {
        return [{ severity: "error", message: "exec-rate.fund-blank", params: {}, pos: budget.pos, row }];
      }
      if (f.executed === null && f.budget === null) return [];
      if (f.budget !== null && f.budget > 0 && f.executed === null) {
        return [{ severity: "error", message: "exec-rate.no-executed", params: {}, pos: executed.pos, row }];
      }
      return [{ severity: "error", message: "exec-rate.no-budget", params: {}, pos: budget.pos, row }];
    }
    const hits: RuleHit<"exec-rate">[] = [];
    const params = { budget: f.budget ?? 0, executed: f.executed ?? 0, computed: f.rate };
    const rateCell = f.fund.rate;
    const rateError = cellError(rateCell);
    if (rateCell && rateError) {
      hits.push({ severity: "error", message: "exec-rate.error", params: { ...params, error: rateError }, pos: rateCell.pos, row });
    } else if (rateCell && f.rateWritten === null && !isUncomputed(analysis, rateCell.pos)) {
      hits.push({ severity: "warning", message: "exec-rate.blank", params: { computed: f.rate }, pos: rateCell.pos, row });
    } else if (rateCell && f.rateWritten !== null) {
      const shown = typeof rateCell.value === "number" ? displayedRate(f.rateWritten, rateCell.format) : f.rateWritten;
      if (Math.abs(shown - f.rate) >= profile.rateTolerance - 1e-12) {
        hits.push({ severity: "error", message: "exec-rate.mismatch", params: { ...params, written: shown }, pos: rateCell.pos, row });
      }
    }
    if (f.rate > 1 + 1e-9)
      hits.push({ severity: "warning", message: "exec-rate.over-budget", params, pos: f.fund.total.executed.pos, row });
    return hits;
  },
});
