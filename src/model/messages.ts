// The engine's message table: every text a finding shows, in Chinese first and English. Rules pass
// parameters; nothing else in src/model writes user-facing text.
import { excerpt, EXCERPT_LENGTH } from "./excerpt";
import type { Lang } from "./report";

export type MessageParams = Record<string, string | number>;
type Template = (p: MessageParams) => string;

// An indicator's name leads a message only when the row has one (PERF.CHECK rows may not).
const quoteZh = (name: string | number | undefined) => (name ? `「${name}」` : "");
const quoteEn = (name: string | number | undefined) => (name ? `"${name}": ` : "");

const MESSAGES = {
  "reason-missing.empty": {
    zh: (p) => `得分${p.score}低于分值${p.weight}，但未填写偏差原因分析及改进措施`,
    en: (p) => `Score ${p.score} is below the weight ${p.weight}, but no deviation reason is given`,
  },
  "reason-missing.none": {
    zh: (p) => `得分${p.score}低于分值${p.weight}（扣${p.lost}分），偏差原因却写「${p.reason}」`,
    en: (p) => `Score ${p.score} is below the weight ${p.weight} (${p.lost} lost), yet the reason says "${p.reason}"`,
  },
  "reason-without-deduction": {
    zh: (p) => `得分${p.score}为满分，但偏差原因写明存在未完成情况：「${p.reason}」`,
    en: (p) => `Full score ${p.score}, but the reason describes a shortfall: "${p.reason}"`,
  },
  "actual-vs-score.missed-full": {
    zh: (p) => `${quoteZh(p.indicator)}实际完成值${p.actual}未达到年度指标值${p.target}，却得满分${p.score}`,
    en: (p) => `${quoteEn(p.indicator)}actual ${p.actual} misses the target ${p.target}, yet the score is full (${p.score})`,
  },
  "actual-vs-score.over-full": {
    zh: (p) => `${quoteZh(p.indicator)}实际完成值${p.actual}超过年度指标值${p.target}，却得满分${p.score}`,
    en: (p) => `${quoteEn(p.indicator)}actual ${p.actual} exceeds the target ${p.target}, yet the score is full (${p.score})`,
  },
  "actual-vs-score.met-deducted": {
    zh: (p) => `实际完成值均达到年度指标值，却扣了${p.lost}分（得分${p.score}/分值${p.weight}），请核实得分或说明原因`,
    en: (p) => `Every actual meets its target, yet ${p.lost} points were deducted (${p.score} of ${p.weight})`,
  },
  "actual-vs-score.tier": {
    zh: (p) => `实际完成值「${p.actual}」属于定性第${p.tier}档，应得${p.low}–${p.high}分，实得${p.score}分`,
    en: (p) => `Actual "${p.actual}" is qualitative tier ${p.tier}, worth ${p.low}–${p.high} points, but scored ${p.score}`,
  },
  "actual-unmeasurable.text": {
    zh: (p) => `年度指标值为${p.target}（定量），实际完成值「${p.actual}」不可衡量，应填写具体数值`,
    en: (p) => `The target ${p.target} is quantitative, but the actual "${p.actual}" is not measurable; give a number`,
  },
  "actual-unmeasurable.error": {
    zh: (p) => `${quoteZh(p.indicator)}实际完成值为错误值 ${p.error}，无法判断完成情况`,
    en: (p) => `${quoteEn(p.indicator)}the actual value is the error value ${p.error}, so completion cannot be judged`,
  },
  "actual-unmeasurable.empty": {
    zh: (p) => `年度指标值为${p.target}，实际完成值未填写`,
    en: (p) => `The target is ${p.target}, but the actual value is blank`,
  },
  "actual-unmeasurable.unit": {
    zh: (p) => `实际完成值${p.actual}与年度指标值${p.target}单位不一致，无法比较`,
    en: (p) => `The actual ${p.actual} and the target ${p.target} have different units and cannot be compared`,
  },
  "score-formula": {
    zh: (p) => `按各三级指标完成比例（${p.ratios}）计算，得分应约为${p.expected}，填写为${p.score}，请核实或说明调整理由`,
    en: (p) => `By the rows' completion ratios (${p.ratios}) the score would be about ${p.expected}, not ${p.score}; check it or explain the adjustment`,
  },
  "target-unmeasurable.repeats": {
    zh: (p) => `年度指标值「${p.target}」重复了指标名称，未设定可衡量的目标`,
    en: (p) => `The target "${p.target}" repeats the indicator's name and sets no measurable goal`,
  },
  "target-unmeasurable.vague": {
    zh: (p) => `年度指标值「${p.target}」表述模糊，建议量化（数值、比例或明确的完成标准）`,
    en: (p) => `The target "${p.target}" is vague; state a number, a rate or a clear standard`,
  },
  "target-unmeasurable.placeholder": {
    zh: (p) => `指标「${p.indicator}」的年度指标值只写了占位符「${p.target}」，未设定指标值`,
    en: (p) => `Indicator "${p.indicator}" has only the placeholder "${p.target}" as its target`,
  },
  "target-unmeasurable.error": {
    zh: (p) => `${quoteZh(p.indicator)}年度指标值为错误值 ${p.error}，未设定可衡量的目标`,
    en: (p) => `${quoteEn(p.indicator)}the target is the error value ${p.error}; no measurable goal is set`,
  },
  "target-unmeasurable.empty": {
    zh: (p) => `指标「${p.indicator}」未填写年度指标值`,
    en: (p) => `Indicator "${p.indicator}" has no target value`,
  },
  "score-range.missing": {
    zh: (p) => `分值为${p.weight}，但得分未填写`,
    en: (p) => `The weight is ${p.weight}, but the score is blank`,
  },
  "score-range.not-number": {
    zh: (p) => `得分「${p.score}」不是数字`,
    en: (p) => `The score "${p.score}" is not a number`,
  },
  "score-range.negative": {
    zh: (p) => `得分${p.score}为负数`,
    en: (p) => `The score ${p.score} is negative`,
  },
  "score-range.above": {
    zh: (p) => `得分${p.score}超过分值${p.weight}`,
    en: (p) => `The score ${p.score} exceeds the weight ${p.weight}`,
  },
  "score-range.no-weight": {
    zh: (p) => `得分${p.score}已填写，但分值未填写或不是数字`,
    en: (p) => `The score ${p.score} is given, but the weight is blank or not a number`,
  },
  "score-range.error": {
    zh: (p) => `得分为错误值 ${p.error}`,
    en: (p) => `The score is the error value ${p.error}`,
  },
  "score-range.weight-error": {
    zh: (p) => `分值为错误值 ${p.error}`,
    en: (p) => `The weight is the error value ${p.error}`,
  },
  "score-as-text": {
    zh: (p) => `得分以文本形式存储（如 ${p.cell}），Excel 的 SUM 会忽略这些单元格`,
    en: (p) => `Scores are stored as text (e.g. ${p.cell}); Excel's SUM ignores such cells`,
  },
  "formula-uncomputed": {
    zh: (p) => `公式未计算（文件由程序导出，请在 Excel/WPS 中打开并保存后再检查）：${p.cell}${Number(p.count) > 1 ? ` 等 ${p.count} 个单元格` : ""}`,
    en: (p) =>
      `Formulas not computed (the file was written by a program; open and save it in Excel/WPS, then check again): ${p.cell}${Number(p.count) > 1 ? ` and ${Number(p.count) - 1} more` : ""}`,
  },
  "exec-rate.mismatch": {
    zh: (p) => `执行率填写为${p.written}，按全年执行数${p.executed}÷全年预算数${p.budget}应为${p.computed}`,
    en: (p) => `The rate reads ${p.written}; executed ${p.executed} ÷ budget ${p.budget} gives ${p.computed}`,
  },
  "exec-rate.no-budget": {
    zh: () => `全年预算数为0或未填写，无法计算预算执行率`,
    en: () => `The full-year budget is 0 or blank, so the execution rate cannot be computed`,
  },
  "exec-rate.over-budget": {
    zh: (p) => `全年执行数${p.executed}超过全年预算数${p.budget}（执行率${p.computed}），请核实是否有未记录的预算调整`,
    en: (p) => `Executed ${p.executed} exceeds the budget ${p.budget} (rate ${p.computed}); check for an unrecorded adjustment`,
  },
  "exec-rate.fund-blank": {
    zh: () => `全年预算数和全年执行数均未填写`,
    en: () => `The full-year budget and the full-year executed amount are both blank`,
  },
  "exec-rate.no-executed": {
    zh: () => `全年执行数未填写或不是数字，无法计算预算执行率`,
    en: () => `The full-year executed amount is blank or not a number, so the execution rate cannot be computed`,
  },
  "exec-rate.error": {
    zh: (p) => `执行率为错误值 ${p.error}，按全年执行数${p.executed}÷全年预算数${p.budget}应为${p.computed}`,
    en: (p) => `The execution rate is the error value ${p.error}; executed ${p.executed} ÷ budget ${p.budget} gives ${p.computed}`,
  },
  "exec-rate.fund-error": {
    zh: (p) => `${p.field}为错误值 ${p.error}，无法计算预算执行率`,
    en: (p) => `${p.fieldEn}: the error value ${p.error}, so the execution rate cannot be computed`,
  },
  "exec-rate.blank": {
    zh: (p) => `执行率未填写，应为${p.computed}`,
    en: (p) => `The execution rate is blank; it should be ${p.computed}`,
  },
  "exec-score.mismatch": {
    zh: (p) => `执行率得分应为${p.weight}×min(${p.rate},1)=${p.computed}，填写为${p.written}`,
    en: (p) => `The execution score should be ${p.weight} × min(${p.rate}, 1) = ${p.computed}; it reads ${p.written}`,
  },
  "exec-score.truncated": {
    zh: (p) => `执行率得分${p.written}为截断值，应为${p.weight}×min(${p.rate},1)=${p.computed}（四舍五入，在允许误差内）`,
    en: (p) => `The execution score ${p.written} is truncated: ${p.weight} × min(${p.rate}, 1) = ${p.computed} rounded (within tolerance)`,
  },
  "fund-breakdown.mismatch": {
    zh: (p) => `${p.column}：年度资金总额${p.total}与其中各项合计${p.sum}不一致`,
    en: (p) => `${p.columnEn}: the total ${p.total} differs from the sum of its parts ${p.sum}`,
  },
  "fund-breakdown.blank": {
    zh: () => `资金来源（其中：当年财政拨款、上年结转资金、其他资金）均未填写`,
    en: () => `The fund sources (current appropriation, carry-over, other) are all blank`,
  },
  "weight-sum": {
    zh: (p) => `执行率分值${p.exec}与各指标分值合计${p.indicators}之和为${p.sum}，应为100`,
    en: (p) => `The execution weight ${p.exec} plus indicator weights ${p.indicators} make ${p.sum}, not 100`,
  },
  "weight-policy": {
    zh: (p) => `一级指标分值为${p.weights}，与统一设置${p.standard}不同，如有特殊情况请说明`,
    en: (p) => `Level-1 weights are ${p.weightsEn}, not the standard ${p.standardEn}; explain the special case`,
  },
  "cost-direction": {
    zh: (p) => `${quoteZh(p.indicator)}成本指标通常应为≤（不超过），年度指标值却为${p.target}，请核实指标方向`,
    en: (p) => `${quoteEn(p.indicator)}a cost indicator is normally "≤" (not more than), but the target is ${p.target}; check the direction`,
  },
  "over-achievement": {
    zh: (p) => `${quoteZh(p.indicator)}实际完成值${p.actual}达到指标值${p.target}的${p.percent}，得满分且未说明原因，请分析指标值是否设定偏低`,
    en: (p) => `${quoteEn(p.indicator)}actual ${p.actual} is ${p.percent} of the target ${p.target} with full score and no explanation; was the target set too low?`,
  },
  "total.missing": {
    zh: (p) => `总分未填写，按各项得分合计应为${p.computed}`,
    en: (p) => `The total is blank; the scores add up to ${p.computed}`,
  },
  "total.no-row": {
    zh: (p) => `未找到总分行，按各项得分合计为${p.computed}`,
    en: (p) => `No total row was found; the scores add up to ${p.computed}`,
  },
  "total.error": {
    zh: (p) => `总分为错误值 ${p.error}，按执行率得分与各指标得分合计应为${p.computed}`,
    en: (p) => `The total is the error value ${p.error}; the execution score plus indicator scores make ${p.computed}`,
  },
  "total.score-error": {
    zh: (p) => `得分 ${p.cell} 为错误值 ${p.error}，无法复算总分`,
    en: (p) => `The score in ${p.cell} is the error value ${p.error}, so the total cannot be recomputed`,
  },
  "total.mismatch": {
    zh: (p) => `总分填写为${p.written}，按执行率得分与各指标得分合计应为${p.computed}`,
    en: (p) => `The total reads ${p.written}; the execution score plus indicator scores make ${p.computed}`,
  },
  grade: {
    zh: (p) => `等级填写为「${p.written}」，按总分${p.total}应为「${p.computed}」`,
    en: (p) => `The grade reads "${p.written}"; a total of ${p.total} is "${p.computed}"`,
  },
  "required-field": {
    zh: (p) => `${p.field}未填写`,
    en: (p) => `${p.fieldEn} is blank`,
  },
  "empty-row-text": {
    zh: (p) => `「${p.indicator}」没有任何指标，却填写了「${p.reason}」`,
    en: (p) => `"${p.indicator}" has no indicator, yet its reason reads "${p.reason}"`,
  },
  "form-empty": {
    zh: () => `本表尚未填写（指标表没有实际完成值，也没有得分），未逐项检查`,
    en: () => `This form has not been filled in (no actual values and no scores in the indicator table); nothing else was checked`,
  },
  "fix-skipped.no-rows": {
    zh: () => `指标表没有指标行，未写入总分和等级公式（求和范围为空，会形成循环引用）`,
    en: () => `The indicator table has no rows, so no total or grade formula was written (the sum would be empty or circular)`,
  },
  "fix-skipped.error": {
    zh: (p) => `${p.cell}为错误值${p.value}，未写入总分和等级公式（重算结果将是错误值）`,
    en: (p) => `${p.cell} holds the error ${p.value}, so no total or grade formula was written (it would recalculate to an error)`,
  },
  "fix-skipped.text": {
    zh: (p) => `${p.cell}的「${p.value}」是公式无法读作数字的文字（全角数字、带单位、百分号或负号等），未写入总分和等级公式；请改为数字`,
    en: (p) => `${p.cell} holds "${p.value}", text a formula cannot read as a number (full-width digits, a unit, %, a sign), so no total or grade formula was written; type it as a number`,
  },
  "fix-skipped.mismatch": {
    zh: (p) => `总分公式重算为${p.formula}，与复算总分${p.computed}不一致，未写入总分和等级公式`,
    en: (p) => `A total formula would recalculate to ${p.formula}, not the computed total ${p.computed}, so no total or grade formula was written`,
  },
} satisfies Record<string, Record<Lang, Template>>;

