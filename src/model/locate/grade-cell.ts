import { GRADE_WORDS } from "./aliases";
import { headerKey } from "./header-text";

const GRADE_WORD_SET = new Set(GRADE_WORDS);

/** True when a cell's text is a grade (优, 良好…), ignoring spaces and full-width forms. */
export function isGradeWord(text: string): boolean {
  return GRADE_WORD_SET.has(headerKey(text));
}

// Marks a template leaves in a cell to be filled ("/", "—", "-"): not something a person wrote.
const PLACEHOLDER = /^[\s/／\\\-－—–_＿·.。、]*$/;

/**
 * True when a fix may write the grade formula into a cell holding this text: nothing, a grade word or a
 * template placeholder. Anything else is something a person wrote (a 评价结论 paragraph) and is kept.
 */
export function acceptsGrade(text: string): boolean {
  return PLACEHOLDER.test(text) || isGradeWord(text);
}
