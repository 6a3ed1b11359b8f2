import { describe, expect, it } from "vitest";
import type { Grid } from "../../../src/model/grid/grid";
import { evaluateFormulas } from "../../../src/model/grid/formula";

function grid(values: Grid["values"], formulas: Grid["formulas"], origin = { row: 0, col: 0 }): Grid {
  return { sheet: "s", origin, merges: [], values, formulas };
}

describe("evaluateFormulas", () => {
  it("keeps cached results, a cached 0 included, and computes only formulas without one", () => {
    // A1 = 5 (cached), B1 = A1*0 cached as 0, C1 = A1+1 with no cached result.
    const g = grid([[5, 0, null]], [[null, "A1*0", "A1+1"]]);
    const out = evaluateFormulas(g);
    expect(out.grid.values).toEqual([[5, 0, 6]]);
    expect(out.unevaluated).toEqual([]);
  });

  it("does not touch its input", () => {
    const g = grid([[5, null]], [[null, "A1+1"]]);
    evaluateFormulas(g);
    expect(g.values).toEqual([[5, null]]);
  });

  it("returns the same grid when there is nothing to compute", () => {
    const g = grid([[5, 6]], [[null, "A1+1"]]);
    expect(evaluateFormulas(g).grid).toBe(g);
    const plain: Grid = { sheet: "s", origin: { row: 0, col: 0 }, merges: [], values: [[1]] };
    expect(evaluateFormulas(plain)).toEqual({ grid: plain, unevaluated: [] });
  });

  it("evaluates formulas that refer to other uncomputed formulas, in any order", () => {
    // A1 = C1*2, B1 = 3, C1 = B1+1 → C1 4, A1 8; A2 = SUM(A1:C1) = 15.
    const g = grid([[null, 3, null], [null]], [[" =C1*2", null, "B1+1"], ["SUM(A1:C1)"]]);
    const out = evaluateFormulas(g);
    expect(out.grid.values).toEqual([[8, 3, 4], [15]]);
  });

  it("reads references in sheet coordinates when the grid does not start at A1", () => {
    // The grid starts at C5: C5 = 2, D5 = C5*10.
    const g = grid([[2, null]], [[null, "$C$5*10"]], { row: 4, col: 2 });
    expect(evaluateFormulas(g).grid.values).toEqual([[2, 20]]);
  });

  it("reads a cell outside the grid as blank", () => {
    const g = grid([[null]], [["Z100+1"]]);
    expect(evaluateFormulas(g).grid.values).toEqual([[1]]);
  });

  it("writes error results as their code, as hosts give cached errors", () => {
    const g = grid([[0, null, null]], [[null, "1/A1", "B1+1"]]);
    expect(evaluateFormulas(g).grid.values).toEqual([[0, "#DIV/0!", "#DIV/0!"]]);
  });

  it("leaves a cycle unevaluated, and everything that depends on it", () => {
    // A1 = B1+1, B1 = A1+1 (a cycle); C1 = A1*2 depends on it; D1 = 7 is fine.
    const g = grid([[null, null, null, null]], [["B1+1", "A1+1", "A1*2", "3+4"]]);
    const out = evaluateFormulas(g);
    expect(out.grid.values).toEqual([[null, null, null, 7]]);
    expect(out.unevaluated).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 0, col: 2 },
    ]);
  });

  it("leaves a formula that refers to itself unevaluated", () => {
    expect(evaluateFormulas(grid([[null]], [["SUM(A1:A3)"]])).unevaluated).toEqual([{ row: 0, col: 0 }]);
  });

  it("stops when the work budget is spent and reports what it left", () => {
    // Each formula sums a 1×200 row: each costs about 200 units of work: a budget of 300 covers the first only.
    const row = Array.from({ length: 200 }, () => 1);
    const values = [row, [null], [null], [null]];
    const formulas = [[], ["SUM(A1:GR1)"], ["SUM(A1:GR1)"], ["SUM(A1:GR1)"]];
    const out = evaluateFormulas(grid(values, formulas), { budget: 300 });
    expect(out.grid.values[1]).toEqual([200]);
    expect(out.unevaluated).toEqual([
      { row: 2, col: 0 },
      { row: 3, col: 0 },
    ]);
  });

  it("reports unevaluable formulas at their sheet positions, in reading order", () => {
    const g = grid(
      [
        [null, null],
        [null, null],
      ],
      [
        ["Sheet2!A1", null],
        [null, "VLOOKUP(1,A1:B2,2)"],
      ],
      { row: 9, col: 3 },
    );
    expect(evaluateFormulas(g).unevaluated).toEqual([
      { row: 9, col: 3 },
      { row: 10, col: 4 },
    ]);
  });

  it("fills a formula in a row past the values it was given", () => {
    const g = grid([[4]], [[null], [], ["A1/2"]]);
    expect(evaluateFormulas(g).grid.values).toEqual([[4], [], [2]]);
  });

  it("follows a long chain of running totals down a column", () => {
    // A1 = 1, An = A(n-1) + 1: a running total 3,000 rows long.
    const n = 3000;
    const values = Array.from({ length: n }, (_, i) => [i === 0 ? 1 : null]);
    const formulas = Array.from({ length: n }, (_, i) => [i === 0 ? null : `A${i}+1`]);
    const out = evaluateFormulas(grid(values, formulas));
    expect(out.unevaluated).toEqual([]);
    expect(out.grid.values[n - 1]).toEqual([n]);
  });
});
