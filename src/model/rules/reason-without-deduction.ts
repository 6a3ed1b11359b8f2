import { formatNumber } from "../format-number";
import { groupRows, type GroupRule } from "./rule";

/** Full marks while the explanation describes a shortfall (未完成, 滞后 …). */
export const reasonWithoutDeduction: GroupRule = {
  id: "reason-without-deduction",
  checkGroup(g) {
    if (g.weight === null || g.score === null || Math.abs(g.score - g.weight) > 1e-9) return [];
    if (g.reasonKind !== "shortfall") return [];
    return [
      {
        severity: "warning",
        message: "reason-without-deduction",
        params: { score: formatNumber(g.score), reason: g.group.reason },
        pos: g.group.reasonCell ?? g.group.score.pos,
        row: g.group.firstRow,
        highlight: groupRows(g),
      },
    ];
  },
};
