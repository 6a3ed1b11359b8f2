/*
 * The PERF.* worksheet functions. The JSDoc blocks ARE the Excel metadata: custom-functions-metadata-plugin reads
 * them at build time to write functions.json and appends the CustomFunctions.associate calls to this module, so the
 * file makes no associate calls itself, and each function must be a top-level `function` declaration (the generator
 * silently skips arrow functions).
 * Parameters are typed unknown (metadata type "any") so text such as "≥95%" or "150" reaches the engine unchanged.
 */
import { evalCheck, evalDeviation, evalExecRate, evalExecScore, evalGrade, evalScore } from "./evaluate";

/**
 * 预算执行率 = 全年执行数 ÷ 全年预算数，返回小数（请设置为百分比格式）；预算为 0 或空时返回 #DIV/0!。Budget execution rate.
 * @customfunction EXECRATE
 * @param budget 全年预算数（全年预算数(A)）。Full-year budget.
 * @param executed 全年执行数（全年执行数(B)）。Full-year executed amount.
 * @returns 执行率（小数，如 0.6667 即 66.67%）。
 */
export function perfExecRate(budget: unknown, executed: unknown): number {
  return evalExecRate(budget, executed);
}

/**
 * 预算执行率得分 = 分值 × min(执行率, 1)，分值默认 10。Budget execution score.
 * @customfunction EXECSCORE
 * @param budget 全年预算数。Full-year budget.
 * @param executed 全年执行数。Full-year executed amount.
 * @param [weight] 执行率分值，留空为 10。Weight of the execution rate (default 10).
 * @returns 执行率得分。
 */
export function perfExecScore(budget: unknown, executed: unknown, weight?: unknown): number {
  return evalExecScore(budget, executed, weight);
}

/**
 * 按财预〔2020〕10号规则计算定量指标得分；指标值可写作“≥95%”“430平米”“50-70次”“≤5万元”，定性指标返回 #VALUE! 并说明三档评分区间。Indicator score.
 * @customfunction SCORE
 * @param target 年度指标值，如“≥95%”或 0.95。Target.
 * @param actual 实际完成值，如“97%”或 0.97。Actual value.
 * @param weight 该指标分值。Weight.
 * @param [direction] 方向：">=" 正向、"<=" 反向、"=" 等于；留空则按年度指标值判断。Direction override.
 * @returns 指标得分（未取整）。
 */
export function perfScore(target: unknown, actual: unknown, weight: unknown, direction?: unknown): number {
  return evalScore(target, actual, weight, direction);
}

/**
 * 实际完成值相对年度指标值的偏差率 (B−A)/A，带正负号；区间指标在区间内为 0。Signed relative deviation.
 * @customfunction DEVIATION
 * @param target 年度指标值。Target.
 * @param actual 实际完成值。Actual value.
 * @returns 偏差率（小数，正数为超出，负数为未达到）。
 */
export function perfDeviation(target: unknown, actual: unknown): number {
  return evalDeviation(target, actual);
}

/**
 * 按总分评定等级：90 分及以上为优，80–90 为良，60–80 为中，60 分以下为差。Grade of a total score.
 * @customfunction GRADE
 * @param total 总分。Total score.
 * @returns 优、良、中或差。
 */
export function perfGrade(total: unknown): string {
  return evalGrade(total);
}

/**
 * 检查一行指标的实际完成值、得分与偏差原因是否一致；一致返回空文本，否则返回第一条问题说明。Row consistency check.
 * @customfunction CHECK
 * @param target 年度指标值。Target.
 * @param actual 实际完成值。Actual value.
 * @param weight 分值。Weight.
 * @param score 得分。Score as written.
 * @param [reason] 偏差原因分析及改进措施。Reason for the deviation.
 * @returns 空文本表示一致，否则为问题说明。
 */
export function perfCheck(target: unknown, actual: unknown, weight: unknown, score: unknown, reason?: unknown): string {
  return evalCheck(target, actual, weight, score, reason);
}
