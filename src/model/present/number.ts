// Number display, the one set every host and every message uses: a score never reads 6.67 in the pane and
// 6.666 in the CLI, and a rate never 66.67% in one place and 66.7% in another.
import { roundTo } from "../scoring/rounding";

/** A number for people: half-up to 2 decimals, no trailing zeros ("6.67", "10", "90.6"). */
export function formatNumber(n: number): string {
  // Most numbers on a form already have at most two decimals; only the rest need exact half-up rounding.
  const cents = Math.round(n * 100);
  if (Math.abs(n * 100 - cents) < 1e-7) return String(cents / 100);
  return String(roundTo(n, 2));
}

/** A fraction as a percentage with exactly 2 decimals ("66.67%", "95.00%"): how messages quote an execution rate. */
export function formatPercent(fraction: number): string {
  return `${roundTo(fraction * 100, 2).toFixed(2)}%`;
}

/** A fraction as a percentage with at most 2 decimals ("66.67%", "66%", "140%"): figures tables and ratios. */
export function formatPercentShort(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}
