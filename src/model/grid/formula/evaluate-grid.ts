import type { CellRange } from "../address";
import type { CellValue, Grid } from "../grid";
import { errorCode } from "../../values";
import { Evaluator, type CellSource } from "./evaluate";
import { parseFormula } from "./parse";
import { err, isError, type Scalar } from "./scalar";
import { Unevaluable } from "./unevaluable";

// A 0-based sheet position, the shape of the parsed form's CellPos (parse/form.ts), spelled out here because the
// grid stage runs before parsing and imports nothing from later stages.
type CellPos = { row: number; col: number };

/** A grid whose formulas without cached results were evaluated, and the formula cells that stayed without a value. */
export interface EvaluatedGrid {
  grid: Grid;
  /** Sheet positions of formula cells still without a value, in reading order (row by row). */
  unevaluated: CellPos[];
}

export interface EvaluateOptions {
  /** Units of work (tree nodes and cells read) the whole sheet may spend; the rest stays unevaluated. */
  budget?: number;
}

// A sheet of forms needs a few thousand units; this bounds a hostile or huge sheet to milliseconds.
const DEFAULT_BUDGET = 2_000_000;
// Formulas referring to formulas this deep are no form's; the bound keeps recursion off the stack limit.
const MAX_DEPTH = 200;

const IN_PROGRESS = Symbol("in progress");
const FAILED = Symbol("failed");
type State = Scalar | typeof IN_PROGRESS | typeof FAILED;

/** A host's value as a formula reads it: "" is a blank cell (Office.js gives blanks as ""), error codes are errors. */
function asScalar(v: CellValue | undefined): Scalar {
  if (v === undefined || v === null || v === "") return null;
  const code = errorCode(v);
  return code ? err(code) : v;
}

function toCellValue(s: Scalar): CellValue {
  return isError(s) ? s.code : s;
}

/**
 * Evaluates every formula cell that has no cached result (value null, formula present: files written by Java
 * exporters), recursively through the formulas it refers to, with a cycle guard and a work budget. Cached
 * results, 0 included, are kept as they are. Pure: returns a new grid when anything was filled in.
 */
export function evaluateFormulas(grid: Grid, options: EvaluateOptions = {}): EvaluatedGrid {
  const formulas = grid.formulas;
  if (!formulas) return { grid, unevaluated: [] };
  const pending: CellPos[] = [];
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f === "string" && f.trim() !== "" && (grid.values[r]?.[c] ?? null) === null) pending.push({ row: r, col: c });
    }),
  );
  if (pending.length === 0) return { grid, unevaluated: [] };

  // A loop, not Math.max(...rows): spreading a sheet's rows as arguments overflows the stack on big sheets.
  let width = 1;
  for (const r of grid.values) width = Math.max(width, r.length);
  for (const r of formulas) width = Math.max(width, r.length);
  const key = (r: number, c: number) => r * width + c;
  const isPending = new Set(pending.map((p) => key(p.row, p.col)));
  const states = new Map<number, State>();
  let budget = options.budget ?? DEFAULT_BUDGET;
  let depth = 0;
  const height = Math.max(grid.values.length, formulas.length);
  const local = { top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row + height - 1, right: grid.origin.col + width - 1 };

  const evaluateCell = (r: number, c: number): Scalar => {
    const k = key(r, c);
    const state = states.get(k);
    if (state === IN_PROGRESS) throw new Unevaluable("circular reference");
    if (state === FAILED) throw new Unevaluable("refers to an unevaluable formula");
    if (state !== undefined) return state;
    if (depth >= MAX_DEPTH) throw new Unevaluable("formulas nested too deep");
    states.set(k, IN_PROGRESS);
    depth++;
    try {
      const text = (formulas[r][c] as string).trim().replace(/^=/, "");
      const value = evaluator.result(parseFormula(text));
      states.set(k, value);
      return value;
    } catch (e) {
      states.set(k, FAILED);
      throw e;
    } finally {
      depth--;
    }
  };

  const source: CellSource = {
    cell(row, col) {
      const r = row - grid.origin.row;
      const c = col - grid.origin.col;
      if (r < 0 || c < 0 || r >= height || c >= width) return null;
      return isPending.has(key(r, c)) ? evaluateCell(r, c) : asScalar(grid.values[r]?.[c]);
    },
    clip(range: CellRange) {
      const top = Math.max(range.top, local.top);
      const bottom = Math.min(range.bottom, local.bottom);
      const left = Math.max(range.left, local.left);
      const right = Math.min(range.right, local.right);
      return top > bottom || left > right ? null : { top, left, bottom, right };
    },
    spend(units) {
      budget -= units;
      if (budget < 0) throw new Unevaluable("work budget spent");
    },
  };
  const evaluator = new Evaluator(source);

  const values = grid.values.map((row) => row);
  const unevaluated: CellPos[] = [];
  for (const p of pending) {
    let value: Scalar;
    try {
      value = evaluateCell(p.row, p.col);
    } catch (e) {
      if (!(e instanceof Unevaluable) && !(e instanceof RangeError)) throw e;
      states.set(key(p.row, p.col), FAILED);
      unevaluated.push({ row: grid.origin.row + p.row, col: grid.origin.col + p.col });
      continue;
    }
    const row = values[p.row] === grid.values[p.row] ? [...(grid.values[p.row] ?? [])] : values[p.row];
    while (row.length <= p.col) row.push(null);
    row[p.col] = toCellValue(value);
    values[p.row] = row;
  }
  // A formula past the last row of values made its row; rows between stay empty, not holes.
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { grid: { ...grid, values }, unevaluated };
}
