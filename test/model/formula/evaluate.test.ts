import { describe, expect, it } from "vitest";
import type { CellValue, Grid } from "../../../src/model/grid/grid";
import { evaluateFormulas, parseFormula } from "../../../src/model/grid/formula";

// A small sheet at A1: row 1 holds 6.6, "10" (text), 7, blank, "优"; row 2 holds 0, TRUE, "#REF!", "66%", " 9.0 ".
const CELLS: CellValue[][] = [
  [6.6, "10", 7, null, "优"],
  [0, true, "#REF!", "66%", " 9.0 "],
];

/** The value a formula gets when written in F1 of that sheet with no cached result. */
function calc(formula: string): CellValue | "unevaluable" {
  const grid: Grid = {
    sheet: "s",
    origin: { row: 0, col: 0 },
    merges: [],
    values: CELLS.map((r) => [...r, null]),
    formulas: [[null, null, null, null, null, formula]],
  };
  const out = evaluateFormulas(grid);
  return out.unevaluated.length > 0 ? "unevaluable" : out.grid.values[0][5];
}

describe("the formula evaluator: operators", () => {
  it.each<[string, CellValue]>([
    ["1+2*3", 7],
    ["(1+2)*3", 9],
    ["2^3^2", 64], // left-associative in Excel
    ["-2^2", 4], // negation binds tighter than ^
    ["2^-1", 0.5],
    ["50%", 0.5],
    ["10/4", 2.5],
    ["1/0", "#DIV/0!"],
    ['"a"&"b"&1.5', "ab1.5"],
    ["A1&C1", "6.67"],
    ["1=1", true],
    ['"abc"="ABC"', true], // text compares case-insensitively
    ["1<>2", true],
    ['2<"1"', true], // numbers sort before text
    ["D1=0", true], // a blank cell is 0 against a number
    ['D1=""', true], // and "" against text
    ["B1+1", 11], // numeric text takes part in arithmetic
    ["D2*100", 66], // "66%" as text is 0.66 in arithmetic
    ["E1+1", "#VALUE!"],
    ["C2+1", "#REF!"], // an error value propagates
    ["#REF!+1", "#REF!"],
    ["D1", 0], // a formula referring to a blank cell shows 0
    ["$A$1+A$1+$A1", 19.8],
    ["0.1+0.2=0.3", false], // float arithmetic, as Excel's comparison of full doubles
  ])("%s → %j", (formula, expected) => {
    const got = calc(formula);
    if (typeof expected === "number" && typeof got === "number") expect(got).toBeCloseTo(expected, 12);
    else expect(got).toEqual(expected);
  });
});

