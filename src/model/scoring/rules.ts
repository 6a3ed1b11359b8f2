import type { Profile } from "./profile";
import { clamp01 } from "./numbers";

/** One rule's verdict: the fraction of the weight earned, whether the target was met, and actual/target. */
export interface RuleResult {
  ratio: number;
  achieved: boolean;
  exceedRatio: number | null;
}

/** Compares without binary noise: 0.1+0.2 equals 0.3 here. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function exceed(actual: number, target: number): number | null {
  return target > 0 ? actual / target : null;
}

/** 正向 (≥, >): full when B ≥ A, else B/A; a target of 0 or less is met by any non-negative actual. */
export function positiveRule(target: number, actual: number): RuleResult {
  const achieved = actual >= target || same(actual, target);
  const ratio = achieved || target <= 0 ? 1 : clamp01(actual / target);
  return { ratio, achieved, exceedRatio: exceed(actual, target) };
}

/**
 * 反向 (≤, <): full when B ≤ A or B = 0; above the cap, "ratio" mode gives A/B and "linear" mode
 * 1-(B-A)/A (0 from B = 2A); a cap of 0 or less earns nothing once exceeded.
 */
export function reverseRule(target: number, actual: number, mode: Profile["reverseMode"]): RuleResult {
  if (actual <= target || same(actual, target) || actual === 0) return { ratio: 1, achieved: true, exceedRatio: null };
  if (target <= 0) return { ratio: 0, achieved: false, exceedRatio: null };
  const ratio = mode === "linear" ? clamp01(1 - (actual - target) / target) : clamp01(target / actual);
  return { ratio, achieved: false, exceedRatio: null };
}

/**
 * 等于 (=): "vendor" mode scores A = 0 as all-or-nothing (B ≤ 0) and A ≠ 0 like 正向; "strict" mode gives
 * full only when B = A and loses |B-A|/|A| of the weight otherwise.
 */
export function equalRule(target: number, actual: number, mode: Profile["equalMode"]): RuleResult {
  if (mode === "strict") {
    const achieved = same(actual, target);
    const ratio = achieved ? 1 : target === 0 ? 0 : clamp01(1 - Math.abs(actual - target) / Math.abs(target));
    return { ratio, achieved, exceedRatio: exceed(actual, target) };
  }
  if (target === 0) {
    const achieved = actual <= 0;
    return { ratio: achieved ? 1 : 0, achieved, exceedRatio: null };
  }
  return positiveRule(target, actual);
}

/** Range [lo, hi]: full from lo upward (above hi is flagged through exceedRatio = B/hi), B/lo below lo. */
export function intervalRule(low: number, high: number, actual: number): RuleResult {
  const achieved = actual >= low || same(actual, low);
  const ratio = achieved || low <= 0 ? 1 : clamp01(actual / low);
  return { ratio, achieved, exceedRatio: exceed(actual, high) };
}
