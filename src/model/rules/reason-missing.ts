import { defineRule, groupRows } from "./rule";

/** 得分 < 分值 while the explanation is empty or says there is no deviation (docs/rules.md#reason-missing). */
export const reasonMissing = defineRule({
  id: "reason-missing",
  title: { zh: "扣分未说明原因", en: "Deduction without reason" },
  severity: ["error"],
  highlights: true,
  basis: "docs/rules.md#reason-missing",
  checkGroup(g) {
    if (g.weight === null || g.score === null || g.score >= g.weight - 1e-9) return [];
    if (g.reasonKind !== "empty" && g.reasonKind !== "none") return [];
    const at = { severity: "error" as const, pos: g.group.reasonCell ?? g.group.score.pos, row: g.group.firstRow, highlight: groupRows(g) };
    if (g.reasonKind === "empty") return [{ ...at, message: "reason-missing.empty", params: { score: g.score, weight: g.weight } }];
    return [
      {
        ...at,
        message: "reason-missing.none",
        params: { score: g.score, weight: g.weight, lost: g.weight - g.score, reason: g.group.reason },
      },
    ];
  },
});
