import { excerpt } from "../model/i18n/excerpt";
import type { CellValue } from "../model/grid/grid";
import { isBlankText } from "../model/values/invisible";
import { parseValue, type ParsedValue } from "../model/values";
import type { Direction } from "../model/scoring";
import { formatMessage, paramLabel, type ParamKey } from "./messages";
import { CF_ERROR_CODE, toCfError } from "./to-cf-error";

/** Shows an argument inside a message: an excerpt, as the engine quotes cells, so a pasted paragraph does not flood the tooltip. */
export function quote(value: unknown): string {
  return excerpt(String(value));
}

/**
 * True for what Excel hands over for "nothing here": an omitted optional argument (null), an empty cell, or
 * text made only of spaces or other invisible characters (zero-width, non-breaking), as the engine reads blanks.
 */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && isBlankText(value));
}

function invalid(message: string): CustomFunctions.Error {
  return toCfError(CF_ERROR_CODE.invalidValue, message);
}

/**
 * Reads a plain number: a number cell, or text holding only a number ("150", "1,500", full-width digits), since
 * figures pasted from PDFs often arrive as text. Units, comparators and percent signs are refused because an
 * amount or a weight has none. Throws #VALUE! with the parameter's name otherwise.
 */
export function readNumber(value: unknown, param: ParamKey): number {
  if (isBlank(value)) throw invalid(formatMessage("argBlank", { param: paramLabel(param) }));
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const parsed = parseValue(value);
    if (parsed.kind === "number" && parsed.comparator === null && parsed.unit.family === "none") return parsed.value;
  }
  throw invalid(formatMessage("argNotNumber", { param: paramLabel(param), value: quote(value) }));
}

/** readNumber that also refuses negatives (weights, scores). */
export function readNonNegative(value: unknown, param: ParamKey): number {
  const n = readNumber(value, param);
  if (n < 0) throw invalid(formatMessage("argNegative", { param: paramLabel(param), value: n }));
  return n;
}

/**
 * parseValue for text. Excel re-runs every PERF cell with the same texts on each recalculation; the engine's
 * parseValue keeps each distinct text's frozen result (model/values/text-cache.ts), so no second cache lives here.
 */
export function parseText(text: string): ParsedValue {
  return parseValue(text);
}

/**
 * Reads a 年度指标值 / 实际完成值 argument with the engine's parser. A number arrives as Excel stores it, so a
 * cell showing 95% comes in as 0.95 and compares correctly with a "≥95%" target.
 */
export function readIndicatorValue(value: unknown, param: "target" | "actual"): ParsedValue {
  if (typeof value === "string") return parseText(value);
  if (value === undefined) return parseValue(null);
  if (value === null || typeof value === "number" || typeof value === "boolean") return parseValue(value);
  throw invalid(formatMessage("argNotSingle", { param: paramLabel(param), value: quote(value) }));
}

// The 方向 argument: the three documented spellings plus the Unicode and Chinese forms people type anyway.
const DIRECTIONS: Readonly<Record<string, Direction>> = {
  ">=": "positive",
  "≥": "positive",
  "＞＝": "positive",
  正向: "positive",
  "<=": "reverse",
  "≤": "reverse",
  "＜＝": "reverse",
  反向: "reverse",
  "=": "equal",
  "＝": "equal",
  等于: "equal",
};

/** Reads the optional 方向 argument; blank means "take it from the target". Throws #VALUE! for anything else. */
export function readDirection(value: unknown): Direction | null {
  if (isBlank(value)) return null;
  const key = typeof value === "string" ? value.trim() : "";
  const dir = Object.prototype.hasOwnProperty.call(DIRECTIONS, key) ? DIRECTIONS[key] : undefined;
  if (!dir) throw invalid(formatMessage("badDirection", { value: quote(value) }));
  return dir;
}

/** Passes a cell through unchanged for the engine's row check; an omitted argument is an empty cell. */
export function readCellValue(value: unknown, param: ParamKey): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw invalid(formatMessage("argNotSingle", { param: paramLabel(param), value: quote(value) }));
}
