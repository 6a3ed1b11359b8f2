import { readKnownUnit, type UnitReading } from "./units";

/** Splits an Excel number format into its code and its literal text (quoted strings and backslash escapes). */
function splitFormat(format: string): { code: string; literal: string } {
  let code = "";
  let literal = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      literal += format.slice(i + 1, end);
      i = end;
    } else if (ch === "\\") {
      literal += format.charAt(i + 1);
      i++;
    } else if (ch === "[") {
      // Colour and locale sections ("[Red]", "[$-804]") are neither code nor literal.
      const close = format.indexOf("]", i + 1);
      i = close < 0 ? format.length : close;
    } else {
      code += ch;
    }
  }
  return { code, literal };
}

/** True when an Excel number format shows the value as a percentage ("0%", "0.00%"), ignoring quoted text. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return splitFormat(format.split(";")[0]).code.includes("%");
}

/** The unit a format's literal text names, e.g. 0.00"万元" → 万元; null when the literal is not exactly one known unit. */
export function formatUnit(format: string | null | undefined): UnitReading | null {
  if (!format) return null;
  const literal = splitFormat(format.split(";")[0]).literal.replace(/\s+/g, "");
  if (literal === "") return null;
  const reading = readKnownUnit(literal);
  return reading && reading.length === literal.length ? reading : null;
}
