import { cellError } from "../analysis";
import { formatNumber } from "../format-number";
import { isBlankCell } from "../parse/read-cell";
import { cellText } from "../sheet-view";
import type { GroupRule, Hit } from "./rule";

/** 得分 missing, not a number, an error value, negative, or above 分值 (docs/rules.md#score-range). */
export const scoreRange: GroupRule = {
  id: "score-range",
  checkGroup(g) {
    const { group } = g;
    // A formula without a value is neither missing nor wrong; formula-uncomputed reports it.
    if (g.uncomputed) return [];
    const at = { pos: group.score.pos, row: group.firstRow, severity: "error" as const };
    const one = (message: Hit["message"], params: Hit["params"], pos = at.pos): Hit[] => [{ ...at, pos, message, params }];
    // Error values are named as such: "#REF!" is a broken formula, not a word someone typed.
    const scoreError = cellError(group.score);
    if (scoreError) return one("score-range.error", { error: scoreError });
    const weightError = cellError(group.weight);
    if (weightError) return one("score-range.weight-error", { error: weightError }, group.weight.pos);
    const scoreBlank = isBlankCell(group.score);
    if (isBlankCell(group.weight) && scoreBlank) return [];
    if (scoreBlank) return one("score-range.missing", { weight: cellText(group.weight.value) });
    if (g.score === null) return one("score-range.not-number", { score: cellText(group.score.value) });
    if (g.weight === null) return one("score-range.no-weight", { score: formatNumber(g.score) });
    if (g.score < 0) return one("score-range.negative", { score: formatNumber(g.score) });
    if (g.score > g.weight + 1e-9) return one("score-range.above", { score: formatNumber(g.score), weight: formatNumber(g.weight) });
    return [];
  },
};
