import type { CellPos, Fund, Indicator, ParsedForm, ReadCell, ScoreGroup } from "../parse/form";
import { formCells } from "../parse/read-cell";
import type { Profile } from "../scoring/profile";
import { completion, inferDirection, type Completion } from "../scoring";
import { DEFAULT_EXEC_WEIGHT } from "../scoring/exec";
import { cellText } from "../grid/sheet-view";
import { errorCode, parseValue, readNumberText, type ErrorCode, type ParsedValue } from "../values";
import { classifyReason, type ReasonKind } from "./reason-text";

/**
 * A cell read as a plain number — the one reading of "a cell as a number" for every score, weight, fund
 * figure and total: number cells as they are, and numbers typed as text (templates format every cell as
 * text "@") as readNumberText reads them: "90.6", " 10 ", "9.0", "６.６", "1,200.5". A percentage typed as text
 * ("90%") is not a score, weight or amount, so it is null here (score-range calls it not a number); only the
 * 执行率 cell reads percentages (cellRate). Error values, words and blanks are null.
 */
export function cellNumber(cell: ReadCell | null): number | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
  if (typeof v !== "string") return null;
  const read = readNumberText(v);
  return read && !read.percent ? read.value : null;
}

/** True when a cell holds a number typed as text, which Excel's SUM leaves out. */
export function isNumberAsText(cell: ReadCell | null): boolean {
  return cell !== null && typeof cell.value === "string" && cellNumber(cell) !== null;
}

/** The error value a cell caches ("#REF!", "#DIV/0!"), or null. */
export function cellError(cell: ReadCell | null): ErrorCode | null {
  return cell ? errorCode(cell.value) : null;
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
  /** The error value cached in the 年度指标值 / 实际完成值 cell ("#REF!"), which is named, never judged as text. */
  targetError: ErrorCode | null;
  actualError: ErrorCode | null;
}

export interface GroupAnalysis {
  group: ScoreGroup;
  weight: number | null;
  score: number | null;
  reasonKind: ReasonKind;
  rows: RowAnalysis[];
  /** True when the group's 分值 or 得分 is a formula left without a value (see FormAnalysis.uncomputed). */
  uncomputed?: boolean;
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
  /**
   * Cells the form reads that hold a formula with no cached result the evaluator could compute, in reading
   * order. They read as blank, but are not "未填写": formula-uncomputed reports them once instead.
   */
  uncomputed: CellPos[];
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
  const targetError = cellError(indicator.target);
  const actualError = cellError(indicator.actual);
  const direction = inferDirection(target, { level2: indicator.level2, level3: indicator.level3, nature: indicator.nature });
  // An error value is a broken formula, not wording: the row cannot be judged (no rule scores it or calls it
  // met), and actual-unmeasurable / target-unmeasurable name the error.
  const judged: Completion = targetError
    ? { kind: "unmeasurable", reason: "target-text" }
    : actualError
      ? { kind: "unmeasurable", reason: "actual-text" }
      : completion(target, actual, profile, direction);
  return { indicator, target, actual, completion: judged, targetError, actualError };
}

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

/**
 * Reads every number, value and explanation of a parsed form once, for all rules to share. unevaluated
 * lists the sheet's formula cells left without a value (evaluateFormulas); those the form reads are kept.
 */
export function analyzeForm(form: ParsedForm, profile: Profile, unevaluated: readonly CellPos[] = []): FormAnalysis {
  return withUncomputedGroups({
    form,
    fund: form.fund ? analyzeFund(form.fund) : null,
    groups: form.groups.map((group) => analyzeGroup(group, profile)),
    uncomputed: unevaluated.length === 0 ? [] : uncomputedCells(form, unevaluated),
  });
}

/** Reads a form (analyzeForm) and marks the groups whose 分值 or 得分 is an uncomputed formula. */
function withUncomputedGroups(a: FormAnalysis): FormAnalysis {
  if (a.uncomputed.length === 0) return a;
  for (const g of a.groups) if (isUncomputed(a, g.group.weight.pos) || isUncomputed(a, g.group.score.pos)) g.uncomputed = true;
  return a;
}

function uncomputedCells(form: ParsedForm, unevaluated: readonly CellPos[]): CellPos[] {
  const keys = new Set(unevaluated.map((p) => `${p.row},${p.col}`));
  const seen = new Set<string>();
  const out: CellPos[] = [];
  for (const c of formCells(form)) {
    const k = `${c.pos.row},${c.pos.col}`;
    if (keys.has(k) && !seen.has(k)) {
      seen.add(k);
      out.push(c.pos);
    }
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** True when a cell is a formula the form reads that stayed without a value. */
export function isUncomputed(a: FormAnalysis, pos: CellPos): boolean {
  if (a.uncomputed.length === 0) return false;
  let keys = UNCOMPUTED_KEYS.get(a);
  if (!keys) {
    keys = new Set(a.uncomputed.map((p) => `${p.row},${p.col}`));
    UNCOMPUTED_KEYS.set(a, keys);
  }
  return keys.has(`${pos.row},${pos.col}`);
}

// Every finding is looked up (check.ts), so the positions are indexed once per form.
const UNCOMPUTED_KEYS = new WeakMap<FormAnalysis, Set<string>>();

/**
 * The first 得分 (执行率得分 or a group's) that keeps the total from being recomputed: an error value, or a
 * formula left without a value. null when every score can be added up.
 */
export function totalBlocker(a: FormAnalysis): { pos: CellPos; error: ErrorCode | null } | null {
  const cells = [a.fund?.fund.score ?? null, ...a.groups.map((g) => g.group.score)];
  for (const cell of cells) {
    if (!cell) continue;
    const error = cellError(cell);
    if (error || isUncomputed(a, cell.pos)) return { pos: cell.pos, error };
  }
  return null;
}
