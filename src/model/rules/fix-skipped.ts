import { computedFigures } from "../analyze/figures";
import { planFixes } from "../report/fixes";
import { defineRule } from "./rule";

/**
 * The fix (perf-check --fix, the pane's 填写总分) cannot write a total formula that recalculates to the engine's
 * total (no indicator rows, full-width digits, an error value): an info finding that says why
 * (docs/rules.md#fix-skipped). The planner (report/fixes.ts) decides; this rule reports its reasons.
 */
export const fixSkipped = defineRule({
  id: "fix-skipped",
  title: { zh: "未写入公式", en: "Formula not written" },
  severity: ["info"],
  highlights: false,
  basis: "docs/rules.md#fix-skipped",
  check({ analysis, total }) {
    return planFixes(analysis, total, computedFigures(analysis, total)).skipped;
  },
});
