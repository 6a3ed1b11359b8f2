// The English catalogue: every message of zh.ts, worded from the same data.
import { formatNumber as n, formatPercent as pct, formatPercentShort } from "../present/number";
import type { Catalogue, CategoryWeights } from "./params";
import { CATEGORY_NAMES, FIELD_NAMES, FUND_COLUMN_NAMES, type Category } from "./vocabulary";

// An indicator's name leads a message only when the row has one (PERF.CHECK rows may not).
const quote = (name: string) => (name ? `"${name}": ` : "");

/** output 40/benefit 40/satisfaction 10, in the categories' fixed order. */
function weightsText(weights: CategoryWeights): string {
  return (Object.keys(CATEGORY_NAMES) as Category[])
    .filter((c) => weights[c] !== undefined)
    .map((c) => `${CATEGORY_NAMES[c].en} ${n(weights[c] ?? 0)}`)
    .join("/");
}

export const en: Catalogue = {
  "reason-missing.empty": (p) => `Score ${n(p.score)} is below the weight ${n(p.weight)}, but no deviation reason is given`,
  "reason-missing.none": (p) =>
    `Score ${n(p.score)} is below the weight ${n(p.weight)} (${n(p.lost)} lost), yet the reason says "${p.reason}"`,
  "reason-without-deduction": (p) => `Full score ${n(p.score)}, but the reason describes a shortfall: "${p.reason}"`,
  "actual-vs-score.missed-full": (p) =>
    `${quote(p.indicator)}actual ${p.actual} misses the target ${p.target}, yet the score is full (${n(p.score)})`,
  "actual-vs-score.over-full": (p) =>
    `${quote(p.indicator)}actual ${p.actual} exceeds the target ${p.target}, yet the score is full (${n(p.score)})`,
  "actual-vs-score.met-deducted": (p) =>
    `Every actual meets its target, yet ${n(p.lost)} points were deducted (${n(p.score)} of ${n(p.weight)})`,
  "actual-vs-score.tier": (p) =>
    `Actual "${p.actual}" is qualitative tier ${p.tier}, worth ${n(p.low)}–${n(p.high)} points, but scored ${n(p.score)}`,
  "actual-unmeasurable.text": (p) =>
    `The target ${p.target} is quantitative, but the actual "${p.actual}" is not measurable; give a number`,
  "actual-unmeasurable.error": (p) => `${quote(p.indicator)}the actual value is the error value ${p.error}, so completion cannot be judged`,
  "actual-unmeasurable.empty": (p) => `The target is ${p.target}, but the actual value is blank`,
  "actual-unmeasurable.unit": (p) => `The actual ${p.actual} and the target ${p.target} have different units and cannot be compared`,
  "score-formula": (p) =>
    `By the rows' completion ratios (${p.ratios.map(formatPercentShort).join(", ")}) the score would be about ${n(p.expected)}, not ${n(p.score)}; check it or explain the adjustment`,
  "target-unmeasurable.repeats": (p) => `The target "${p.target}" repeats the indicator's name and sets no measurable goal`,
  "target-unmeasurable.vague": (p) => `The target "${p.target}" is vague; state a number, a rate or a clear standard`,
  "target-unmeasurable.placeholder": (p) => `Indicator "${p.indicator}" has only the placeholder "${p.target}" as its target`,
  "target-unmeasurable.error": (p) => `${quote(p.indicator)}the target is the error value ${p.error}; no measurable goal is set`,
  "target-unmeasurable.empty": (p) => `Indicator "${p.indicator}" has no target value`,
  "score-range.missing": (p) => `The weight is ${p.weight}, but the score is blank`,
  "score-range.not-number": (p) => `The score "${p.score}" is not a number`,
  "score-range.negative": (p) => `The score ${n(p.score)} is negative`,
  "score-range.above": (p) => `The score ${n(p.score)} exceeds the weight ${n(p.weight)}`,
  "score-range.no-weight": (p) => `The score ${n(p.score)} is given, but the weight is blank or not a number`,
  "score-range.error": (p) => `The score is the error value ${p.error}`,
  "score-range.weight-error": (p) => `The weight is the error value ${p.error}`,
  "score-as-text": (p) => `Scores are stored as text (e.g. ${p.cell}); Excel's SUM ignores such cells`,
  "formula-uncomputed": (p) =>
    `Formulas not computed (the file was written by a program; open and save it in Excel/WPS, then check again): ${p.cell}${p.count > 1 ? ` and ${p.count - 1} more` : ""}`,
  "exec-rate.mismatch": (p) =>
    `The rate reads ${pct(p.written)}; executed ${n(p.executed)} ÷ budget ${n(p.budget)} gives ${pct(p.computed)}`,
  "exec-rate.no-budget": () => `The full-year budget is 0 or blank, so the execution rate cannot be computed`,
  "exec-rate.over-budget": (p) =>
    `Executed ${n(p.executed)} exceeds the budget ${n(p.budget)} (rate ${pct(p.computed)}); check for an unrecorded adjustment`,
  "exec-rate.fund-blank": () => `The full-year budget and the full-year executed amount are both blank`,
  "exec-rate.no-executed": () => `The full-year executed amount is blank or not a number, so the execution rate cannot be computed`,
  "exec-rate.error": (p) =>
    `The execution rate is the error value ${p.error}; executed ${n(p.executed)} ÷ budget ${n(p.budget)} gives ${pct(p.computed)}`,
  "exec-rate.fund-error": (p) => `${FUND_COLUMN_NAMES[p.field].en}: the error value ${p.error}, so the execution rate cannot be computed`,
  "exec-rate.blank": (p) => `The execution rate is blank; it should be ${pct(p.computed)}`,
  "exec-score.mismatch": (p) =>
    `The execution score should be ${n(p.weight)} × min(${pct(p.rate)}, 1) = ${n(p.computed)}; it reads ${n(p.written)}`,
  "exec-score.truncated": (p) =>
    `The execution score ${n(p.written)} is truncated: ${n(p.weight)} × min(${pct(p.rate)}, 1) = ${n(p.computed)} rounded (within tolerance)`,
  "fund-breakdown.mismatch": (p) =>
    `${FUND_COLUMN_NAMES[p.column].en}: the total ${n(p.total)} differs from the sum of its parts ${n(p.sum)}`,
  "fund-breakdown.blank": () => `The fund sources (current appropriation, carry-over, other) are all blank`,
  "weight-sum": (p) => `The execution weight ${n(p.exec)} plus indicator weights ${n(p.indicators)} make ${n(p.sum)}, not 100`,
  "weight-policy": (p) =>
    `Level-1 weights are ${weightsText(p.weights)}${p.exec === null ? "" : ` (execution ${n(p.exec)})`}, not the standard ${weightsText(p.standard)} (execution ${n(p.standardExec)}); explain the special case`,
  "cost-direction": (p) =>
    `${quote(p.indicator)}a cost indicator is normally "≤" (not more than), but the target is ${p.target}; check the direction`,
  "over-achievement": (p) =>
    `${quote(p.indicator)}actual ${p.actual} is ${formatPercentShort(p.ratio)} of the target ${p.target} with full score and no explanation; was the target set too low?`,
  "total.missing": (p) => `The total is blank; the scores add up to ${n(p.computed)}`,
  "total.no-row": (p) => `No total row was found; the scores add up to ${n(p.computed)}`,
  "total.error": (p) => `The total is the error value ${p.error}; the execution score plus indicator scores make ${n(p.computed)}`,
  "total.score-error": (p) => `The score in ${p.cell} is the error value ${p.error}, so the total cannot be recomputed`,
  "total.mismatch": (p) =>
    `The total reads ${typeof p.written === "number" ? n(p.written) : p.written}; the execution score plus indicator scores make ${n(p.computed)}`,
  grade: (p) => `The grade reads "${p.written}"; a total of ${n(p.total)} is "${p.computed}"`,
  "required-field": (p) => `${FIELD_NAMES[p.field].en} is blank`,
  "empty-row-text": (p) => `"${p.indicator}" has no indicator, yet its reason reads "${p.reason}"`,
  "form-empty": () => `This form has not been filled in (no actual values and no scores in the indicator table); nothing else was checked`,
  "fix-skipped.no-rows": () =>
    `The indicator table has no rows, so no total or grade formula was written (the sum would be empty or circular)`,
  "fix-skipped.error": (p) =>
    `${p.cell} holds the error ${p.value}, so no total or grade formula was written (it would recalculate to an error)`,
  "fix-skipped.text": (p) =>
    `${p.cell} holds "${p.value}", text a formula cannot read as a number (full-width digits, a unit, %, a sign), so no total or grade formula was written; type it as a number`,
  "fix-skipped.mismatch": (p) =>
    `A total formula would recalculate to ${n(p.formula)}, not the computed total ${n(p.computed)}, so no total or grade formula was written`,
};
