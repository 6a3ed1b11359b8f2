import { isOverAchieved } from "../scoring";
import { showValue } from "../analyze/show-value";
import { costDirectionInDoubt } from "./cost-direction";
import { defineRule, rowName, type RuleHit } from "./rule";

/** Actual ≥ 120% of target with full marks and no explanation: was the target set too low? (docs/rules.md#over-achievement) */
export const overAchievement = defineRule({
  id: "over-achievement",
  title: { zh: "超额完成", en: "Over-achievement" },
  severity: ["warning"],
  highlights: false,
  basis: "docs/rules.md#over-achievement",
  checkGroup(g, profile) {
    if (g.weight === null || g.score === null || g.score < g.weight - 1e-9) return [];
    if (g.reasonKind !== "empty" && g.reasonKind !== "none") return [];
    const hits: RuleHit<"over-achievement">[] = [];
    for (const r of g.rows) {
      if (r.completion.kind !== "quantitative" || !isOverAchieved(r.completion, profile)) continue;
      // Spending 140% of a 成本 "≥" floor says nothing about a target set too low: the sign is in doubt.
      if (costDirectionInDoubt(r)) continue;
      hits.push({
        severity: "warning",
        message: "over-achievement",
        params: {
          indicator: rowName(r),
          actual: showValue(r.indicator.actual, r.actual),
          target: showValue(r.indicator.target, r.target),
          ratio: r.completion.exceedRatio ?? 0,
        },
        pos: r.indicator.actual.pos,
        row: r.indicator.row,
      });
    }
    return hits;
  },
});
