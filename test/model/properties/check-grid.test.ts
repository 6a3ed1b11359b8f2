import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRangeA1 } from "../../../src/model/grid/address";
import { checkGrid } from "../../../src/model/check";
import { gridHeight, gridWidth, type Grid } from "../../../src/model/grid/grid";
import { FormReportSchema } from "../../../src/model/report/report";
import { gridArb } from "../../fixtures/arbitraries";

const RUNS = { numRuns: 1000 };

/** How often the random sheets contain something the locator takes for a form (so the properties bite). */
function formShare(grids: Grid[]): number {
  return grids.filter((g) => checkGrid(g).length > 0).length / grids.length;
}

describe("checkGrid on arbitrary grids", () => {
  it("the generator produces forms often enough for the properties to mean something", () => {
    const sample = fc.sample(gridArb({ numbers: "ordinary" }), { numRuns: 300, seed: 7 });
    expect(formShare(sample)).toBeGreaterThan(0.1);
  });

  it("never throws, whatever the cells, merges, formats and origin (NaN/±Infinity included)", () => {
    fc.assert(
      fc.property(gridArb({ numbers: "extreme" }), fc.constantFrom("zh" as const, "en" as const), (grid, lang) => {
        const reports = checkGrid(grid, { lang });
        expect(Array.isArray(reports)).toBe(true);
      }),
      RUNS,
    );
  });

  it("every report validates with FormReportSchema (ordinary finite numbers, -0 included)", () => {
    fc.assert(
      fc.property(gridArb({ numbers: "ordinary" }), (grid) => {
        for (const r of checkGrid(grid)) FormReportSchema.parse(r);
      }),
      RUNS,
    );
  });

  it("every report names the grid's sheet and a range inside the grid", () => {
    fc.assert(
      fc.property(gridArb({ numbers: "ordinary" }), (grid) => {
        const top = grid.origin.row;
        const left = grid.origin.col;
        const bottom = top + gridHeight(grid) - 1;
        const right = left + gridWidth(grid) - 1;
        for (const r of checkGrid(grid)) {
          expect(r.sheet).toBe(grid.sheet);
          for (const f of r.findings) expect(f.sheet).toBe(grid.sheet);
          const range = parseRangeA1(r.range);
          expect(range, r.range).not.toBeNull();
          if (range)
            expect(range.top >= top && range.left >= left && range.bottom <= bottom && range.right <= right, `${r.range}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  // Regression (bug found here, fixed in 6628ee0): figures.ts recomputedTotal() added NaN/±Infinity score
  // cells (and overflowed), analysis.ts analyzeFund() divided by denormal budgets; FormReportSchema
  // rejected the non-finite computed.total / computed.execRate / fixes[].value. Deterministic examples
  // are in test/model/locate/report-schema.test.ts.
  it("every report validates with FormReportSchema when cells hold NaN, ±Infinity or overflowing numbers", () => {
    fc.assert(
      fc.property(gridArb({ numbers: "extreme" }), (grid) => {
        for (const r of checkGrid(grid)) FormReportSchema.parse(r);
      }),
      RUNS,
    );
  });
});