describe("the formula evaluator: functions", () => {
  it.each<[string, CellValue]>([
    ["SUM(A1:C1)", 13.6], // text "10" in a range is skipped, as Excel's SUM does
    ["SUM(A1,B1,C1)", 13.6], // a reference to one text cell is skipped too
    ['SUM(A1,"10")', 16.6], // text typed into the call is converted
    ["SUM(A1:C1,TRUE)", 14.6],
    ["SUM(A1:E2)", "#REF!"],
    ["SUM(A:A)", 6.6],
    ["sum(a1:a2)", 6.6],
    ["_xlfn.SUM(A1)", 6.6],
    ["SUMPRODUCT(--(0&A1:C1))", 23.6], // the text-proof total: every number-like cell counts
    ["SUMPRODUCT(VALUE(A1:C1))", 23.6],
    ["SUMPRODUCT(IFERROR(--A1:E1,0))", 23.6],
    ["SUMPRODUCT(A1:C1,A1:C1)", 6.6 * 6.6 + 49],
    ["SUMPRODUCT(A1:C1,A1:B1)", "#VALUE!"],
    ["ROUND(2.675,2)", 2.68],
    ["ROUND(-2.5,0)", -3],
    ["ROUND(1234,-2)", 1200],
    ["ROUNDUP(6.61,1)", 6.7],
    ["ROUNDUP(-6.61,1)", -6.7],
    ["ROUNDDOWN(6.67,1)", 6.6],
    ["ROUNDDOWN(0.3*3,1)", 0.9],
    ["MIN(A1:C1)", 6.6],
    ["MAX(A1:C2)", "#REF!"],
    ["MAX(A1,C1)", 7],
    ["MIN(D1)", 0],
    ["AVERAGE(A1,C1)", 6.8],
    ["AVERAGE(D1:D1)", "#DIV/0!"],
    ["ABS(-3)", 3],
    ["VALUE(B1)", 10],
    ["VALUE(E2)", 9],
    ["VALUE(D2)", 0.66],
    ["VALUE(E1)", "#VALUE!"],
    ['IF(A1>=90,"优",IF(A1>=6,"良","差"))', "良"],
    ["IF(FALSE,1)", false],
    ["IF(TRUE,,1)", 0],
    ["IF(1,C2,5)", "#REF!"],
    ["IF(0,C2,5)", 5], // only the branch taken is evaluated
    ["IF(0,Sheet2!A1,5)", "unevaluable"], // but a reference we cannot read makes the formula unreadable
    ["IFERROR(1/0,-1)", -1],
    ['IFERROR(C2,"x")', "x"],
    ['IFERROR(3,"x")', 3],
    ["AND(1,TRUE,A1)", true],
    ["AND(A1:E1)", true], // text in a range is skipped
    ["OR(0,FALSE)", false],
    ['OR("x")', "#VALUE!"],
    ["MIN(B2:C1)", "#REF!"], // a range written backwards covers the same cells
  ])("%s → %j", (formula, expected) => {
    const got = calc(formula);
    if (typeof expected === "number" && typeof got === "number") expect(got).toBeCloseTo(expected, 12);
    else expect(got).toEqual(expected);
  });
});

describe("what the evaluator does not read", () => {
  it.each([
    "Sheet2!A1",
    "'表 1'!A1+1",
    "SUM(Sheet2!A1:A3)",
    "VLOOKUP(A1,A1:B2,2,0)", // unknown function
    "总分", // a defined name
    "Total*2",
    "{1,2}",
    "SUM(1:1)", // row ranges
    "A1:B1", // an array that would spill
    "@A1",
    "SUM(A1",
    "1+",
    "ROUND(1)", // wrong number of arguments
    '"open',
    "",
  ])("%j is unevaluable", (formula) => {
    if (formula === "") {
      // An empty formula is no formula: the cell stays as it is.
      const grid: Grid = { sheet: "s", origin: { row: 0, col: 0 }, merges: [], values: [[null]], formulas: [[""]] };
      expect(evaluateFormulas(grid).unevaluated).toEqual([]);
      return;
    }
    expect(calc(formula)).toBe("unevaluable");
  });

  it("refuses nesting deeper than any form's formula instead of overflowing the stack", () => {
    expect(() => parseFormula(`${"(".repeat(500)}1${")".repeat(500)}`)).toThrow(/nested/);
    expect(() => parseFormula(`${"-".repeat(500)}1`)).toThrow(/nested/);
  });

  it("reads a sum of terms written with + up to Excel's formula length", () => {
    const n = 1300; // "A1*3+" is 5 characters: 6,500 of Excel's 8,192
    const terms = Array.from({ length: n }, (_, i) => `A1*${i % 7}`).join("+");
    expect(calc(terms)).toBeCloseTo(6.6 * Array.from({ length: n }, (_, i) => i % 7).reduce((a, b) => a + b, 0), 6);
  });

  it("gives up on a formula far beyond any form's instead of throwing", () => {
    expect(calc(Array.from({ length: 100_000 }, () => "A1").join("+"))).toBe("unevaluable");
    expect(calc(`${"1+".repeat(5000)}1`)).toBe("unevaluable");
  });
});
