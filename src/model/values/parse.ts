import { comparatorAfter, comparatorBefore } from "./comparators";
import { memoByText } from "./text-cache";
import { trimInvisible } from "./invisible";
import { normalizeText } from "./normalize";
import { formatUnit, isPercentFormat } from "./number-format";
import { NO_UNIT, type Comparator, type Empty, type Interval, type ParsedValue, type Quantity, type Qualitative } from "./types";
import { readKnownUnit, readUnknownUnit, type UnitReading } from "./units";

const EMPTY: Empty = Object.freeze({ kind: "empty", raw: "" }) as Empty;
/** Dashes and slashes stand for "not applicable" in these forms ("—", "——", "/"). */
const PLACEHOLDER = /^[-‐‑‒–—―/\\]+$/;
const NUMBER = /\d+(?:\.\d+)?|\.\d+/g;
/** What joins the two numbers of a range ("50-70", "50~70", "50至70"): one character, read by a set lookup. */
const RANGE_SEPARATORS = new Set(["-", "‐", "‒", "–", "—", "―", "~", "〜", "至", "到"]);
/** "30余辆", "50多人": approximation words between the number and its unit. */
const APPROXIMATE = /^(?:余|多)/;

interface NumberToken {
  text: string;
  start: number;
  end: number;
}

function text(raw: string): Qualitative {
  return { kind: "text", raw };
}

/** The first numbers of s, at most `limit`: a cell with more than two is text whatever follows ("1-1-1-…"). */
function numberTokens(s: string, limit: number): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m && out.length < limit; m = out.length < limit ? NUMBER.exec(s) : null) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Converts a decimal string to the base unit on the decimal representation, so "603.25" 万元 is exactly 6032500. */
function scaled(digits: string, reading: UnitReading | null): number {
  const pow = reading ? reading.pow10 : 0;
  const factor = reading ? reading.factor : 1;
  const value = Number(`${digits}e${pow}`) * factor;
  return value === 0 ? 0 : value;
}

/** The unit right after a number: a known unit, else (when no comparator word follows) an unknown measure word. */
function unitAfter(suffix: string): UnitReading | null {
  const known = readKnownUnit(suffix);
  if (known) return known;
  return comparatorAfter(suffix) ? null : readUnknownUnit(suffix);
}

function readQuantity(s: string, token: NumberToken, raw: string): ParsedValue {
  let prefix = s.slice(0, token.start);
  let sign = 1;
  // A minus sign counts only at the start or right after a comparator ("-5%", "≥-5%"); elsewhere it is a dash.
  if (prefix.endsWith("-")) {
    const before = prefix.slice(0, -1);
    if (before === "" || comparatorBefore(before)) {
      sign = -1;
      prefix = before;
    }
  }
  const suffix = s.slice(token.end).replace(APPROXIMATE, "");
  const reading = unitAfter(suffix);
  const after = reading ? suffix.slice(reading.length) : suffix;
  const comparator: Comparator | null = comparatorBefore(prefix) ?? comparatorAfter(after);
  const value = sign * scaled(token.text, reading);
  if (!Number.isFinite(value)) return text(raw);
  const q: Quantity = { kind: "number", comparator, value: value === 0 ? 0 : value, unit: reading ? reading.unit : NO_UNIT, raw };
  return q;
}

/** Reads "50-70次" / "50次~70次" / "40%-60%" from exactly two numbers joined by a range separator, or null. */
function readInterval(s: string, first: NumberToken, second: NumberToken, raw: string): Interval | null {
  // The text between the numbers is the first number's unit (or nothing) and then one separator.
  const between = s.slice(first.end, second.start);
  if (!RANGE_SEPARATORS.has(between.slice(-1)) || s.slice(0, first.start).endsWith("-")) return null;
  const reading = unitAfter(s.slice(second.end).replace(APPROXIMATE, ""));
  const firstUnit = between.slice(0, -1);
  if (firstUnit !== "" && (!reading || firstUnit !== reading.unit.label)) return null;
  const a = scaled(first.text, reading);
  const b = scaled(second.text, reading);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return { kind: "interval", low: Math.min(a, b), high: Math.max(a, b), unit: reading ? reading.unit : NO_UNIT, raw };
}

function parseNumberCell(cell: number, numberFormat: string | null | undefined): ParsedValue {
  const raw = String(cell);
  if (!Number.isFinite(cell)) return text(raw);
  const n = cell === 0 ? 0 : cell; // -0 would print as "-0" downstream
  // A "%"-formatted cell already stores the fraction (0.95 shows as 95%).
  if (isPercentFormat(numberFormat)) return { kind: "number", comparator: null, value: n, unit: { family: "percent", label: "%" }, raw };
  const reading = formatUnit(numberFormat);
  if (!reading) return { kind: "number", comparator: null, value: n, unit: NO_UNIT, raw };
  // String(n) is the shortest round-trip decimal, so scaling it is exact unless it is in exponent form.
  const value = raw.includes("e") ? n * 10 ** reading.pow10 * reading.factor : scaled(raw, reading);
  if (!Number.isFinite(value)) return text(raw);
  return { kind: "number", comparator: null, value, unit: reading.unit, raw };
}

function parseStringOnce(input: string): ParsedValue {
  const raw = trimInvisible(input);
  const s = normalizeText(input);
  if (s === "" || PLACEHOLDER.test(s)) return EMPTY;
  const tokens = numberTokens(s, 3);
  if (tokens.length === 1) return readQuantity(s, tokens[0], raw);
  if (tokens.length === 2) return readInterval(s, tokens[0], tokens[1], raw) ?? text(raw);
  // No number, or several numbers that are not one range: not measurable as a single value.
  return text(raw);
}

/**
 * parseStringOnce per distinct text (text-cache.ts): forms repeat their values ("100%", "≥95%", one long
 * paragraph pasted in every row). The results are frozen, since every caller shares them.
 */
const parseString = memoByText((input: string): ParsedValue => deepFreeze(parseStringOnce(input)));

function deepFreeze(v: ParsedValue): ParsedValue {
  if (v.kind === "number" || v.kind === "interval") Object.freeze(v.unit);
  return Object.freeze(v);
}

/**
 * Parses a 年度指标值 / 实际完成值 cell into a number, range, text or empty (docs/rules.md#value-parsing); never throws.
 * A lone number keeps its value whatever word precedes it ("达标率100%" is 100%), because forms routinely
 * name the measure before the figure; two or more numbers that are not one range make the cell text.
 * numberFormat applies to number cells only: "%" formats mark fractions, a quoted unit ("0.00\"万元\"") scales.
 */
export function parseValue(input: string | number | boolean | null, numberFormat?: string | null): ParsedValue {
  if (typeof input === "string") return parseString(input);
  if (typeof input === "number") return parseNumberCell(input, numberFormat);
  if (typeof input === "boolean") return text(input ? "TRUE" : "FALSE");
  return EMPTY;
}
