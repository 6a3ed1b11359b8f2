import { isNumeric, type ParsedValue } from "./types";

/**
 * True when two values can be compared as numbers: both numeric and of one unit family. A bare number ("none")
 * matches any family; "other" units must carry the same label, since they are not converted.
 */
export function sameUnitFamily(a: ParsedValue, b: ParsedValue): boolean {
  if (!isNumeric(a) || !isNumeric(b)) return false;
  if (a.unit.family === "none" || b.unit.family === "none") return true;
  if (a.unit.family !== b.unit.family) return false;
  return a.unit.family !== "other" || a.unit.label.toLowerCase() === b.unit.label.toLowerCase();
}
