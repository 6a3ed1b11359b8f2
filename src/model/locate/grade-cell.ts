import { gradeOfWord, type Grade } from "../scoring/grade";
import { headerKey } from "./header-text";

/**
 * The grade a cell's text names, synonyms mapped to the four bands (优秀 → 优, 良好 → 良…), ignoring spaces,
 * invisible characters and full-width forms; null for any other text. The one reading of a written grade, for
 * the locator (is this the grade cell?), the grade rule and the report's entered figures.
 */
export function gradeWordOf(text: string): Grade | null {
  // The words and their synonyms come from the band table (scoring/grade.ts); only the normalising is here.
  return gradeOfWord(headerKey(text));
}

/** True when a cell's text is a grade (优, 良好…). */
export function isGradeWord(text: string): boolean {
  return gradeWordOf(text) !== null;
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
