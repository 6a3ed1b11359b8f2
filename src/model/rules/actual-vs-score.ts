import type { GroupAnalysis, RowAnalysis } from "../analyze/analysis";
import type { Profile } from "../scoring/profile";
import { qualitativeRange } from "../scoring";
import { showValue } from "../analyze/show-value";
import { alignToTarget } from "../values";
import { costDirectionInDoubt } from "./cost-direction";
import { defineRule, groupRows, rowName, type RuleHit } from "./rule";

type AvsHit = RuleHit<"actual-vs-score">;

const met = (r: RowAnalysis) =>
  (r.completion.kind === "quantitative" && r.completion.achieved && !costDirectionInDoubt(r)) ||
  (r.completion.kind === "qualitative" && r.completion.tier === 1);

/**
 * A missed row went over its target rather than under it: every missed ≤ cap, and an = target the actual
 * passed (a zero budget line that was spent). The message then says 超过 (exceeds), not 未达到 (misses).
 */
function wentOver(r: RowAnalysis): boolean {
  if (r.completion.kind !== "quantitative") return false;
  if (r.completion.direction === "reverse") return true;
  if (r.completion.direction !== "equal" || r.target.kind !== "number") return false;
  const actual = alignToTarget(r.target, r.actual);
  return actual.kind === "number" && actual.value > r.target.value;
}

/** Where every finding of the rule goes: the group's 得分 cell, its rows highlighted. */
function at(g: GroupAnalysis, severity: "error" | "warning") {
  return { severity, pos: g.group.score.pos, row: g.group.firstRow, highlight: groupRows(g) };
}

function missedWithFullScore(g: GroupAnalysis, w: number, s: number): AvsHit | null {
  // A 成本 row signed ≥ is cost-direction's to report: which side of the target is "missed" is in doubt.
  const missed = g.rows.find((r) => r.completion.kind === "quantitative" && !r.completion.achieved && !costDirectionInDoubt(r));
  if (!missed || s < w - 1e-9) return null;
  return {
    ...at(g, "error"),
    message: wentOver(missed) ? "actual-vs-score.over-full" : "actual-vs-score.missed-full",
    params: {
      indicator: rowName(missed),
      actual: showValue(missed.indicator.actual, missed.actual),
      target: showValue(missed.indicator.target, missed.target),
      score: s,
    },
  };
}

function metButDeducted(g: GroupAnalysis, w: number, s: number, profile: Profile): AvsHit | null {
  if (g.rows.length === 0 || !g.rows.every(met)) return null;
  const qualitative = g.rows.find((r) => r.completion.kind === "qualitative");
  if (qualitative) {
    // The three-tier rule lets an achieved qualitative indicator score anywhere in [80%, 100%] of 分值.
    const [low, high] = qualitativeRange(1, w, profile);
    if (s >= low - 1e-9) return null;
    return {
      ...at(g, "warning"),
      message: "actual-vs-score.tier",
      params: { actual: showValue(qualitative.indicator.actual, qualitative.actual), tier: 1, low, high, score: s },
    };
  }
  if (s >= w - 1e-9) return null;
  return { ...at(g, "warning"), message: "actual-vs-score.met-deducted", params: { lost: w - s, score: s, weight: w } };
}

function failedButHighTier(g: GroupAnalysis, w: number, s: number, profile: Profile): AvsHit | null {
  const failed = g.rows.find((r) => r.completion.kind === "qualitative" && r.completion.tier === 3);
  if (!failed) return null;
  const [low, high] = qualitativeRange(3, w, profile);
  if (s < high - 1e-9) return null;
  return {
    ...at(g, "warning"),
    message: "actual-vs-score.tier",
    params: { actual: showValue(failed.indicator.actual, failed.actual), tier: 3, low, high, score: s },
  };
}

/**
 * The actual values contradict the score: targets met yet points deducted, or a target missed with full marks
 * (docs/rules.md#actual-vs-score).
 */
export const actualVsScore = defineRule({
  id: "actual-vs-score",
  title: { zh: "完成值与得分矛盾", en: "Actual contradicts score" },
  severity: ["error", "warning"],
  highlights: true,
  basis: "docs/rules.md#actual-vs-score",
  checkGroup(g, profile) {
    if (g.weight === null || g.score === null || g.weight <= 0) return [];
    const found =
      missedWithFullScore(g, g.weight, g.score) ??
      metButDeducted(g, g.weight, g.score, profile) ??
      failedButHighTier(g, g.weight, g.score, profile);
    return found ? [found] : [];
  },
});
