/**
 * The error values a spreadsheet caches in a cell. Hosts hand them over as their code in text (Office.js,
 * SheetJS and ExcelJS alike), so a cell holding exactly one of these is read as that error.
 */
export const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** The error code a cell value is ("#REF!"), or null for every other value. */
export function errorCode(value: string | number | boolean | null): ErrorCode | null {
  if (typeof value !== "string" || !value.startsWith("#")) return null;
  const code = value.trim().toUpperCase();
  return CODES.has(code) ? (code as ErrorCode) : null;
}
