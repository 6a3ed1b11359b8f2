import { roundTo } from "../scoring";
import { defineRule } from "./rule";

/**
 * 执行率得分 written differently from 分值 × min(执行率, 1) beyond the tolerance; a truncated value within it is a hint
 * (docs/rules.md#exec-score).
 */
export const execScore = defineRule({
  id: "exec-score",
  title: { zh: "执行率得分", en: "Execution score" },
  severity: ["error", "info"],
  highlights: false,
  basis: "docs/rules.md#exec-score",
  check({ analysis, profile }) {
    const f = analysis.fund;
    if (!f || f.score === null || f.scoreWritten === null || !f.fund.score || f.rate === null) return [];
    // Both messages spell out 分值 × min(执行率, 1): a rate above 100% visibly earns no more than the 分值.
    const params = { written: f.scoreWritten, computed: f.score, weight: f.weight, rate: f.rate };
    const at = { pos: f.fund.score.pos, row: f.fund.total.row, params };
    const gap = Math.abs(f.scoreWritten - f.score);
    if (gap > profile.scoreTolerance + 1e-9) return [{ ...at, severity: "error", message: "exec-score.mismatch" as const }];
    const rounded = roundTo(f.score, profile.digits);
    const truncatedTo1 = roundTo(f.score, 1, "truncate");
    if (Math.abs(f.scoreWritten - rounded) > 1e-9 && Math.abs(f.scoreWritten - truncatedTo1) < 1e-9) {
      return [{ ...at, severity: "info", message: "exec-score.truncated" as const }];
    }
    return [];
  },
});
