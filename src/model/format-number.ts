import { roundTo } from "./scoring/rounding";

/** A number for messages: half-up to 2 decimals, no trailing zeros ("6.67", "10"). */
export function formatNumber(n: number): string {
  // Most numbers on a form already have at most two decimals; only the rest need exact half-up rounding.
  const cents = Math.round(n * 100);
  if (Math.abs(n * 100 - cents) < 1e-7) return String(cents / 100);
  return String(roundTo(n, 2));
}

/** A fraction as a percentage with 2 decimals ("66.67%"). */
export function formatPercent(fraction: number): string {
  return `${roundTo(fraction * 100, 2).toFixed(2)}%`;
}
