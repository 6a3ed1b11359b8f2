import { formatNumber, formatPercent } from "../format-number";
import { roundTo } from "../scoring";
import type { FormRule } from "./rule";

/** 执行率得分 written differently from 分值 × min(执行率, 1) beyond the tolerance; a truncated value within it is a hint. */
export const execScore: FormRule = {
  id: "exec-score",
  check({ analysis, profile }) {
    const f = analysis.fund;
    if (!f || f.score === null || f.scoreWritten === null || !f.fund.score || f.rate === null) return [];
    // Both messages spell out 分值 × min(执行率, 1): a rate above 100% visibly earns no more than the 分值.
    const params = {
      written: formatNumber(f.scoreWritten),
      computed: formatNumber(f.score),
      weight: formatNumber(f.weight),
      rate: formatPercent(f.rate),
    };
    const at = { pos: f.fund.score.pos, row: f.fund.total.row, params };
    const gap = Math.abs(f.scoreWritten - f.score);
    if (gap > profile.scoreTolerance + 1e-9) return [{ ...at, severity: "error", message: "exec-score.mismatch" }];
    const rounded = roundTo(f.score, profile.digits);
    const truncatedTo1 = roundTo(f.score, 1, "truncate");
    if (Math.abs(f.scoreWritten - rounded) > 1e-9 && Math.abs(f.scoreWritten - truncatedTo1) < 1e-9) {
      return [{ ...at, severity: "info", message: "exec-score.truncated" }];
    }
    return [];
  },
};
