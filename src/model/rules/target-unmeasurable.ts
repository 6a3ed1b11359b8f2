import { cellText } from "../sheet-view";
import { foldText, isVagueTarget } from "../values";
import { rowName, type GroupRule, type Hit } from "./rule";
import { isPlaceholderTarget, vaguePhraseOf } from "./vague-targets";

/** A target that repeats the indicator's name, is vague (有所提高), a "*" placeholder, or missing (domain R07, R24). */
export const targetUnmeasurable: GroupRule = {
  id: "target-unmeasurable",
  checkGroup(g) {
    const hits: Hit[] = [];
    for (const r of g.rows) {
      const target = cellText(r.indicator.target.value);
      const base = { pos: r.indicator.target.pos, row: r.indicator.row };
      if (r.target.kind === "empty") {
        if (r.indicator.level3) hits.push({ ...base, severity: "warning", message: "target-unmeasurable.empty", params: { indicator: rowName(r) } });
        continue;
      }
      if (r.target.kind !== "text") continue;
      if (isPlaceholderTarget(target)) {
        // A lone "*" sets no target at all: as good as blank, and named so the reader knows what was found.
        hits.push({ ...base, severity: "warning", message: "target-unmeasurable.placeholder", params: { indicator: rowName(r), target } });
      } else if (r.indicator.level3 && foldText(target) === foldText(r.indicator.level3)) {
        hits.push({ ...base, severity: "error", message: "target-unmeasurable.repeats", params: { target } });
      } else if (vaguePhraseOf(target) !== null || isVagueTarget(target, r.indicator.level3)) {
        // isVagueTarget still judges a target that merely contains the name; the phrases live in vague-targets.ts.
        hits.push({ ...base, severity: "warning", message: "target-unmeasurable.vague", params: { target } });
      }
    }
    return hits;
  },
};
