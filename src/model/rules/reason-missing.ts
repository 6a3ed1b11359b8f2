import { formatNumber } from "../format-number";
import { groupRows, type GroupRule } from "./rule";

/** 得分 < 分值 while the explanation is empty or says there is no deviation (docs/rules.md#reason-missing). */
export const reasonMissing: GroupRule = {
  id: "reason-missing",
  checkGroup(g) {
    if (g.weight === null || g.score === null || g.score >= g.weight - 1e-9) return [];
    if (g.reasonKind !== "empty" && g.reasonKind !== "none") return [];
    const params = { score: formatNumber(g.score), weight: formatNumber(g.weight), lost: formatNumber(g.weight - g.score), reason: g.group.reason };
    return [
      {
        severity: "error",
        message: g.reasonKind === "empty" ? "reason-missing.empty" : "reason-missing.none",
        params,
        pos: g.group.reasonCell ?? g.group.score.pos,
        row: g.group.firstRow,
        highlight: groupRows(g),
      },
    ];
  },
};
