// The registry: every rule definition, in report order. RuleId, the titles, the highlight set and the row
// rules PERF.CHECK runs all derive from this one list (test/docs/rules-doc.test.ts proves every rule file
// is listed here and documented in docs/rules.md and the README).
import type { Lang } from "../report/report";
import { actualUnmeasurable } from "./actual-unmeasurable";
import { actualVsScore } from "./actual-vs-score";
import { costDirection } from "./cost-direction";
import { emptyRowText } from "./empty-row-text";
import { execRate } from "./exec-rate";
import { execScore } from "./exec-score";
import { fixSkipped } from "./fix-skipped";
import { formEmpty } from "./form-empty";
import { formulaUncomputed } from "./formula-uncomputed";
import { fundBreakdown } from "./fund-breakdown";
import { grade } from "./grade";
import { overAchievement } from "./over-achievement";
import { reasonMissing } from "./reason-missing";
import { reasonWithoutDeduction } from "./reason-without-deduction";
import { requiredField } from "./required-field";
import type { FormRule, GroupRule } from "./rule";
import { scoreAsText } from "./score-as-text";
import { scoreFormula } from "./score-formula";
import { scoreRange } from "./score-range";
import { targetUnmeasurable } from "./target-unmeasurable";
import { total } from "./total";
import { weightPolicy } from "./weight-policy";
import { weightSum } from "./weight-sum";

/** The rules a single indicator row can be judged by, in the order PERF.CHECK reports them. */
export const ROW_RULES = [reasonMissing, reasonWithoutDeduction, actualVsScore, actualUnmeasurable, scoreRange, costDirection] as const;

/** Every rule, in report order: form header first, then the fund block, the indicators, the totals, the fix. */
export const RULES = [
  // A blank template: when it reports, check.ts keeps it alone (see isBlankForm).
  formEmpty,
  formulaUncomputed,
  requiredField,
  execRate,
  execScore,
  fundBreakdown,
  ...ROW_RULES,
  scoreFormula,
  targetUnmeasurable,
  overAchievement,
  emptyRowText,
  weightSum,
  weightPolicy,
  scoreAsText,
  total,
  grade,
  // Last: why --fix / 填写总分 wrote no formula, after the findings about the figures themselves.
  fixSkipped,
] as const;

/** A rule's id: a typo in one does not compile. */
export type RuleId = (typeof RULES)[number]["id"];

/** Every rule id, in report order. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** The registry typed for iteration (each rule checks a form and emits its own messages). */
export const FORM_RULES: readonly FormRule<RuleId>[] = RULES;

const BY_ID: ReadonlyMap<string, FormRule<RuleId>> = new Map(FORM_RULES.map((r) => [r.id, r]));

/** True when `id` names a rule (Finding.rule is a string in the JSON). */
export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The definition of a rule by id. */
export function ruleById(id: RuleId): FormRule<RuleId> {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** A rule's short title for tables (the id itself for a string that names no rule). */
export function ruleTitle(rule: string, lang: Lang): string {
  return BY_ID.get(rule)?.title[lang] ?? rule;
}

/** The rules whose rows hosts highlight: score and explanation disagree. */
export const HIGHLIGHT_RULES: ReadonlySet<RuleId> = new Set(FORM_RULES.filter((r) => r.highlights).map((r) => r.id));

/** The row rules, typed for iteration. */
export const GROUP_RULES: readonly GroupRule<RuleId>[] = ROW_RULES;

export { defineRule, isGroupRule, type FormRule, type GroupRule, type Hit, type RuleContext, type RuleHit, type RuleMeta } from "./rule";
export { formEmpty, isBlankForm } from "./form-empty";
export { formulaUncomputed } from "./formula-uncomputed";
export { fixSkipped } from "./fix-skipped";
