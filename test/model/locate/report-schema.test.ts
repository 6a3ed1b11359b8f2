// Every report must validate with FormReportSchema, whatever numbers the host hands over. Hosts can give
// NaN/±Infinity (error cells read through some APIs, corrupt files) and absurd magnitudes.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../src/model/check";
import type { CellValue, Grid } from "../../../src/model/grid/grid";
import { FormReportSchema } from "../../../src/model/report/report";
import { formGrid } from "../../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../../scripts/forms/seed-forms";
import { setCell } from "../../fixtures/grid-tools";
import { expectedRows, SEED_EXPECTATIONS, tableRowCount, VARIANT_LAYOUTS } from "../../fixtures/seed-expectations";

const E1 = SEED_EXPECTATIONS[0];
const L = VARIANT_LAYOUTS.A;
const rows = expectedRows("A", tableRowCount(E1), E1.narrativeRows);
const base = formGrid(SEED_FORM_1, "S");

/** Seed form 1 with cells replaced: [row, col, value] in sheet coordinates. */
function edited(...cells: [number, number, CellValue][]): Grid {
  return cells.reduce((g, [r, c, v]) => setCell(g, r, c, v), base);
}

function parsesAll(grid: Grid): boolean {
  return checkGrid(grid).every((r) => FormReportSchema.safeParse(r).success);
}

describe("reports validate with FormReportSchema", () => {
  it("-0 in the 总分 and a 得分 cell", () => {
    const grid = edited([rows.total, L.ind.score, -0], [rows.firstIndicator, L.ind.score, -0]);
    expect(parsesAll(grid)).toBe(true);
    const [r] = checkGrid(grid);
    // 90.6 − 10 (数量指标 now scores 0) = 80.6.
    expect(r.computed.total).toBeCloseTo(80.6, 9);
    // The written -0 is reported as written; it serialises to JSON as 0.
    expect(r.entered.total === 0).toBe(true);
    expect(JSON.parse(JSON.stringify(r)).entered.total).toBe(0);
  });

  it("NaN in the 执行率得分 cell is ignored like any non-number (the computed 6.67 counts instead)", () => {
    const grid = edited([rows.fundTotal, L.fund.score, Number.NaN]);
    expect(parsesAll(grid)).toBe(true);
    // 84 + 10 × 100/150 = 90.67 (rounded to 2 decimals).
    expect(checkGrid(grid)[0].computed.total).toBe(90.67);
  });

  // Regression (bug found here, fixed in 6628ee0): figures.ts recomputedTotal() summed group scores with
  // `typeof v === "number"`, so a NaN 得分 made computed.total and the total fix's value NaN.
  it("NaN in a group's 得分 cell", () => {
    expect(parsesAll(edited([rows.firstIndicator, L.ind.score, Number.NaN]))).toBe(true);
  });

  // Regression (fixed in 6628ee0, same site): Infinity passed the typeof check.
  it("Infinity in a group's 得分 cell", () => {
    expect(parsesAll(edited([rows.firstIndicator, L.ind.score, Number.POSITIVE_INFINITY]))).toBe(true);
  });

  // Regression (fixed in 6628ee0, same site): two finite Number.MAX_VALUE scores overflowed the sum.
  it("two huge (finite) 得分 values", () => {
    const grid = edited([rows.firstIndicator, L.ind.score, Number.MAX_VALUE], [rows.firstIndicator + 5, L.ind.score, Number.MAX_VALUE]);
    expect(parsesAll(grid)).toBe(true);
  });

  // Regression (bug found here, fixed in 6628ee0): analysis.ts analyzeFund() divided by any budget > 0, so a
  // denormal budget (5e-324) gave computed.execRate = Infinity.
  it("a vanishingly small (but positive) 全年预算数", () => {
    expect(parsesAll(edited([rows.fundTotal, L.fund.budget, Number.MIN_VALUE]))).toBe(true);
  });
});
