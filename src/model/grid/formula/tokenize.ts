import type { CellRange } from "../address";
import { ERROR_CODES, type ErrorCode } from "../../values";
import { Unevaluable } from "./unevaluable";

export type Operator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=" | "%";

export type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: ErrorCode }
  | { t: "ref"; v: CellRange }
  | { t: "func"; v: string }
  | { t: "op"; v: Operator }
  | { t: "(" | ")" | "," };

/** Excel's grid: columns A..XFD, rows 1..1048576. */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Z]{1,3})$/;

function isWordChar(c: string): boolean {
  return (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "_" || c === "." || c === "$";
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** A single cell reference ("$H$13") as 0-based coordinates, or null. */
function cellRef(word: string): { row: number; col: number } | null {
  const m = CELL.exec(word.toUpperCase());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  return row >= 0 && row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}

function columnRef(word: string): number | null {
  const m = COLUMN.exec(word.toUpperCase());
  if (!m) return null;
  const col = columnIndex(m[1]);
  return col <= MAX_COL ? col : null;
}

function span(a: { row: number; col: number }, b: { row: number; col: number }): CellRange {
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

// Two-character operators first.
const OPERATORS: Operator[] = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%"];

/**
 * Splits formula text (no leading "=") into tokens in one left-to-right pass; every character is looked at a
 * bounded number of times. Throws Unevaluable for what this evaluator does not read: other sheets ("Sheet2!A1",
 * "'表 1'!A1"), array constants, structured references, the "@" operator, row ranges ("6:6") and names.
 */
export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  const s = formula;
  let i = 0;
  const readWord = (): string => {
    const start = i;
    while (i < s.length && isWordChar(s.charAt(i))) i++;
    return s.slice(start, i);
  };
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
    } else if (c === '"') {
      let text = "";
      i++;
      for (;;) {
        if (i >= s.length) throw new Unevaluable("unterminated string");
        const ch = s.charAt(i++);
        if (ch !== '"') text += ch;
        else if (s.charAt(i) === '"') {
          // "" inside a string is one quote character.
          text += '"';
          i++;
        } else break;
      }
      out.push({ t: "str", v: text });
    } else if (c === "#") {
      // Error literals (#REF!, #DIV/0! …), as left in formulas whose referenced rows were deleted.
      const head = s.slice(i, i + 14).toUpperCase();
      const code = ERROR_CODES.find((e) => head.startsWith(e));
      if (!code) throw new Unevaluable(`unknown literal at ${i}`);
      out.push({ t: "err", v: code });
      i += code.length;
    } else if (isDigit(c) || (c === "." && isDigit(s.charAt(i + 1)))) {
      const start = i;
      while (i < s.length && isDigit(s.charAt(i))) i++;
      if (s.charAt(i) === ".") for (i++; i < s.length && isDigit(s.charAt(i));) i++;
      if (
        (s.charAt(i) === "e" || s.charAt(i) === "E") &&
        (isDigit(s.charAt(i + 1)) || ("+-".includes(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))))
      ) {
        i += 2;
        while (i < s.length && isDigit(s.charAt(i))) i++;
      }
      if (s.charAt(i) === ":") throw new Unevaluable("row range");
      out.push({ t: "num", v: Number(s.slice(start, i)) });
    } else if (isWordChar(c)) {
      const word = readWord();
      const next = s.charAt(i);
      if (next === "(") out.push({ t: "func", v: word.toUpperCase().replace(/^_XL(FN|WS)\./, "") });
      else if (next === "!") throw new Unevaluable("reference to another sheet");
      else if (next !== ":") out.push(single(word));
      else {
        i++;
        const second = readWord();
        if (s.charAt(i) === "!") throw new Unevaluable("reference to another sheet");
        out.push(range(word, second));
      }
    } else {
      const op = OPERATORS.find((o) => s.startsWith(o, i));
      if (op) {
        out.push({ t: "op", v: op });
        i += op.length;
      } else if (c === "(" || c === ")" || c === ",") {
        out.push({ t: c });
        i++;
      } else {
        throw new Unevaluable(`unsupported character ${c}`);
      }
    }
  }
  return out;
}

/** A word on its own: TRUE/FALSE or one cell; anything else is a defined name. */
function single(word: string): Token {
  const upper = word.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
  const cell = cellRef(word);
  if (!cell) throw new Unevaluable(`name ${word}`);
  return { t: "ref", v: span(cell, cell) };
}

/** "A1:B2" or a whole-column range "H:H". */
function range(first: string, second: string): Token {
  const a = cellRef(first);
  const b = cellRef(second);
  if (a && b) return { t: "ref", v: span(a, b) };
  const ca = columnRef(first);
  const cb = columnRef(second);
  if (ca === null || cb === null) throw new Unevaluable(`range ${first}:${second}`);
  return { t: "ref", v: { top: 0, bottom: MAX_ROW, left: Math.min(ca, cb), right: Math.max(ca, cb) } };
}
