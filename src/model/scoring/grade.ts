import { roundTo } from "./rounding";

/** The four grades, best first (docs/rules.md#grade-bands). */
export const GRADES = ["优", "良", "中", "差"] as const;
export type Grade = (typeof GRADES)[number];

export interface GradeBand {
  grade: Grade;
  /** The lowest total (rounded to GRADE_DECIMALS) that earns the grade; -Infinity for the last band. */
  min: number;
  /** Other words a form writes for this grade (优秀 for 优): read as the grade, never written. */
  synonyms: readonly string[];
}

/**
 * The grade bands (docs/rules.md#grade-bands), highest first: a total at or above `min` earns `grade`. This one
 * table drives gradeOf, the IF formula a fix writes and the reading of a written grade (gradeWordOf), so the
 * engine, the workbook and the locator cannot disagree on a boundary or a word.
 */
export const GRADE_BANDS: readonly GradeBand[] = [
  { grade: "优", min: 90, synonyms: ["优秀"] },
  { grade: "良", min: 80, synonyms: ["良好"] },
  { grade: "中", min: 60, synonyms: ["合格"] },
  { grade: "差", min: -Infinity, synonyms: ["不合格"] },
];

/** The grade below every bounded band. */
export const LOWEST_GRADE: Grade = GRADE_BANDS[GRADE_BANDS.length - 1].grade;

/**
 * Totals are judged to 2 decimals: a float sum such as 89.99999999999999 is the 90 a person wrote, and
 * Excel's ROUND(x, 2) agrees with roundTo's decimal half-up on every total a form can hold.
 */
export const GRADE_DECIMALS = 2;

/** The total a grade is decided on: half-up to GRADE_DECIMALS (89.99999999999999 → 90). */
export function gradedTotal(total: number): number {
  return roundTo(total, GRADE_DECIMALS);
}

/** The grade of a total rounded to 2 decimals (≥90 优, ≥80 良, ≥60 中, else 差); null for NaN or ±Infinity. */
export function gradeOf(total: number): Grade | null {
  if (typeof total !== "number" || !Number.isFinite(total)) return null;
  const t = gradedTotal(total);
  for (const band of GRADE_BANDS) if (t >= band.min) return band.grade;
  return LOWEST_GRADE;
}

/** The grade a word names exactly: a grade itself or one of its synonyms (the caller normalises the text). */
export function gradeOfWord(word: string): Grade | null {
  for (const band of GRADE_BANDS) if (band.grade === word || band.synonyms.includes(word)) return band.grade;
  return null;
}

/**
 * The native Excel formula that grades the total in `ref` exactly as gradeOf does:
 * IF(ROUND(ref,2)>=90,"优",IF(ROUND(ref,2)>=80,"良",IF(ROUND(ref,2)>=60,"中","差"))). Nested IF rather
 * than IFS so Excel 2016, WPS and LibreOffice all evaluate it; the unbounded last band is the final else.
 */
export function gradeFormula(ref: string): string {
  const rounded = `ROUND(${ref},${GRADE_DECIMALS})`;
  const bounded = GRADE_BANDS.filter((band) => Number.isFinite(band.min));
  return bounded.reduceRight<string>((otherwise, band) => `IF(${rounded}>=${band.min},"${band.grade}",${otherwise})`, `"${LOWEST_GRADE}"`);
}
