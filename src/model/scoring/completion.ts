import type { Profile } from "./profile";
import { alignToTarget } from "../values/align";
import { sameUnitFamily } from "../values/compat";
import { qualitativeTier } from "../values/qualitative";
import type { Interval, ParsedValue, Quantity } from "../values/types";
import { inferDirection, type Direction } from "./direction";
import { equalRule, intervalRule, positiveRule, reverseRule, type RuleResult } from "./rules";

/** Why a row cannot be scored by formula; each reason is a reviewer finding of its own (docs/rules.md#actual-unmeasurable, docs/rules.md#target-unmeasurable). */
export type UnmeasurableReason = "actual-text" | "actual-empty" | "target-empty" | "target-text" | "unit-mismatch";

/**
 * How far an indicator got. quantitative: ratio in [0,1] of the weight earned, achieved = target met,
 * exceedRatio = actual/target (actual/high for ranges; null for reverse or a target of 0), for the 120% rule.
 * qualitative: the tier read from the actual's wording (null when unknown or when the actual is a number).
 */
export type Completion =
  | { kind: "quantitative"; direction: Direction; ratio: number; achieved: boolean; exceedRatio: number | null }
  | { kind: "qualitative"; tier: 1 | 2 | 3 | null }
  | { kind: "unmeasurable"; reason: UnmeasurableReason };

function applyRule(target: Quantity | Interval, actual: number, direction: Direction, profile: Profile): RuleResult {
  if (target.kind === "interval") {
    // A range keeps its shape whatever the 指标性质 says, except that a "≤" range caps at its top.
    return direction === "reverse" ? reverseRule(target.high, actual, profile.reverseMode) : intervalRule(target.low, target.high, actual);
  }
  switch (direction) {
    case "reverse":
      return reverseRule(target.value, actual, profile.reverseMode);
    case "equal":
      return equalRule(target.value, actual, profile.equalMode);
    case "interval":
      return intervalRule(target.value, target.value, actual);
    default:
      return positiveRule(target.value, actual);
  }
}

function qualitativeCompletion(actual: ParsedValue): Completion {
  if (actual.kind === "empty") return { kind: "unmeasurable", reason: "actual-empty" };
  return { kind: "qualitative", tier: actual.kind === "text" ? qualitativeTier(actual.raw) : null };
}

/**
 * Judges an actual against a target (docs/rules.md#positive-indicators and the sections after it). The direction defaults to inferDirection(target);
 * passing one declares the row quantitative, so a text target is then "target-text". A range as the actual
 * is not one measured value ("actual-text"); a negative actual counts as 0.
 */
export function completion(target: ParsedValue, rawActual: ParsedValue, profile: Profile, direction?: Direction | null): Completion {
  const actual = alignToTarget(target, rawActual);
  if (target.kind === "empty") return { kind: "unmeasurable", reason: "target-empty" };
  if (target.kind === "text") return direction ? { kind: "unmeasurable", reason: "target-text" } : qualitativeCompletion(actual);
  if (actual.kind === "empty") return { kind: "unmeasurable", reason: "actual-empty" };
  if (actual.kind !== "number") return { kind: "unmeasurable", reason: "actual-text" };
  if (!sameUnitFamily(target, actual)) return { kind: "unmeasurable", reason: "unit-mismatch" };
  const dir = direction ?? inferDirection(target) ?? "positive";
  const result = applyRule(target, Math.max(actual.value, 0), dir, profile);
  return { kind: "quantitative", direction: target.kind === "interval" && dir !== "reverse" ? "interval" : dir, ...result };
}
