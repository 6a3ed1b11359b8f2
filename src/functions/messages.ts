import { COLUMN_NAMES, FIGURE_NAMES, FUND_COLUMN_NAMES } from "../model/i18n/vocabulary";
import type { Lang } from "../model/report/report";

/**
 * Every user-visible string of the PERF.* functions, Chinese first with English beside it, so a wording change
 * happens in one place and both languages stay in step. Placeholders are written {name}.
 */
export const MESSAGES = {
  budgetBlankOrZero: {
    zh: "全年预算数为 0 或为空，无法计算预算执行率",
    en: "The full-year budget is 0 or blank, so the execution rate is undefined",
  },
  budgetNegative: {
    zh: "全年预算数不能为负数（{value}）",
    en: "The full-year budget cannot be negative ({value})",
  },
  argBlank: {
    zh: "「{param}」为空",
    en: "{param} is blank",
  },
  argNotNumber: {
    zh: "「{param}」应为数字，当前为“{value}”",
    en: '{param} must be a number; got "{value}"',
  },
  argNotSingle: {
    zh: "「{param}」应为单个单元格的值，当前为“{value}”",
    en: '{param} must be a single cell\'s value; got "{value}"',
  },
  argNegative: {
    zh: "「{param}」不能为负数（{value}）",
    en: "{param} cannot be negative ({value})",
  },
  badDirection: {
    zh: '「方向」应为 ">="、"<=" 或 "="（留空则按年度指标值判断），当前为“{value}”',
    en: 'Direction must be ">=", "<=" or "=" (leave it blank to read it from the target); got "{value}"',
  },
  qualitative: {
    zh:
      "定性指标不按公式计分，请按完成情况在三档内评分：达成年度指标 {t1Low}–{w} 分（分值的 {p1}–100%）；" +
      "部分达成年度指标并具有一定效果 {t2Low}–{t1Low} 分（{p2}–{p1}）；未达成年度指标且效果较差 0–{t2Low} 分（0–{p2}）",
    en:
      "A qualitative indicator is not scored by formula; score it within its tier: target met {t1Low}–{w} ({p1}–100% of the weight); " +
      "partly met with some effect {t2Low}–{t1Low} ({p2}–{p1}); not met, poor effect 0–{t2Low} (0–{p2})",
  },
  actualText: {
    zh: "实际完成值“{actual}”不可衡量：年度指标值“{target}”是定量指标，请填写实际数值",
    en: 'The actual "{actual}" is not measurable: the target "{target}" is quantitative, so enter the measured value',
  },
  actualEmpty: {
    zh: "实际完成值为空",
    en: "The actual value is blank",
  },
  targetEmpty: {
    zh: "年度指标值为空",
    en: "The target is blank",
  },
  targetText: {
    zh: "年度指标值“{target}”不是数值，无法按指定方向计分",
    en: 'The target "{target}" is not a number, so it cannot be scored in the given direction',
  },
  targetNotNumeric: {
    zh: "年度指标值“{target}”不是数值，无法计算偏差率",
    en: 'The target "{target}" is not a number, so no deviation can be computed',
  },
  unitMismatch: {
    zh: "年度指标值“{target}”与实际完成值“{actual}”的单位不一致，无法比较",
    en: 'The target "{target}" and the actual "{actual}" use different units and cannot be compared',
  },
  actualRange: {
    zh: "实际完成值“{actual}”是一个区间，请填写单一的实际数值",
    en: 'The actual "{actual}" is a range; enter the single measured value',
  },
  targetZero: {
    zh: "年度指标值为 0，无法计算相对偏差",
    en: "The target is 0, so the relative deviation is undefined",
  },
  totalNotFinite: {
    zh: "总分应为有限数字",
    en: "The total must be a finite number",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Names of the functions' parameters as messages quote them. */
export const PARAM_LABELS = {
  budget: FUND_COLUMN_NAMES.budget,
  executed: FUND_COLUMN_NAMES.executed,
  weight: COLUMN_NAMES.weight,
  score: COLUMN_NAMES.score,
  total: FIGURE_NAMES.total,
  target: COLUMN_NAMES.target,
  actual: COLUMN_NAMES.actual,
  reason: COLUMN_NAMES.reason,
} as const satisfies Record<string, Record<Lang, string>>;

export type ParamKey = keyof typeof PARAM_LABELS;

/** The PERF.* functions answer in Chinese: the form, its reviewers and the 财政局 rules are Chinese. */
export const FUNCTION_LANG: Lang = "zh";

/** Fills a message's {placeholders}; a placeholder without a value stays visible so a missing argument is noticed. */
export function formatMessage(key: MessageKey, params: Record<string, string | number> = {}, lang: Lang = FUNCTION_LANG): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A parameter's label in the given language. */
export function paramLabel(key: ParamKey, lang: Lang = FUNCTION_LANG): string {
  return PARAM_LABELS[key][lang];
}
