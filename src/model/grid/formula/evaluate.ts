import type { CellRange } from "../address";
import { FUNCTIONS } from "./functions";
import type { Node } from "./parse";
import { compare, err, isError, num, toNumber, toText, type Matrix, type Scalar } from "./scalar";
import { Unevaluable } from "./unevaluable";

/** A reference not yet read: functions such as SUM treat the cells of a reference differently from a value. */
export interface Area {
  k: "area";
  range: CellRange;
}

export type Value = Scalar | Matrix | Area;

/** Where a formula's references are read from. */
export interface CellSource {
  /** A cell's value, evaluating its formula first when it has no cached result; throws Unevaluable. */
  cell(row: number, col: number): Scalar;
  /** The part of a range that can hold values (cells outside it are blank), or null. */
  clip(range: CellRange): CellRange | null;
  /** Spends units of the work budget; throws Unevaluable when it is gone. */
  spend(units: number): void;
}

// Larger arrays than this are no form's; building them would only spend the budget.
const MAX_ARRAY_CELLS = 100_000;

export function isArea(v: Value): v is Area {
  return typeof v === "object" && v !== null && (v as Area).k === "area";
}

export function isMatrix(v: Value): v is Matrix {
  return typeof v === "object" && v !== null && (v as Matrix).k === "matrix";
}

/** Evaluates formula trees against a cell source. */
export class Evaluator {
  constructor(readonly source: CellSource) {}

  /** A node's value; references stay areas so functions can tell a reference from a computed value. */
  value(node: Node): Value {
    this.source.spend(1);
    switch (node.k) {
      case "num":
      case "str":
      case "bool":
        return node.v;
      case "err":
        return err(node.v);
      case "missing":
        return null;
      case "ref":
        return { k: "area", range: node.v };
      case "neg":
        return this.map([this.operand(node.x)], (x) => {
          const n = toNumber(x);
          return isError(n) ? n : num(-n);
        });
      case "percent":
        return this.map([this.operand(node.x)], (x) => {
          const n = toNumber(x);
          return isError(n) ? n : num(n / 100);
        });
      case "ops": {
        let acc = this.operand(node.first);
        for (const { op, x } of node.rest) acc = this.map([acc, this.operand(x)], (a, b) => binary(op, a, b));
        return acc;
      }
      case "call": {
        const fn = FUNCTIONS[node.name];
        if (!fn) throw new Unevaluable(`function ${node.name}`);
        if (node.args.length < fn.min || node.args.length > fn.max)
          throw new Unevaluable(`${node.name} with ${node.args.length} arguments`);
        return fn.call(node.args, this);
      }
    }
  }

  /** A node's value for an operator: a reference becomes its value (one cell) or an array of values. */
  operand(node: Node | Value): Scalar | Matrix {
    const v = isNode(node) ? this.value(node) : node;
    if (!isArea(v)) return v;
    const { range } = v;
    if (range.top === range.bottom && range.left === range.right) return this.source.cell(range.top, range.left);
    const height = range.bottom - range.top + 1;
    const width = range.right - range.left + 1;
    if (height * width > MAX_ARRAY_CELLS) throw new Unevaluable("array too large");
    this.source.spend(height * width);
    const rows: Scalar[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(this.source.cell(r, c));
      rows.push(row);
    }
    return { k: "matrix", rows };
  }

  /** Calls visit on every value a reference or array holds (only the cells that can hold one), or on a single value. */
  forEach(v: Value, visit: (x: Scalar, inArray: boolean) => void): void {
    if (isArea(v)) {
      const clipped = this.source.clip(v.range);
      if (!clipped) return;
      this.source.spend((clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1));
      for (let r = clipped.top; r <= clipped.bottom; r++)
        for (let c = clipped.left; c <= clipped.right; c++) visit(this.source.cell(r, c), true);
    } else if (isMatrix(v)) {
      for (const row of v.rows) for (const x of row) visit(x, true);
    } else {
      visit(v, false);
    }
  }

  /**
   * Applies a function of single values element by element when any argument is an array (Excel's array
   * evaluation: --(H6:H20) is an array); arrays of different sizes pad with #N/A, one row or column repeats.
   */
  map(args: (Scalar | Matrix)[], f: (...xs: Scalar[]) => Scalar): Scalar | Matrix {
    const arrays = args.filter((a): a is Matrix => isMatrix(a));
    if (arrays.length === 0) return f(...(args as Scalar[]));
    const height = Math.max(...arrays.map((m) => m.rows.length));
    const width = Math.max(...arrays.map((m) => m.rows[0]?.length ?? 0));
    this.source.spend(height * width);
    const at = (a: Scalar | Matrix, r: number, c: number): Scalar => {
      if (!isMatrix(a)) return a;
      const rr = a.rows.length === 1 ? 0 : r;
      const row = a.rows[rr];
      const cc = row && row.length === 1 ? 0 : c;
      return row && cc < row.length ? row[cc] : err("#N/A");
    };
    const rows: Scalar[][] = [];
    for (let r = 0; r < height; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c < width; c++) row.push(f(...args.map((a) => at(a, r, c))));
      rows.push(row);
    }
    return { k: "matrix", rows };
  }

  /** The value a formula leaves in its cell: a blank reference shows 0; a multi-cell result would spill. */
  result(node: Node): Scalar {
    const v = this.operand(node);
    const single = isMatrix(v) ? (v.rows.length === 1 && v.rows[0].length === 1 ? v.rows[0][0] : undefined) : v;
    if (single === undefined) throw new Unevaluable("array result");
    return single === null ? 0 : single;
  }
}

function isNode(x: Node | Value): x is Node {
  return typeof x === "object" && x !== null && "k" in x && x.k !== "error" && x.k !== "matrix" && x.k !== "area";
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") {
    const x = toText(a);
    const y = toText(b);
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  if (op === "=" || op === "<>" || op === "<" || op === "<=" || op === ">" || op === ">=") {
    const c = compare(a, b);
    if (isError(c)) return c;
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return num(x + y);
    case "-":
      return num(x - y);
    case "*":
      return num(x * y);
    case "/":
      return y === 0 ? err("#DIV/0!") : num(x / y);
    default:
      // "^": 0^0 and roots of negatives are #NUM! in Excel, as NaN is here.
      return x === 0 && y === 0 ? err("#NUM!") : num(x ** y);
  }
}
