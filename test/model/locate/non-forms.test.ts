import { describe, expect, it } from "vitest";
import { checkGrid, checkGrids } from "../../../src/model/check";
import type { Grid } from "../../../src/model/grid/grid";
import { locateForms } from "../../../src/model/locate";
import { SheetView } from "../../../src/model/grid/sheet-view";
import { COVER_NOTE, EMPTY_GRIDS, FUND_ONLY, NON_FORMS, NUMBERS_ONLY, STAFF_KPI, STAFF_LIST } from "../../fixtures/non-forms";

const named: [string, Grid][] = [
  ["a cover note listing the form's headers one per line", COVER_NOTE],
  ["a staff list with 姓名/部门/得分 columns and a 合计 row", STAFF_LIST],
  ["a staff KPI sheet with 目标值/完成值/分值/得分 but no 二级/三级 column", STAFF_KPI],
  ["a grid of only numbers", NUMBERS_ONLY],
  ["a sheet with only the fund block (and a 总分 row)", FUND_ONLY],
  ...EMPTY_GRIDS.map((g): [string, Grid] => [`an empty grid (${g.sheet}: ${JSON.stringify(g.values)})`, g]),
];

describe("sheets that are not forms yield no form", () => {
  it.each(named)("%s", (_label, grid) => {
    expect(locateForms(new SheetView(grid))).toEqual([]);
    expect(checkGrid(grid)).toEqual([]);
  });

  it("the same sheets placed away from A1 (origin C5) yield no form either", () => {
    for (const g of NON_FORMS) {
      const moved: Grid = {
        ...g,
        origin: { row: 4, col: 2 },
        merges: g.merges.map((m) => ({ top: m.top + 4, bottom: m.bottom + 4, left: m.left + 2, right: m.right + 2 })),
      };
      expect(checkGrid(moved), g.sheet).toEqual([]);
    }
  });

  it("a whole workbook of them gives no report", () => {
    expect(checkGrids(NON_FORMS)).toEqual([]);
  });

  it("the staff KPI sheet becomes a form once it has a 三级指标 column (the guard is the 二级/三级 column)", () => {
    // Control: renaming 考核指标 to 三级指标 makes the header complete, so the negative test above is not vacuous.
    const values = STAFF_KPI.values.map((r) => [...r]);
    values[0][1] = "三级指标";
    expect(locateForms(new SheetView({ ...STAFF_KPI, values }))).toHaveLength(1);
  });
});
