import { cellText } from "../sheet-view";
import { foldText, isVagueTarget } from "../values";
import { rowName, type GroupRule, type Hit } from "./rule";

/** A target that repeats the indicator's name, is vague (有所提高), or is missing (domain R07). */
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
      if (r.indicator.level3 && foldText(target) === foldText(r.indicator.level3)) {
        hits.push({ ...base, severity: "error", message: "target-unmeasurable.repeats", params: { target } });
      } else if (isVagueTarget(target, r.indicator.level3)) {
        hits.push({ ...base, severity: "warning", message: "target-unmeasurable.vague", params: { target } });
      }
    }
    return hits;
  },
};
