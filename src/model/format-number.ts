import { roundTo } from "./scoring/rounding";

/** A number for messages: half-up to 2 decimals, no trailing zeros ("6.67", "10"). */
export function formatNumber(n: number): string {
  return String(roundTo(n, 2));
}

/** A fraction as a percentage with 2 decimals ("66.67%"). */
export function formatPercent(fraction: number): string {
  return `${roundTo(fraction * 100, 2).toFixed(2)}%`;
}
