import type { Grade } from "../report";

/** The grade of a total (domain §2.7): ≥90 优, ≥80 良, ≥60 中, else 差; null for NaN or ±Infinity. */
export function gradeOf(total: number): Grade | null {
  if (typeof total !== "number" || !Number.isFinite(total)) return null;
  if (total >= 90) return "优";
  if (total >= 80) return "良";
  if (total >= 60) return "中";
  return "差";
}
