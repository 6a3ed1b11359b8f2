import { cellNumber } from "../analyze/analysis";
import { defineRule, type RuleHit } from "./rule";

const COLUMNS = ["initial", "budget", "executed"] as const;

/** 年度资金总额 differs from the sum of its filled 其中 rows; all 其中 rows blank is a hint (docs/rules.md#fund-breakdown). */
export const fundBreakdown = defineRule({
  id: "fund-breakdown",
  title: { zh: "资金来源", en: "Fund sources" },
  severity: ["error", "info"],
  highlights: false,
  basis: "docs/rules.md#fund-breakdown",
  check({ analysis }) {
    const f = analysis.fund;
    if (!f || f.fund.sub.length === 0) return [];
    const row = f.fund.total.row;
    const hits: RuleHit<"fund-breakdown">[] = [];
    let anyFilled = false;
    for (const col of COLUMNS) {
      const totalCell = f.fund.total[col];
      if (!totalCell) continue;
      const parts = f.fund.sub.map((s) => cellNumber(s[col])).filter((n): n is number => n !== null);
      if (parts.length === 0) continue;
      anyFilled = true;
      const total = cellNumber(totalCell) ?? 0;
      const sum = parts.reduce((a, b) => a + b, 0);
      if (Math.abs(total - sum) > 0.01 + 1e-9) {
        hits.push({
          severity: "error",
          message: "fund-breakdown.mismatch",
          params: { column: col, total, sum },
          pos: totalCell.pos,
          row,
        });
      }
    }
    if (!anyFilled) hits.push({ severity: "info", message: "fund-breakdown.blank", params: {}, pos: f.fund.total.budget.pos, row });
    return hits;
  },
});
