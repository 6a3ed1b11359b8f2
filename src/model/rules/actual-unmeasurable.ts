import { showValue } from "../analyze/show-value";
import { defineRule, rowName, type RuleHit } from "./rule";

const MESSAGES = {
  "actual-text": { message: "actual-unmeasurable.text", severity: "error" },
  "actual-empty": { message: "actual-unmeasurable.empty", severity: "error" },
  "unit-mismatch": { message: "actual-unmeasurable.unit", severity: "warning" },
} as const;

/**
 * A numeric target answered with words ("全部完成"), a blank, or a value in another unit (docs/rules.md#actual-unmeasurable); an
 * actual that is an error value.
 */
export const actualUnmeasurable = defineRule({
  id: "actual-unmeasurable",
  title: { zh: "完成值不可衡量", en: "Actual not measurable" },
  severity: ["error", "warning"],
  highlights: false,
  basis: "docs/rules.md#actual-unmeasurable",
  checkGroup(g) {
    const hits: RuleHit<"actual-unmeasurable">[] = [];
    for (const r of g.rows) {
      if (r.actualError) {
        // A cached "#REF!" is a broken formula, not an unmeasurable word: named as such, whatever the target.
        hits.push({
          severity: "error",
          message: "actual-unmeasurable.error",
          params: { indicator: rowName(r), error: r.actualError },
          pos: r.indicator.actual.pos,
          row: r.indicator.row,
        });
        continue;
      }
      if (r.completion.kind !== "unmeasurable") continue;
      const reason = r.completion.reason;
      if (reason !== "actual-text" && reason !== "actual-empty" && reason !== "unit-mismatch") continue;
      const { message, severity } = MESSAGES[reason];
      hits.push({
        severity,
        message,
        params: { target: showValue(r.indicator.target, r.target), actual: showValue(r.indicator.actual, r.actual) },
        pos: r.indicator.actual.pos,
        row: r.indicator.row,
      });
    }
    return hits;
  },
});
