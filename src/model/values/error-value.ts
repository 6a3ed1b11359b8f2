/**
 * The error values a spreadsheet caches in a cell. Hosts hand them over as their code in text (Office.js,
 * SheetJS and ExcelJS alike), so a cell holding exactly one of these is read as that error.
 */
export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);
// The longest code ("#GETTING_DATA") with room for trailing spaces.
const MAX_CODE_TEXT = 32;

/** The error code a cell value is ("#REF!"), or null for every other value. */
export function errorCode(value: string | number | boolean | null): ErrorCode | null {
  // Every code is short: a long text starting with "#" is a note, and is not copied to find that out.
  if (typeof value !== "string" || !value.startsWith("#") || value.length > MAX_CODE_TEXT) return null;
  const code = value.trim().toUpperCase();
  return CODES.has(code) ? (code as ErrorCode) : null;
}
