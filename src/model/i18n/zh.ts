// 中文消息表：每条消息由规则给出的数据（数字、字段键、单元格原文）写成文字。The Chinese catalogue.
import { formatNumber as n, formatPercent as pct, formatPercentShort } from "../present/number";
import type { Catalogue, CategoryWeights } from "./params";
import { CATEGORY_NAMES, FIELD_NAMES, FUND_COLUMN_NAMES, type Category } from "./vocabulary";

// An indicator's name leads a message only when the row has one (PERF.CHECK rows may not).
const quote = (name: string) => (name ? `「${name}」` : "");

/** 产出40/效益40/满意度10, in the categories' fixed order. */
function weightsText(weights: CategoryWeights): string {
  return (Object.keys(CATEGORY_NAMES) as Category[])
    .filter((c) => weights[c] !== undefined)
    .map((c) => `${CATEGORY_NAMES[c].zh}${n(weights[c] ?? 0)}`)
    .join("/");
}

export const zh: Catalogue = {
  "reason-missing.empty": (p) => `得分${n(p.score)}低于分值${n(p.weight)}，但未填写偏差原因分析及改进措施`,
  "reason-missing.none": (p) => `得分${n(p.score)}低于分值${n(p.weight)}（扣${n(p.lost)}分），偏差原因却写「${p.reason}」`,
  "reason-without-deduction": (p) => `得分${n(p.score)}为满分，但偏差原因写明存在未完成情况：「${p.reason}」`,
  "actual-vs-score.missed-full": (p) => `${quote(p.indicator)}实际完成值${p.actual}未达到年度指标值${p.target}，却得满分${n(p.score)}`,
  "actual-vs-score.over-full": (p) => `${quote(p.indicator)}实际完成值${p.actual}超过年度指标值${p.target}，却得满分${n(p.score)}`,
  "actual-vs-score.met-deducted": (p) =>
    `实际完成值均达到年度指标值，却扣了${n(p.lost)}分（得分${n(p.score)}/分值${n(p.weight)}），请核实得分或说明原因`,
  "actual-vs-score.tier": (p) => `实际完成值「${p.actual}」属于定性第${p.tier}档，应得${n(p.low)}–${n(p.high)}分，实得${n(p.score)}分`,
  "actual-unmeasurable.text": (p) => `年度指标值为${p.target}（定量），实际完成值「${p.actual}」不可衡量，应填写具体数值`,
  "actual-unmeasurable.error": (p) => `${quote(p.indicator)}实际完成值为错误值 ${p.error}，无法判断完成情况`,
  "actual-unmeasurable.empty": (p) => `年度指标值为${p.target}，实际完成值未填写`,
  "actual-unmeasurable.unit": (p) => `实际完成值${p.actual}与年度指标值${p.target}单位不一致，无法比较`,
  "score-formula": (p) =>
    `按各三级指标完成比例（${p.ratios.map(formatPercentShort).join("、")}）计算，得分应约为${n(p.expected)}，填写为${n(p.score)}，请核实或说明调整理由`,
  "target-unmeasurable.repeats": (p) => `年度指标值「${p.target}」重复了指标名称，未设定可衡量的目标`,
  "target-unmeasurable.vague": (p) => `年度指标值「${p.target}」表述模糊，建议量化（数值、比例或明确的完成标准）`,
  "target-unmeasurable.placeholder": (p) => `指标「${p.indicator}」的年度指标值只写了占位符「${p.target}」，未设定指标值`,
  "target-unmeasurable.error": (p) => `${quote(p.indicator)}年度指标值为错误值 ${p.error}，未设定可衡量的目标`,
  "target-unmeasurable.empty": (p) => `指标「${p.indicator}」未填写年度指标值`,
  "score-range.missing": (p) => `分值为${p.weight}，但得分未填写`,
  "score-range.not-number": (p) => `得分「${p.score}」不是数字`,
  "score-range.negative": (p) => `得分${n(p.score)}为负数`,
  "score-range.above": (p) => `得分${n(p.score)}超过分值${n(p.weight)}`,
  "score-range.no-weight": (p) => `得分${n(p.score)}已填写，但分值未填写或不是数字`,
  "score-range.error": (p) => `得分为错误值 ${p.error}`,
  "score-range.weight-error": (p) => `分值为错误值 ${p.error}`,
  "score-as-text": (p) => `得分以文本形式存储（如 ${p.cell}），Excel 的 SUM 会忽略这些单元格`,
  "formula-uncomputed": (p) =>
    `公式未计算（文件由程序导出，请在 Excel/WPS 中打开并保存后再检查）：${p.cell}${p.count > 1 ? ` 等 ${p.count} 个单元格` : ""}`,
  "exec-rate.mismatch": (p) => `执行率填写为${pct(p.written)}，按全年执行数${n(p.executed)}÷全年预算数${n(p.budget)}应为${pct(p.computed)}`,
  "exec-rate.no-budget": () => `全年预算数为0或未填写，无法计算预算执行率`,
  "exec-rate.over-budget": (p) =>
    `全年执行数${n(p.executed)}超过全年预算数${n(p.budget)}（执行率${pct(p.computed)}），请核实是否有未记录的预算调整`,
  "exec-rate.fund-blank": () => `全年预算数和全年执行数均未填写`,
  "exec-rate.no-executed": () => `全年执行数未填写或不是数字，无法计算预算执行率`,
  "exec-rate.error": (p) => `执行率为错误值 ${p.error}，按全年执行数${n(p.executed)}÷全年预算数${n(p.budget)}应为${pct(p.computed)}`,
  "exec-rate.fund-error": (p) => `${FUND_COLUMN_NAMES[p.field].zh}为错误值 ${p.error}，无法计算预算执行率`,
  "exec-rate.blank": (p) => `执行率未填写，应为${pct(p.computed)}`,
  "exec-score.mismatch": (p) => `执行率得分应为${n(p.weight)}×min(${pct(p.rate)},1)=${n(p.computed)}，填写为${n(p.written)}`,
  "exec-score.truncated": (p) =>
    `执行率得分${n(p.written)}为截断值，应为${n(p.weight)}×min(${pct(p.rate)},1)=${n(p.computed)}（四舍五入，在允许误差内）`,
  "fund-breakdown.mismatch": (p) => `${FUND_COLUMN_NAMES[p.column].zh}：年度资金总额${n(p.total)}与其中各项合计${n(p.sum)}不一致`,
  "fund-breakdown.blank": () => `资金来源（其中：当年财政拨款、上年结转资金、其他资金）均未填写`,
  "weight-sum": (p) => `执行率分值${n(p.exec)}与各指标分值合计${n(p.indicators)}之和为${n(p.sum)}，应为100`,
  "weight-policy": (p) =>
    `一级指标分值为${weightsText(p.weights)}${p.exec === null ? "" : `（执行率${n(p.exec)}）`}，与统一设置${weightsText(p.standard)}（执行率${n(p.standardExec)}）不同，如有特殊情况请说明`,
  "cost-direction": (p) => `${quote(p.indicator)}成本指标通常应为≤（不超过），年度指标值却为${p.target}，请核实指标方向`,
  "over-achievement": (p) =>
    `${quote(p.indicator)}实际完成值${p.actual}达到指标值${p.target}的${formatPercentShort(p.ratio)}，得满分且未说明原因，请分析指标值是否设定偏低`,
  "total.missing": (p) => `总分未填写，按各项得分合计应为${n(p.computed)}`,
  "total.no-row": (p) => `未找到总分行，按各项得分合计为${n(p.computed)}`,
  "total.error": (p) => `总分为错误值 ${p.error}，按执行率得分与各指标得分合计应为${n(p.computed)}`,
  "total.score-error": (p) => `得分 ${p.cell} 为错误值 ${p.error}，无法复算总分`,
  "total.mismatch": (p) =>
    `总分填写为${typeof p.written === "number" ? n(p.written) : p.written}，按执行率得分与各指标得分合计应为${n(p.computed)}`,
  grade: (p) => `等级填写为「${p.written}」，按总分${n(p.total)}应为「${p.computed}」`,
  "required-field": (p) => `${FIELD_NAMES[p.field].zh}未填写`,
  "empty-row-text": (p) => `「${p.indicator}」没有任何指标，却填写了「${p.reason}」`,
  "form-empty": () => `本表尚未填写（指标表没有实际完成值，也没有得分），未逐项检查`,
  "fix-skipped.no-rows": () => `指标表没有指标行，未写入总分和等级公式（求和范围为空，会形成循环引用）`,
  "fix-skipped.error": (p) => `${p.cell}为错误值${p.value}，未写入总分和等级公式（重算结果将是错误值）`,
  "fix-skipped.text": (p) =>
    `${p.cell}的「${p.value}」是公式无法读作数字的文字（全角数字、带单位、百分号或负号等），未写入总分和等级公式；请改为数字`,
  "fix-skipped.mismatch": (p) => `总分公式重算为${n(p.formula)}，与复算总分${n(p.computed)}不一致，未写入总分和等级公式`,
};
