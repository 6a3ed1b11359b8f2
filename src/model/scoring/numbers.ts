/** True for a number that is neither NaN nor ±Infinity. */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** Clamps x into [0, 1]; NaN becomes 0 so a ratio can never leave the range. */
export function clamp01(x: number): number {
  if (!(x > 0)) return 0;
  return x < 1 ? x : 1;
}
