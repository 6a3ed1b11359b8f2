import { roundTo } from "../../scoring/rounding";
import { readNumberText } from "../../values";
import type { Evaluator, Value } from "./evaluate";
import type { Node } from "./parse";
import { err, isError, num, toBoolean, toNumber, type FormulaError, type Matrix, type Scalar } from "./scalar";

interface FormulaFunction {
  min: number;
  max: number;
  /** Gets the argument trees unevaluated, so IF and IFERROR evaluate only the branch they take. */
  call(args: Node[], ev: Evaluator): Value;
}

/**
 * The numbers of SUM-like arguments: in a reference or array only numbers count (text, logicals, blanks are
 * skipped — which is why Excel's SUM leaves out scores stored as text); a value typed into the call is
 * converted ("5", TRUE). The first error met is the result.
 */
function numbers(args: Node[], ev: Evaluator): number[] | FormulaError {
  const out: number[] = [];
  let error: FormulaError | null = null;
  for (const arg of args) {
    ev.forEach(ev.value(arg), (x, inArray) => {
      if (error) return;
      if (isError(x)) error = x;
      else if (typeof x === "number") out.push(x);
      else if (!inArray) {
        const n = toNumber(x);
        if (isError(n)) error = n;
        else out.push(n);
      }
    });
    if (error) return error;
  }
  return out;
}

function aggregate(f: (xs: number[]) => Scalar): FormulaFunction {
  return {
    min: 1,
    max: 255,
    call(args, ev) {
      const xs = numbers(args, ev);
      return isError(xs) ? xs : f(xs);
    },
  };
}

/** A function of single numbers, applied element by element to arrays. */
function numeric(min: number, max: number, f: (...xs: number[]) => Scalar): FormulaFunction {
  return {
    min,
    max,
    call(args, ev) {
      return ev.map(
        args.map((a) => ev.operand(a)),
        (...xs) => {
          const ns: number[] = [];
          for (const x of xs) {
            const n = toNumber(x);
            if (isError(n)) return n;
            ns.push(n);
          }
          return f(...ns);
        },
      );
    },
  };
}

// Excel rounds what it shows: 15 significant digits first, so ROUND(2.675, 2) is 2.68 as typed.
const fifteen = (x: number) => Number(x.toPrecision(15));

function roundAway(x: number, digits: number, up: boolean): Scalar {
  const d = Math.trunc(digits);
  const f = 10 ** d;
  const scaled = fifteen(Math.abs(fifteen(x)) * f);
  const r = (up ? Math.ceil(scaled) : Math.floor(scaled)) / f;
  return num(x < 0 ? -r : r);
}

/** AND / OR: logicals and numbers in references count, text there is skipped; no logical at all is #VALUE!. */
function logical(all: boolean): FormulaFunction {
  return {
    min: 1,
    max: 255,
    call(args, ev) {
      let seen = false;
      let acc = all;
      let error: FormulaError | null = null;
      for (const arg of args) {
        ev.forEach(ev.value(arg), (x, inArray) => {
          if (error || (inArray && (x === null || typeof x === "string"))) return;
          const b = toBoolean(x);
          if (isError(b)) error = b;
          else {
            seen = true;
            acc = all ? acc && b : acc || b;
          }
        });
        if (error) return error;
      }
      return seen ? acc : err("#VALUE!");
    },
  };
}

function asMatrix(v: Scalar | Matrix): Matrix {
  return typeof v === "object" && v !== null && v.k === "matrix" ? v : { k: "matrix", rows: [[v as Scalar]] };
}

export const FUNCTIONS: Record<string, FormulaFunction> = {
  SUM: aggregate((xs) => num(xs.reduce((s, x) => s + x, 0))),
  // reduce, not Math.min(...xs): a whole column spread as arguments would overflow the stack.
  MIN: aggregate((xs) => (xs.length === 0 ? 0 : xs.reduce((m, x) => (x < m ? x : m)))),
  MAX: aggregate((xs) => (xs.length === 0 ? 0 : xs.reduce((m, x) => (x > m ? x : m)))),
  AVERAGE: aggregate((xs) => (xs.length === 0 ? err("#DIV/0!") : num(xs.reduce((s, x) => s + x, 0) / xs.length))),
  ABS: numeric(1, 1, (x) => Math.abs(x)),
  ROUND: numeric(2, 2, (x, d) => num(roundTo(fifteen(x), Math.trunc(d)))),
  ROUNDUP: numeric(2, 2, (x, d) => roundAway(x, d, true)),
  ROUNDDOWN: numeric(2, 2, (x, d) => roundAway(x, d, false)),
  VALUE: {
    min: 1,
    max: 1,
    call(args, ev) {
      return ev.map([ev.operand(args[0])], (x) => {
        if (x === null || typeof x === "number" || isError(x)) return x ?? 0;
        if (typeof x === "boolean") return err("#VALUE!");
        return readNumberText(x)?.value ?? err("#VALUE!");
      });
    },
  },
  IF: {
    min: 1,
    max: 3,
    call(args, ev) {
      const test = ev.operand(args[0]);
      const branch = (b: boolean): Value => {
        const node = args[b ? 1 : 2];
        if (node === undefined) return b ? 0 : false;
        return node.k === "missing" ? 0 : ev.value(node);
      };
      if (typeof test !== "object" || test === null || test.k !== "matrix") {
        const b = toBoolean(test);
        return isError(b) ? b : branch(b);
      }
      // An array condition picks element by element from both branches.
      const yes = ev.operand(branch(true));
      const no = ev.operand(branch(false));
      return ev.map([test, yes, no], (t, y, n) => {
        const b = toBoolean(t);
        return isError(b) ? b : b ? y : n;
      });
    },
  },
  IFERROR: {
    min: 2,
    max: 2,
    call(args, ev) {
      const v = ev.operand(args[0]);
      if (typeof v !== "object" || v === null) return v;
      if (v.k === "error") return ev.value(args[1]);
      if (!v.rows.some((row) => row.some(isError))) return v;
      const alt = ev.operand(args[1]);
      return ev.map([v, alt], (x, a) => (isError(x) ? a : x));
    },
  },
  AND: logical(true),
  OR: logical(false),
  SUMPRODUCT: {
    min: 1,
    max: 255,
    call(args, ev) {
      const arrays = args.map((a) => asMatrix(ev.operand(a)));
      const height = arrays[0].rows.length;
      const width = arrays[0].rows[0]?.length ?? 0;
      if (arrays.some((m) => m.rows.length !== height || (m.rows[0]?.length ?? 0) !== width)) return err("#VALUE!");
      let sum = 0;
      for (let r = 0; r < height; r++) {
        for (let c = 0; c < width; c++) {
          let product = 1;
          for (const m of arrays) {
            const x = m.rows[r][c];
            if (isError(x)) return x;
            // Entries that are not numbers count as 0, as in Excel.
            product *= typeof x === "number" ? x : 0;
          }
          sum += product;
        }
      }
      return num(sum);
    },
  },
};
