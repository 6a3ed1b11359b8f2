import { readNumberText, type ErrorCode } from "../../values";

/** An error value inside the evaluator. */
export interface FormulaError {
  k: "error";
  code: ErrorCode;
}

/** One value as a formula sees it; null is a blank cell. */
export type Scalar = number | string | boolean | null | FormulaError;

/** A rectangular array of values (a range read as values, or an array result such as --(H6:H20)). */
export interface Matrix {
  k: "matrix";
  rows: Scalar[][];
}

export function err(code: ErrorCode): FormulaError {
  return { k: "error", code };
}

export function isError(v: unknown): v is FormulaError {
  return typeof v === "object" && v !== null && (v as FormulaError).k === "error";
}

/** A finite number, or #NUM! (Excel has no NaN or infinity). */
export function num(n: number): number | FormulaError {
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : err("#NUM!");
}

/** Arithmetic's reading of a value: blank is 0, TRUE is 1, numeric text ("90.6", "66%") its number, other text #VALUE!. */
export function toNumber(v: Scalar): number | FormulaError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const read = readNumberText(v);
    return read ? read.value : err("#VALUE!");
  }
  return v;
}

/** A number as "&" writes it: General format, at most 15 significant digits. */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Concatenation's reading of a value. */
export function toText(v: Scalar): string | FormulaError {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return numberText(v);
  return v;
}

/** A condition's reading of a value (IF, AND, OR): numbers are true unless 0, "TRUE"/"FALSE" text counts. */
export function toBoolean(v: Scalar): boolean | FormulaError {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const u = v.trim().toUpperCase();
    return u === "TRUE" ? true : u === "FALSE" ? false : err("#VALUE!");
  }
  return v;
}

// Excel orders values of different types: numbers < text < logicals.
function rank(v: number | string | boolean): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

/** Compares two values as Excel's comparison operators do (text case-insensitively; blank as 0, "" or FALSE). */
export function compare(a: Scalar, b: Scalar): number | FormulaError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const blankAs = (other: Scalar) => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const u = x.toUpperCase();
    const w = y.toUpperCase();
    return u < w ? -1 : u > w ? 1 : 0;
  }
  return Number(x) - Number(y);
}
