import { actualUnmeasurable } from "./actual-unmeasurable";
import { actualVsScore } from "./actual-vs-score";
import { costDirection } from "./cost-direction";
import { emptyRowText } from "./empty-row-text";
import { execRate } from "./exec-rate";
import { execScore } from "./exec-score";
import { formEmpty } from "./form-empty";
import { formulaUncomputed } from "./formula-uncomputed";
import { fundBreakdown } from "./fund-breakdown";
import { grade } from "./grade";
import { overAchievement } from "./over-achievement";
import { reasonMissing } from "./reason-missing";
import { reasonWithoutDeduction } from "./reason-without-deduction";
import { requiredField } from "./required-field";
import { overGroups, type FormRule, type GroupRule } from "./rule";
import { scoreAsText } from "./score-as-text";
import { scoreFormula } from "./score-formula";
import { scoreRange } from "./score-range";
import { targetUnmeasurable } from "./target-unmeasurable";
import { total } from "./total";
import { weightPolicy } from "./weight-policy";
import { weightSum } from "./weight-sum";

/** The rules a single indicator row can be judged by, in the order PERF.CHECK reports them. */
export const ROW_RULES: GroupRule[] = [reasonMissing, reasonWithoutDeduction, actualVsScore, actualUnmeasurable, scoreRange, costDirection];

/** Every rule, in report order: form header first, then the fund block, the indicators, the totals. */
export const FORM_RULES: FormRule[] = [
  // A blank template: when it reports, check.ts keeps it alone (see isBlankForm).
  formEmpty,
  formulaUncomputed,
  requiredField,
  execRate,
  execScore,
  fundBreakdown,
  ...ROW_RULES.map(overGroups),
  overGroups(scoreFormula),
  overGroups(targetUnmeasurable),
  overGroups(overAchievement),
  overGroups(emptyRowText),
  weightSum,
  weightPolicy,
  scoreAsText,
  total,
  grade,
];

/** The rules whose rows the add-in highlights: score and explanation disagree. */
export const HIGHLIGHT_RULES = new Set(["reason-missing", "reason-without-deduction", "actual-vs-score"]);

export type { FormRule, GroupRule, Hit, RuleContext } from "./rule";
export { formEmpty, isBlankForm } from "./form-empty";
export { formulaUncomputed } from "./formula-uncomputed";