export type MessageId = keyof typeof MESSAGES;

/**
 * The parameters that carry a cell's own text (an explanation, a value, an indicator's name, a written score,
 * total or grade): a cell may hold 32,767 characters, so a message quotes only an excerpt of it. Every other
 * parameter is a number, a cell address or text the engine composed.
 */
const CELL_TEXT_PARAMS: ReadonlySet<string> = new Set(["reason", "actual", "target", "indicator", "written", "score", "weight", "value"]);

/** The text of one message in the chosen language; cell text in it is cut to an excerpt (excerpt.ts), here only. */
export function formatMessage(id: MessageId, params: MessageParams, lang: Lang): string {
  let shown = params;
  for (const key of CELL_TEXT_PARAMS) {
    const v = params[key];
    if (typeof v === "string" && v.length > EXCERPT_LENGTH) shown = { ...shown, [key]: excerpt(v) };
  }
  return MESSAGES[id][lang](shown);
}

// Form fields and fund-block columns as messages name them (the PERF.* functions name their parameters from it too).
export const DISPLAY_NAMES = {
  project: { zh: "项目名称", en: "Project name" },
  department: { zh: "主管部门", en: "Supervising department" },
  implementer: { zh: "实施单位", en: "Implementing unit" },
  goalExpected: { zh: "年度总体目标（预期目标）", en: "Overall annual goal (expected)" },
  goalActual: { zh: "年度总体目标（实际完成情况）", en: "Overall annual goal (achieved)" },
  initial: { zh: "年初预算数", en: "Initial budget" },
  budget: { zh: "全年预算数", en: "Full-year budget" },
  executed: { zh: "全年执行数", en: "Full-year executed" },
} as const;

