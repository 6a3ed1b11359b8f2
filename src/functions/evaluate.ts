/*
 * What the PERF.* functions compute, argument by argument: read and check the cell values, ask the engine,
 * and turn every "no answer" of the engine into an Excel error that says why. No scoring rule lives here.
 */
import { DEFAULT_PROFILE, type Profile } from "../model/scoring/profile";
import type { Grade } from "../model/report/report";
import {
  completion,
  deviation,
  execRate,
  execScore,
  gradeOf,
  qualitativeRange,
  roundTo,
  scoreIndicator,
  type UnmeasurableReason,
} from "../model/scoring";
import type { ParsedValue } from "../model/values";
import { checkRow } from "../model/row-check";
import { isBlank, quote, readCellValue, readDirection, readIndicatorValue, readNonNegative, readNumber } from "./args";
import { FUNCTION_LANG, formatMessage, type MessageKey } from "./messages";
import { CF_ERROR_CODE, toCfError } from "./to-cf-error";

/** The functions score with the national defaults: a formula cell has no place to name a province profile. */
const PROFILE: Profile = DEFAULT_PROFILE;

function invalid(key: MessageKey, params: Record<string, string | number> = {}): CustomFunctions.Error {
  return toCfError(CF_ERROR_CODE.invalidValue, formatMessage(key, params));
}

function budgetBlankOrZero(): CustomFunctions.Error {
  return toCfError(CF_ERROR_CODE.divisionByZero, formatMessage("budgetBlankOrZero"));
}

function budgetOf(budgetArg: unknown): number {
  // A blank budget is the same division by nothing as 0: Excel's own =B/A gives #DIV/0! for an empty A.
  if (isBlank(budgetArg)) throw budgetBlankOrZero();
  const budget = readNumber(budgetArg, "budget");
  if (budget < 0) throw invalid("budgetNegative", { value: budget });
  if (budget === 0) throw budgetBlankOrZero();
  return budget;
}

/** 执行率 = 全年执行数 ÷ 全年预算数 as a fraction; #DIV/0! for a 0 or blank budget. */
export function evalExecRate(budgetArg: unknown, executedArg: unknown): number {
  const budget = budgetOf(budgetArg);
  const executed = readNumber(executedArg, "executed");
  const rate = execRate(budget, executed);
  if (rate === null) throw budgetBlankOrZero();
  return rate;
}

/** 执行率得分 = 分值 × min(执行率, 1), 分值 defaulting to 10. */
export function evalExecScore(budgetArg: unknown, executedArg: unknown, weightArg: unknown): number {
  const budget = budgetOf(budgetArg);
  const executed = readNumber(executedArg, "executed");
  const weight = isBlank(weightArg) ? null : readNonNegative(weightArg, "weight");
  const score = execScore(budget, executed, weight);
  if (score === null) throw budgetBlankOrZero();
  return score;
}

function percentLabel(fraction: number): string {
  return `${roundTo(fraction * 100, 2)}%`;
}

/** The #VALUE! for a qualitative pair: the three official tiers spelled out in points for this weight. */
function qualitativeError(weight: number): CustomFunctions.Error {
  const [t1Low] = qualitativeRange(1, weight, PROFILE);
  const [t2Low] = qualitativeRange(2, weight, PROFILE);
  const [upper, lower] = PROFILE.qualitativeTiers;
  return invalid("qualitative", {
    w: roundTo(weight, 2),
    t1Low: roundTo(t1Low, 2),
    t2Low: roundTo(t2Low, 2),
    p1: percentLabel(upper),
    p2: percentLabel(lower),
  });
}

function unmeasurableError(reason: UnmeasurableReason, target: ParsedValue, actual: ParsedValue): CustomFunctions.Error {
  const params = { target: quote(target.raw), actual: quote(actual.raw) };
  switch (reason) {
    case "actual-text":
      return invalid(actual.kind === "interval" ? "actualRange" : "actualText", params);
    case "actual-empty":
      return invalid("actualEmpty");
    case "target-empty":
      return invalid("targetEmpty");
    case "target-text":
      return invalid("targetText", params);
    case "unit-mismatch":
      return invalid("unitMismatch", params);
  }
}

/** An indicator's score by the national rules; #VALUE! explaining why when the pair cannot be scored by formula. */
export function evalScore(targetArg: unknown, actualArg: unknown, weightArg: unknown, directionArg: unknown): number {
  const target = readIndicatorValue(targetArg, "target");
  const actual = readIndicatorValue(actualArg, "actual");
  const weight = readNonNegative(weightArg, "weight");
  const direction = readDirection(directionArg);
  const score = scoreIndicator(target, actual, weight, PROFILE, direction);
  if (score !== null) return score;
  const c = completion(target, actual, PROFILE, direction);
  if (c.kind === "unmeasurable") throw unmeasurableError(c.reason, target, actual);
  // completion() answers "quantitative" exactly when scoreIndicator scores, so what is left is qualitative.
  throw qualitativeError(weight);
}

/** The signed relative deviation (B−A)/A of the actual from the target. */
export function evalDeviation(targetArg: unknown, actualArg: unknown): number {
  const target = readIndicatorValue(targetArg, "target");
  const actual = readIndicatorValue(actualArg, "actual");
  const d = deviation(target, actual);
  if (d !== null) return d;
  // deviation() only says "not comparable"; the checks below name the first reason a person can fix.
  const params = { target: quote(target.raw), actual: quote(actual.raw) };
  if (target.kind === "empty") throw invalid("targetEmpty");
  if (actual.kind === "empty") throw invalid("actualEmpty");
  if (target.kind === "text") throw invalid("targetNotNumeric", params);
  if (actual.kind === "interval") throw invalid("actualRange", params);
  if (actual.kind === "text") throw invalid("actualText", params);
  const c = completion(target, actual, PROFILE);
  if (c.kind === "unmeasurable" && c.reason === "unit-mismatch") throw invalid("unitMismatch", params);
  // Both are numbers of one unit family, so the reference value is 0.
  throw toCfError(CF_ERROR_CODE.divisionByZero, formatMessage("targetZero"));
}

/** 优 / 良 / 中 / 差 for a total. */
export function evalGrade(totalArg: unknown): Grade {
  const grade = gradeOf(readNumber(totalArg, "total"));
  if (grade === null) throw invalid("totalNotFinite");
  return grade;
}

/** "" for a consistent row, else the message of the first row rule that fires (the engine's wording). */
export function evalCheck(targetArg: unknown, actualArg: unknown, weightArg: unknown, scoreArg: unknown, reasonArg: unknown): string {
  const verdict = checkRow(
    {
      target: readCellValue(targetArg, "target"),
      actual: readCellValue(actualArg, "actual"),
      weight: readCellValue(weightArg, "weight"),
      score: readCellValue(scoreArg, "score"),
      reason: readCellValue(reasonArg, "reason"),
    },
    { lang: FUNCTION_LANG },
  );
  return verdict ? verdict.message : "";
}
