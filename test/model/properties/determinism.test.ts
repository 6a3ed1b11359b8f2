import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrid, checkGrids } from "../../../src/model/check";
import { gridArb, mutatedFormArb } from "../../fixtures/arbitraries";

const RUNS = { numRuns: 1000 };

describe("determinism", () => {
  it("checking the same arbitrary grid twice gives deep-equal reports, and the grid is left untouched", () => {
    fc.assert(
      fc.property(gridArb({ numbers: "extreme" }), (grid) => {
        const before = structuredClone(grid);
        const first = checkGrid(grid);
        const second = checkGrid(grid);
        expect(second).toEqual(first);
        expect(checkGrid(structuredClone(grid))).toEqual(first);
        expect(grid).toEqual(before);
      }),
      RUNS,
    );
  });

  it("checking the same mutated form twice gives deep-equal reports, also after other sheets were checked", () => {
    fc.assert(
      fc.property(mutatedFormArb("extreme"), mutatedFormArb("ordinary"), (grid, other) => {
        const first = checkGrid(grid);
        // Checking another sheet first (in one workbook) must not change this sheet's reports.
        const both = checkGrids([other, grid]);
        expect(both.slice(both.length - first.length)).toEqual(first);
      }),
      RUNS,
    );
  });
});
