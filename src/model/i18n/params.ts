// What each message says, as data: a rule emits a message id and these parameters (numbers as numbers, fields and
// columns as keys, cell text as the user typed it), and a catalogue per language (zh.ts, en.ts) words them. The
// `Catalogue` type makes a message missing from either language, or worded from a parameter that does not exist,
// a compile error.
import type { Grade, Lang } from "../report/report";
import type { Category, FieldKey, FundColumn } from "./vocabulary";

/** 一级 weights by category, as weight-policy found or expects them. */
export type CategoryWeights = Partial<Record<Category, number>>;

/** Cell text, quoted as typed (messages cut it to an excerpt). */
type Text = string;
/** An error value such as "#REF!". */
type ErrorCode = string;
/** An A1 reference. */
type Cell = string;

export interface MessageParamMap {
  "reason-missing.empty": { score: number; weight: number };
  "reason-missing.none": { score: number; weight: number; lost: number; reason: Text };
  "reason-without-deduction": { score: number; reason: Text };
  "actual-vs-score.missed-full": { indicator: Text; actual: Text; target: Text; score: number };
  "actual-vs-score.over-full": { indicator: Text; actual: Text; target: Text; score: number };
  "actual-vs-score.met-deducted": { lost: number; score: number; weight: number };
  "actual-vs-score.tier": { actual: Text; tier: number; low: number; high: number; score: number };
  "actual-unmeasurable.text": { target: Text; actual: Text };
  "actual-unmeasurable.error": { indicator: Text; error: ErrorCode };
  "actual-unmeasurable.empty": { target: Text; actual: Text };
  "actual-unmeasurable.unit": { target: Text; actual: Text };
  /** ratios: each row's completion as a fraction (0.8 is 80%). */
  "score-formula": { ratios: readonly number[]; expected: number; score: number };
  "target-unmeasurable.repeats": { target: Text };
  "target-unmeasurable.vague": { target: Text };
  "target-unmeasurable.placeholder": { indicator: Text; target: Text };
  "target-unmeasurable.error": { indicator: Text; error: ErrorCode };
  "target-unmeasurable.empty": { indicator: Text };
  "score-range.missing": { weight: Text };
  "score-range.not-number": { score: Text };
  "score-range.negative": { score: number };
  "score-range.above": { score: number; weight: number };
  "score-range.no-weight": { score: number };
  "score-range.error": { error: ErrorCode };
  "score-range.weight-error": { error: ErrorCode };
  "score-as-text": { cell: Cell };
  "formula-uncomputed": { cell: Cell; count: number };
  /** Rates are fractions (0.6667); amounts are 万元 as written. */
  "exec-rate.mismatch": { written: number; executed: number; budget: number; computed: number };
  "exec-rate.no-budget": Record<string, never>;
  "exec-rate.over-budget": { executed: number; budget: number; computed: number };
  "exec-rate.fund-blank": Record<string, never>;
  "exec-rate.no-executed": Record<string, never>;
  "exec-rate.error": { error: ErrorCode; executed: number; budget: number; computed: number };
  "exec-rate.fund-error": { field: FundColumn; error: ErrorCode };
  "exec-rate.blank": { computed: number };
  /** rate is a fraction; weight × min(rate, 1) = computed. */
  "exec-score.mismatch": { written: number; computed: number; weight: number; rate: number };
  "exec-score.truncated": { written: number; computed: number; weight: number; rate: number };
  "fund-breakdown.mismatch": { column: FundColumn; total: number; sum: number };
  "fund-breakdown.blank": Record<string, never>;
  "weight-sum": { exec: number; indicators: number; sum: number };
  /** exec: the form's 执行率 weight, null without a fund block; standardExec: the policy's. */
  "weight-policy": { weights: CategoryWeights; exec: number | null; standard: CategoryWeights; standardExec: number };
  "cost-direction": { indicator: Text; target: Text };
  /** ratio: actual ÷ target (1.4 is 140%). */
  "over-achievement": { indicator: Text; actual: Text; target: Text; ratio: number };
  "total.missing": { computed: number };
  "total.no-row": { computed: number };
  "total.error": { error: ErrorCode; computed: number };
  "total.score-error": { cell: Cell; error: ErrorCode };
  /** written: the number read, or the cell's text when it is not one. */
  "total.mismatch": { written: number | Text; computed: number };
  grade: { written: Text; computed: Grade; total: number };
  "required-field": { field: FieldKey };
  "empty-row-text": { indicator: Text; reason: Text };
  "form-empty": Record<string, never>;
  "fix-skipped.no-rows": Record<string, never>;
  "fix-skipped.error": { cell: Cell; value: Text };
  "fix-skipped.text": { cell: Cell; value: Text };
  /** formula: what the formula would recalculate to; computed: the engine's total. */
  "fix-skipped.mismatch": { formula: number; computed: number };
}

export type MessageId = keyof MessageParamMap;
export type ParamsOf<M extends MessageId> = MessageParamMap[M];

/** One language's wording of every message: a missing or extra message is a compile error. */
export type Catalogue = { readonly [M in MessageId]: (p: MessageParamMap[M]) => string };

/** The catalogues, one per language. */
export type Catalogues = Readonly<Record<Lang, Catalogue>>;

/** The messages a rule may emit: its id, or its id followed by ".detail". */
export type MessageOf<Id extends string> = Extract<MessageId, Id | `${Id}.${string}`>;
