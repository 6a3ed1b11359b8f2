// The extra 1e-9 absorbs binary noise, so a gap of exactly the tolerance (96.1 vs 96) still counts as equal.
const FLOAT_SLACK = 1e-9;

/** True when |a - b| <= tolerance (+1e-9 for binary noise); false when either side is NaN. */
export function approxEqual(a: number, b: number, tolerance: number): boolean {
  const tol = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  return Math.abs(a - b) <= tol + FLOAT_SLACK;
}
