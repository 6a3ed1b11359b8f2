import type { ParsedValue } from "./types";

/**
 * Reads a bare number against a percent target as percentage points when it cannot be a fraction:
 * 97 typed in an unformatted cell beside "≥98%" means 97%, not 9,700%.
 */
export function alignToTarget(target: ParsedValue, actual: ParsedValue): ParsedValue {
  const percentTarget = (target.kind === "number" || target.kind === "interval") && target.unit.family === "percent";
  if (!percentTarget || actual.kind !== "number" || actual.unit.family !== "none" || actual.value <= 1.5) return actual;
  return { ...actual, value: actual.value / 100, unit: { family: "percent", label: "%" } };
}
