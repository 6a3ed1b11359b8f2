import { isFiniteNumber } from "./numbers";

/** The national template gives budget execution 10 points when the form leaves its 分值 blank. */
export const DEFAULT_EXEC_WEIGHT = 10;

/** 执行率 = 全年执行数 / 全年预算数 (docs/rules.md#execution-rate); null when the budget is missing, zero or negative, or executed is missing. */
export function execRate(budget: number | null, executed: number | null): number | null {
  if (!isFiniteNumber(budget) || budget <= 0 || !isFiniteNumber(executed)) return null;
  return executed / budget;
}

/**
 * 执行率得分 = 分值 × min(执行率, 1) at full precision (weight defaults to 10, a negative rate scores 0);
 * null when the rate is undefined or the weight is negative or not finite.
 */
export function execScore(budget: number | null, executed: number | null, weight?: number | null): number | null {
  const w = weight ?? DEFAULT_EXEC_WEIGHT;
  if (!isFiniteNumber(w) || w < 0) return null;
  const rate = execRate(budget, executed);
  if (rate === null) return null;
  return w * Math.min(Math.max(rate, 0), 1);
}
