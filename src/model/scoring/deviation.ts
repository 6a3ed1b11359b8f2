import { sameUnitFamily } from "../values/compat";
import type { ParsedValue } from "../values/types";

/**
 * Signed relative deviation (B-A)/A in base units, for 偏离度 messages; for a range, 0 inside it and measured
 * from the nearer bound outside. null when the pair is not numerically comparable, the actual is a range,
 * or the reference bound is 0.
 */
export function deviation(target: ParsedValue, actual: ParsedValue): number | null {
  if (actual.kind !== "number" || !sameUnitFamily(target, actual)) return null;
  const b = actual.value;
  let a: number;
  if (target.kind === "number") a = target.value;
  else if (target.kind === "interval") {
    if (b >= target.low && b <= target.high) return 0;
    a = b < target.low ? target.low : target.high;
  } else return null;
  if (a === 0) return null;
  return (b - a) / Math.abs(a);
}
