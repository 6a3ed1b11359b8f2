import { cellText } from "../grid/sheet-view";
import { foldText, isPlaceholderTarget, isVagueTarget } from "../values";
import { defineRule, rowName, type RuleHit } from "./rule";

/**
 * A target that repeats the indicator's name, is vague (有所提高), a "*" placeholder, missing (docs/rules.md#target-unmeasurable),
 * or an error value ("#REF!": named as such, not judged as wording).
 */
export const targetUnmeasurable = defineRule({
  id: "target-unmeasurable",
  title: { zh: "指标值不可衡量", en: "Target not measurable" },
  severity: ["error", "warning"],
  highlights: false,
  basis: "docs/rules.md#target-unmeasurable",
  checkGroup(g) {
    const hits: RuleHit<"target-unmeasurable">[] = [];
    for (const r of g.rows) {
      const target = cellText(r.indicator.target.value);
      const base = { pos: r.indicator.target.pos, row: r.indicator.row };
      if (r.targetError) {
        hits.push({
          ...base,
          severity: "error",
          message: "target-unmeasurable.error",
          params: { indicator: rowName(r), error: r.targetError },
        });
        continue;
      }
      if (r.target.kind === "empty") {
        if (r.indicator.level3)
          hits.push({ ...base, severity: "warning", message: "target-unmeasurable.empty", params: { indicator: rowName(r) } });
        continue;
      }
      if (r.target.kind !== "text") continue;
      if (isPlaceholderTarget(target)) {
        // A lone "*" sets no target at all: as good as blank, and named so the reader knows what was found.
        hits.push({ ...base, severity: "warning", message: "target-unmeasurable.placeholder", params: { indicator: rowName(r), target } });
      } else if (r.indicator.level3 && foldText(target) === foldText(r.indicator.level3)) {
        hits.push({ ...base, severity: "error", message: "target-unmeasurable.repeats", params: { target } });
      } else if (isVagueTarget(target, r.indicator.level3)) {
        // A vague phrase (values/vague.ts, the one list) or a target that merely contains the name.
        hits.push({ ...base, severity: "warning", message: "target-unmeasurable.vague", params: { target } });
      }
    }
    return hits;
  },
});
