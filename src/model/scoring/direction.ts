import { foldText } from "../values/normalize";
import type { Comparator, ParsedValue } from "../values/types";

/** How a quantitative indicator is scored: more is better, less is better, must equal, or must fall in a range. */
export type Direction = "positive" | "reverse" | "equal" | "interval";

/** Context from the indicator's row that helps when the target has no comparator. */
export interface DirectionHint {
  level2?: string | null;
  level3?: string | null;
  /** The 指标性质 column of variant D forms ("≥", "≤", "=", "正向", "反向"). */
  nature?: string | null;
}

const COMPARATOR_DIRECTION: Record<Comparator, Direction> = {
  ">=": "positive",
  ">": "positive",
  "<=": "reverse",
  "<": "reverse",
  "=": "equal",
};

// Order matters: negated words ("不大于") before the words they contain, and ">"/"<" before "=" so ">=" is positive.
const NATURE_WORDS: ReadonlyArray<[string, Direction]> = [
  ["不大于", "reverse"],
  ["不小于", "positive"],
  ["≥", "positive"],
  [">", "positive"],
  ["正向", "positive"],
  ["大于", "positive"],
  ["不低于", "positive"],
  ["≤", "reverse"],
  ["<", "reverse"],
  ["反向", "reverse"],
  ["小于", "reverse"],
  ["不高于", "reverse"],
  ["不超过", "reverse"],
  ["=", "equal"],
  ["等于", "equal"],
];

/** Reads a 指标性质 cell; null when it names no direction (blank, "定性", anything else). */
function directionOfNature(nature: string | null | undefined): Direction | null {
  if (typeof nature !== "string") return null;
  const s = foldText(nature);
  for (const [word, dir] of NATURE_WORDS) if (s.includes(word)) return dir;
  return null;
}

/** True when the row is a 成本 (cost) indicator by its 二级 or 三级 name. */
export function isCostIndicator(hint: DirectionHint | null | undefined): boolean {
  const names = [hint?.level2, hint?.level3];
  return names.some((n) => typeof n === "string" && n.includes("成本"));
}

/**
 * The scoring direction of a target (docs/rules.md#indicator-direction): an explicit comparator first, then the 指标性质 column,
 * then a range → "interval"; otherwise a cost (成本 in the 二级/三级 name, or a money unit) is "reverse" and
 * anything else "positive". Text and empty targets have no direction (null).
 */
export function inferDirection(target: ParsedValue, hint?: DirectionHint | null): Direction | null {
  if (target.kind !== "number" && target.kind !== "interval") return null;
  if (target.kind === "number" && target.comparator) return COMPARATOR_DIRECTION[target.comparator];
  const fromNature = directionOfNature(hint?.nature);
  if (fromNature) return fromNature;
  if (target.kind === "interval") return "interval";
  if (isCostIndicator(hint ?? undefined) || target.unit.family === "money") return "reverse";
  return "positive";
}

/**
 * True for a 成本 indicator whose target says ≥ or > (by its comparator or the 指标性质 column), e.g. "≥50万元"
 * (docs/rules.md#cost-direction). Costs are capped (≤) by convention, so the sign is more likely a slip than a spending floor,
 * and neither reading can be trusted to call the row missed or met until someone confirms it. A rate target
 * ("成本节约率≥5%", "资金到位率≥95%" filed under 成本指标) is exempt: there ≥ is the natural direction.
 */
export function isCostDirectionDoubtful(target: ParsedValue, hint?: DirectionHint | null): boolean {
  if (!isCostIndicator(hint) || (target.kind !== "number" && target.kind !== "interval")) return false;
  if (target.unit.family === "percent") return false;
  return inferDirection(target, hint) === "positive";
}
