import type { CellRange } from "../address";
import type { ErrorCode } from "../../values";
import { tokenize, type Operator, type Token } from "./tokenize";
import { Unevaluable } from "./unevaluable";

/** A formula as a tree. "missing" is an argument left out ("IF(A1,,1)"). */
export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: ErrorCode }
  | { k: "ref"; v: CellRange }
  | { k: "missing" }
  | { k: "neg"; x: Node }
  | { k: "percent"; x: Node }
  /** A run of one precedence level, left to right ("a+b-c"): kept flat so evaluation never recurses down it. */
  | { k: "ops"; first: Node; rest: { op: Operator; x: Node }[] }
  | { k: "call"; name: string; args: Node[] };

// Binary operators from loosest to tightest (Excel's order); all are left-associative, "^" included.
const LEVELS: Operator[][] = [["=", "<>", "<", "<=", ">", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

// Deeper nesting than this is no form's formula; refusing it keeps recursion bounded.
const MAX_DEPTH = 64;
const MAX_LENGTH = 8192;

/** Parses formula text (no leading "=") into a tree; throws Unevaluable on anything it does not read. */
export function parseFormula(formula: string): Node {
  // Excel's own limit on formula length; anything longer is not a spreadsheet's formula.
  if (formula.length > MAX_LENGTH) throw new Unevaluable("formula too long");
  const tokens = tokenize(formula);
  let pos = 0;
  let depth = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, ops: Operator[]): t is { t: "op"; v: Operator } => t?.t === "op" && ops.includes(t.v);

  const expression = (level = 0): Node => {
    if (level === LEVELS.length) return unary();
    const first = expression(level + 1);
    const rest: { op: Operator; x: Node }[] = [];
    for (let t = peek(); isOp(t, LEVELS[level]); t = peek()) {
      pos++;
      rest.push({ op: t.v, x: expression(level + 1) });
    }
    return rest.length === 0 ? first : { k: "ops", first, rest };
  };

  // Negation binds tighter than "^" in Excel: -2^2 is 4.
  const unary = (): Node => {
    const t = peek();
    if (isOp(t, ["-", "+"])) {
      pos++;
      if (++depth > MAX_DEPTH) throw new Unevaluable("too deeply nested");
      const x = unary();
      depth--;
      return t.v === "-" ? { k: "neg", x } : x;
    }
    let node = primary();
    while (isOp(peek(), ["%"])) {
      pos++;
      node = { k: "percent", x: node };
    }
    return node;
  };

  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new Unevaluable("unexpected end");
    switch (t.t) {
      case "num":
      case "str":
      case "bool":
      case "err":
      case "ref":
        return { k: t.t, v: t.v } as Node;
      case "(": {
        const node = nested();
        expect(")");
        return node;
      }
      case "func":
        return call(t.v);
      default:
        throw new Unevaluable(`unexpected ${t.t}`);
    }
  };

  const nested = (): Node => {
    if (++depth > MAX_DEPTH) throw new Unevaluable("too deeply nested");
    const node = expression();
    depth--;
    return node;
  };

  const call = (name: string): Node => {
    expect("(");
    const args: Node[] = [];
    if (peek()?.t === ")") {
      pos++;
      return { k: "call", name, args };
    }
    for (;;) {
      const t = peek();
      args.push(t?.t === "," || t?.t === ")" ? { k: "missing" } : nested());
      const sep = tokens[pos++];
      if (sep?.t === ")") return { k: "call", name, args };
      if (sep?.t !== ",") throw new Unevaluable("expected , or )");
    }
  };

  const expect = (kind: "(" | ")"): void => {
    if (tokens[pos]?.t !== kind) throw new Unevaluable(`expected ${kind}`);
    pos++;
  };

  const root = expression();
  if (pos !== tokens.length) throw new Unevaluable("trailing tokens");
  return root;
}
