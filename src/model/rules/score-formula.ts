import { groupScore } from "../scoring";
import { defineRule } from "./rule";

/**
 * A written score far from what the quantitative rows earn by the national formulas (docs/rules.md#score-formula, docs/rules.md#merged-groups):
 * a merged group earns 分值 × the mean of its rows' completion ratios. A warning, not an error, since
 * reviewers accept a reasoned human adjustment; met-but-deducted and missed-with-full-marks are
 * actual-vs-score's to report.
 */
export const scoreFormula = defineRule({
  id: "score-formula",
  title: { zh: "得分与公式不符", en: "Score off the formula" },
  severity: ["warning"],
  highlights: false,
  basis: "docs/rules.md#score-formula",
  checkGroup(g, profile) {
    if (g.weight === null || g.score === null || g.rows.length === 0) return [];
    const ratios: number[] = [];
    for (const r of g.rows) {
      if (r.completion.kind !== "quantitative") return [];
      ratios.push(r.completion.ratio);
    }
    if (ratios.every((x) => x >= 1 - 1e-9) || g.score >= g.weight - 1e-9) return [];
    const expected = groupScore(ratios, g.weight);
    if (expected === null || Math.abs(expected - g.score) <= profile.scoreTolerance + 1e-9) return [];
    return [
      {
        severity: "warning",
        message: "score-formula",
        params: { expected, score: g.score, ratios },
        pos: g.group.score.pos,
        row: g.group.firstRow,
      },
    ];
  },
});
