import { defineRule } from "./rule";

/** An empty 二级 row (no indicator, no weight) that still carries an explanation such as 无偏差 (docs/rules.md#empty-row-text). */
export const emptyRowText = defineRule({
  id: "empty-row-text",
  title: { zh: "空行有说明", en: "Text on an empty row" },
  severity: ["info"],
  highlights: false,
  basis: "docs/rules.md#empty-row-text",
  checkGroup(g) {
    if (g.rows.length > 0 || g.weight !== null || g.score !== null || g.reasonKind === "empty") return [];
    return [
      {
        severity: "info",
        message: "empty-row-text",
        params: { indicator: g.group.level2 || g.group.level1, reason: g.group.reason },
        pos: g.group.reasonCell ?? g.group.score.pos,
        row: g.group.firstRow,
      },
    ];
  },
});
