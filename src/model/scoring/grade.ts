import type { Grade } from "../report";
import { roundTo } from "./rounding";

/**
 * The grade bands (docs/rules.md#grade-bands), highest first: a total at or above `min` earns `grade`; below the
 * last band it is 差. This one table drives gradeOf and the IF formula a fix writes, so the engine
 * and the workbook cannot disagree on a boundary.
 */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
];

/** The grade below every band. */
export const LOWEST_GRADE: Grade = "差";

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

/**
 * The native Excel formula that grades the total in `ref` exactly as gradeOf does:
 * IF(ROUND(ref,2)>=90,"优",IF(ROUND(ref,2)>=80,"良",IF(ROUND(ref,2)>=60,"中","差"))). Nested IF rather
 * than IFS so Excel 2016, WPS and LibreOffice all evaluate it.
 */
export function gradeFormula(ref: string): string {
  const rounded = `ROUND(${ref},${GRADE_DECIMALS})`;
  return GRADE_BANDS.reduceRight<string>((otherwise, band) => `IF(${rounded}>=${band.min},"${band.grade}",${otherwise})`, `"${LOWEST_GRADE}"`);
}
