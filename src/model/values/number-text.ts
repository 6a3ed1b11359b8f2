import { foldText } from "./normalize";

/** A number read from text: its value, and whether it was written as a percentage ("66%" is 0.66). */
export interface NumberText {
  value: number;
  percent: boolean;
}

// Digits with optional thousands groups ("1,200.5"), an optional fraction and exponent. Every part is a fixed
// character class, so matching is linear. A comma must group exactly three digits: "1,2" is a list, not 12.
const PLAIN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?$/i;

/**
 * Reads text that a person typed as a number, the way a spreadsheet's VALUE() would: "90.6", " 10 ", "9.0",
 * "+5", "-3", "1,200.5", "1E3", full-width "６.６" and "１，２００", whitespace around it (non-breaking and
 * ideographic spaces too), and a trailing "%" ("66%" → 0.66, percent: true). Anything else — units
 * ("90分"), words, dates, two numbers — is null: text that is not a number stays text.
 */
export function readNumberText(text: string): NumberText | null {
  // Spaces around a number are padding; inside it ("1 2") they make two numbers, as VALUE() says.
  const trimmed = text.trim();
  if (/\s/.test(trimmed)) return null;
  let s = foldText(trimmed);
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1);
  // The pattern also matches "", "+", "." and "e5"; a number needs a digit before any exponent.
  if (!PLAIN.test(s) || !/\d/.test(s.split(/e/i)[0])) return null;
  const digits = s.replace(/,/g, "");
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  // Scaling on the decimal string keeps "66.67%" exactly 0.6667 (66.67 / 100 is 0.6667000000000001).
  const value = percent ? (/e/i.test(digits) ? n / 100 : Number(`${digits}e-2`)) : n;
  // -0 would print as "-0" downstream.
  return { value: value === 0 ? 0 : value, percent };
}
