import { cellError } from "../analyze/analysis";
import { isBlankCell } from "../parse/read-cell";
import { cellText } from "../grid/sheet-view";
import { defineRule, type RuleHit } from "./rule";

type PickMessage<H> = H extends { message: unknown; params: unknown } ? Pick<H, "message" | "params"> : never;
type MessageAndParams = PickMessage<RuleHit<"score-range">>;

/** 得分 missing, not a number, an error value, negative, or above 分值 (docs/rules.md#score-range). */
export const scoreRange = defineRule({
  id: "score-range",
  title: { zh: "得分越界", en: "Score out of range" },
  severity: ["error"],
  highlights: false,
  basis: "docs/rules.md#score-range",
  checkGroup(g) {
    const { group } = g;
    // A formula without a value is neither missing nor wrong; formula-uncomputed reports it.
    if (g.uncomputed) return [];
    const at = { pos: group.score.pos, row: group.firstRow, severity: "error" as const };
    // The message and its data arrive as one checked pair (a Hit without its place), so no cast is needed.
    const one = (hit: MessageAndParams, pos = at.pos): RuleHit<"score-range">[] => [{ ...hit, ...at, pos }];
    // Error values are named as such: "#REF!" is a broken formula, not a word someone typed.
    const scoreError = cellError(group.score);
    if (scoreError) return one({ message: "score-range.error", params: { error: scoreError } });
    const weightError = cellError(group.weight);
    if (weightError) return one({ message: "score-range.weight-error", params: { error: weightError } }, group.weight.pos);
    const scoreBlank = isBlankCell(group.score);
    if (isBlankCell(group.weight) && scoreBlank) return [];
    if (scoreBlank) return one({ message: "score-range.missing", params: { weight: cellText(group.weight.value) } });
    if (g.score === null) return one({ message: "score-range.not-number", params: { score: cellText(group.score.value) } });
    if (g.weight === null) return one({ message: "score-range.no-weight", params: { score: g.score } });
    if (g.score < 0) return one({ message: "score-range.negative", params: { score: g.score } });
    if (g.score > g.weight + 1e-9) return one({ message: "score-range.above", params: { score: g.score, weight: g.weight } });
    return [];
  },
});
