import type { Profile } from "./profile";
import type { ParsedValue } from "../values/types";
import { completion } from "./completion";
import type { Direction } from "./direction";
import { isFiniteNumber } from "./numbers";

/**
 * An indicator's formula score, weight × completion ratio at full precision; null when the row is not
 * quantitative (text, empty, unit mismatch) or the weight is negative or not finite.
 */
export function scoreIndicator(
  target: ParsedValue,
  actual: ParsedValue,
  weight: number,
  profile: Profile,
  direction?: Direction | null,
): number | null {
  if (!isFiniteNumber(weight) || weight < 0) return null;
  const c = completion(target, actual, profile, direction);
  return c.kind === "quantitative" ? weight * c.ratio : null;
}
