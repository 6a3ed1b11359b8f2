import type { Fund, Indicator, ParsedForm, ReadCell, ScoreGroup } from "./form";
import type { Profile } from "./profile";
import { completion, inferDirection, type Completion } from "./scoring";
import { cellText } from "./sheet-view";
import { parseValue, type ParsedValue } from "./values";
import { classifyReason, type ReasonKind } from "./reason-text";

/** A cell read as a plain number: numbers as they are, numeric text ("150", " 1,200.5 ") parsed, anything else null. */
export function cellNumber(cell: ReadCell | null): number | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const s = v.replace(/[\s,，]/g, "");
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}

/** A written rate as a fraction: 0.66 (a % cell), "66%", "66.67" (percentage points), or null. */
export function cellRate(cell: ReadCell | null): number | null {
  if (!cell) return null;
  const parsed = parseValue(cell.value, cell.format);
  if (parsed.kind !== "number") return null;
  if (parsed.unit.family === "percent") return parsed.value;
  // A bare number above 1.5 can only be percentage points (nobody executes 150 times the budget).
  return parsed.value > 1.5 ? parsed.value / 100 : parsed.value;
}

export interface RowAnalysis {
  indicator: Indicator;
  target: ParsedValue;
  actual: ParsedValue;
  completion: Completion;
}

export interface GroupAnalysis {
  group: ScoreGroup;
  weight: number | null;
  score: number | null;
  reasonKind: ReasonKind;
  rows: RowAnalysis[];
}

export interface FundAnalysis {
  fund: Fund;
  budget: number | null;
  executed: number | null;
  weight: number;
  weightWritten: number | null;
  rateWritten: number | null;
  scoreWritten: number | null;
  rate: number | null;
  score: number | null;
}

export interface FormAnalysis {
  form: ParsedForm;
  fund: FundAnalysis | null;
  groups: GroupAnalysis[];
}

function withUnit(cell: ReadCell, unit: string | null): ParsedValue {
  const parsed = parseValue(cell.value, cell.format);
  // Variant D keeps the unit in its own column: "430" + "平方米".
  if (!unit || parsed.kind !== "number" || parsed.unit.family !== "none") return parsed;
  return parseValue(`${cellText(cell.value)}${unit}`);
}

function analyzeRow(indicator: Indicator, profile: Profile): RowAnalysis {
  const target = withUnit(indicator.target, indicator.unit);
  const actual = withUnit(indicator.actual, indicator.unit);
  const direction = inferDirection(target, { level2: indicator.level2, level3: indicator.level3, nature: indicator.nature });
  return { indicator, target, actual, completion: completion(target, actual, profile, direction) };
}

// The national template gives budget execution 10 points when the form leaves 分值 blank.
const DEFAULT_EXEC_WEIGHT = 10;

function analyzeFund(fund: Fund): FundAnalysis {
  const budget = cellNumber(fund.total.budget);
  const executed = cellNumber(fund.total.executed);
  const weightWritten = cellNumber(fund.weight);
  const weight = weightWritten ?? DEFAULT_EXEC_WEIGHT;
  const ratio = budget !== null && budget > 0 && executed !== null ? executed / budget : null;
  // A denormal budget makes the ratio overflow; no real form has one, so there is no rate to judge.
  const rate = ratio !== null && Number.isFinite(ratio) ? ratio : null;
  return {
    fund,
    budget,
    executed,
    weight,
    weightWritten,
    rateWritten: cellRate(fund.rate),
    scoreWritten: cellNumber(fund.score),
    rate,
    score: rate === null || !Number.isFinite(weight) ? null : weight * Math.min(Math.max(rate, 0), 1),
  };
}

/** Reads one score group's numbers, explanation and rows. */
export function analyzeGroup(group: ScoreGroup, profile: Profile): GroupAnalysis {
  return {
    group,
    weight: cellNumber(group.weight),
    score: cellNumber(group.score),
    reasonKind: classifyReason(group.reason),
    rows: group.indicators.filter((i) => !i.blank).map((i) => analyzeRow(i, profile)),
  };
}

/** Reads every number, value and explanation of a parsed form once, for all rules to share. */
export function analyzeForm(form: ParsedForm, profile: Profile): FormAnalysis {
  return {
    form,
    fund: form.fund ? analyzeFund(form.fund) : null,
    groups: form.groups.map((group) => analyzeGroup(group, profile)),
  };
}
