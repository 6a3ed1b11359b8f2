import { isNumberAsText } from "../analyze/analysis";
import { toA1 } from "../grid/address";
import type { ReadCell } from "../parse/form";
import { defineRule } from "./rule";

/**
 * Scores stored as text (templates that format every cell "@"): the engine counts them, but the unit's own
 * =SUM() silently leaves them out, which is why their total is off. One hint, at the first such 得分 cell
 * (执行率得分, a group's 得分 or 总分) in reading order (docs/rules.md#score-as-text).
 */
export const scoreAsText = defineRule({
  id: "score-as-text",
  title: { zh: "得分为文本", en: "Scores stored as text" },
  severity: ["info"],
  highlights: false,
  basis: "docs/rules.md#score-as-text",
  check({ analysis }) {
    const cells: (ReadCell | null | undefined)[] = [
      analysis.fund?.fund.score,
      ...analysis.groups.map((g) => g.group.score),
      analysis.form.total?.score,
    ];
    const first = cells
      .filter((c): c is ReadCell => !!c && isNumberAsText(c))
      .sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col)[0];
    if (!first) return [];
    return [
      {
        severity: "info",
        message: "score-as-text",
        params: { cell: toA1(first.pos.row, first.pos.col) },
        pos: first.pos,
        row: first.pos.row,
      },
    ];
  },
});
