import type { RowAnalysis } from "../analyze/analysis";
import { isCostDirectionDoubtful } from "../scoring";
import { showValue } from "../analyze/show-value";
import { defineRule, rowName, type RuleHit } from "./rule";

/**
 * A 成本 row whose target reads ≥/> (e.g. "≥50万元"): the direction itself is in doubt, so the row is neither
 * missed nor met until someone confirms it. actual-vs-score and over-achievement leave such rows to this rule.
 */
export function costDirectionInDoubt(r: RowAnalysis): boolean {
  const { level2, level3, nature } = r.indicator;
  return isCostDirectionDoubtful(r.target, { level2, level3, nature });
}

/** The target as the form states it; variant D keeps the sign and unit in their own columns ("≥" "50" "万元"). */
function shownTarget(r: RowAnalysis): string {
  const nature = r.indicator.nature?.trim();
  if (nature && r.target.kind === "number" && r.target.comparator === null) return `${nature}${r.target.raw}`;
  return showValue(r.indicator.target, r.target);
}

/** ≥ or > on a 成本指标: a warning about the direction, not an under-spending error (docs/rules.md#cost-direction). */
export const costDirection = defineRule({
  id: "cost-direction",
  title: { zh: "成本指标方向", en: "Cost direction" },
  severity: ["warning"],
  highlights: false,
  basis: "docs/rules.md#cost-direction",
  checkGroup(g) {
    const hits: RuleHit<"cost-direction">[] = [];
    for (const r of g.rows) {
      if (!costDirectionInDoubt(r)) continue;
      hits.push({
        severity: "warning",
        message: "cost-direction",
        params: { indicator: rowName(r), target: shownTarget(r) },
        pos: r.indicator.target.pos,
        row: r.indicator.row,
      });
    }
    return hits;
  },
});
