import { defineRule, groupRows } from "./rule";

/** Full marks while the explanation describes a shortfall (未完成, 滞后 …) (docs/rules.md#reason-without-deduction). */
export const reasonWithoutDeduction = defineRule({
  id: "reason-without-deduction",
  title: { zh: "满分却写未完成", en: "Full score, shortfall stated" },
  severity: ["warning"],
  highlights: true,
  basis: "docs/rules.md#reason-without-deduction",
  checkGroup(g) {
    if (g.weight === null || g.score === null || Math.abs(g.score - g.weight) > 1e-9) return [];
    if (g.reasonKind !== "shortfall") return [];
    return [
      {
        severity: "warning",
        message: "reason-without-deduction",
        params: { score: g.score, reason: g.group.reason },
        pos: g.group.reasonCell ?? g.group.score.pos,
        row: g.group.firstRow,
        highlight: groupRows(g),
      },
    ];
  },
});
