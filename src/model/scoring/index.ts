// Scoring rules for the self-evaluation form (docs/rules.md#conventions).
export { execRate, execScore } from "./exec";
export { inferDirection, isCostDirectionDoubtful, isCostIndicator, type Direction, type DirectionHint } from "./direction";
export { completion, type Completion, type UnmeasurableReason } from "./completion";
export { positiveRule, reverseRule, equalRule, intervalRule, type RuleResult } from "./rules";
export { scoreIndicator } from "./indicator";
export { qualitativeRange, tierOfScore } from "./qualitative-range";
export { deviation } from "./deviation";
export {
  gradeOf,
  gradeOfWord,
  gradeFormula,
  gradedTotal,
  GRADES,
  GRADE_BANDS,
  GRADE_DECIMALS,
  LOWEST_GRADE,
  type Grade,
  type GradeBand,
} from "./grade";
export { groupScore } from "./group";
export { isOverAchieved } from "./over-achievement";
export { roundTo, type RoundingMode } from "./rounding";
export { approxEqual } from "./tolerance";