/** The display name of a form field or fund-block column. */
export function displayName(key: keyof typeof DISPLAY_NAMES, lang: Lang): string {
  return DISPLAY_NAMES[key][lang];
}

const RULE_TITLES: Record<string, Record<Lang, string>> = {
  "reason-missing": { zh: "扣分未说明原因", en: "Deduction without reason" },
  "reason-without-deduction": { zh: "满分却写未完成", en: "Full score, shortfall stated" },
  "actual-vs-score": { zh: "完成值与得分矛盾", en: "Actual contradicts score" },
  "actual-unmeasurable": { zh: "完成值不可衡量", en: "Actual not measurable" },
  "target-unmeasurable": { zh: "指标值不可衡量", en: "Target not measurable" },
  "score-range": { zh: "得分越界", en: "Score out of range" },
  "score-formula": { zh: "得分与公式不符", en: "Score off the formula" },
  "exec-rate": { zh: "执行率", en: "Execution rate" },
  "exec-score": { zh: "执行率得分", en: "Execution score" },
  "fund-breakdown": { zh: "资金来源", en: "Fund sources" },
  "weight-sum": { zh: "分值合计", en: "Weight sum" },
  "weight-policy": { zh: "一级权重", en: "Level-1 weights" },
  "over-achievement": { zh: "超额完成", en: "Over-achievement" },
  "cost-direction": { zh: "成本指标方向", en: "Cost direction" },
  total: { zh: "总分", en: "Total" },
  grade: { zh: "等级", en: "Grade" },
  "required-field": { zh: "必填项", en: "Required field" },
  "empty-row-text": { zh: "空行有说明", en: "Text on an empty row" },
  "score-as-text": { zh: "得分为文本", en: "Scores stored as text" },
  "formula-uncomputed": { zh: "公式未计算", en: "Formulas not computed" },
  "form-empty": { zh: "本表尚未填写", en: "Form not filled in" },
  "fix-skipped": { zh: "未写入公式", en: "Formula not written" },
};

/** A rule's short title for tables (its id when the rule is unknown). */
export function ruleTitle(rule: string, lang: Lang): string {
  return RULE_TITLES[rule]?.[lang] ?? rule;
}
