import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRangeA1, rangeContains, toA1 } from "../../../src/model/grid/address";
import { checkGrid } from "../../../src/model/check";
import type { ParsedForm } from "../../../src/model/parse/form";
import type { Grid } from "../../../src/model/grid/grid";
import { FormReportSchema, type Finding } from "../../../src/model/report/report";
import { mutatedFormArb } from "../../fixtures/arbitraries";
import { cellInGrid, parsedForms } from "../../fixtures/contract";
import { cellOf } from "../../fixtures/grid-tools";

const RUNS = { numRuns: 1000 };

/** Rows a finding may be filed under when its cell is further down: a group's first row, 年度资金总额, 总分. */
function anchorRows(form: ParsedForm): Set<number> {
  const rows = new Set(form.groups.map((g) => g.firstRow));
  if (form.fund) rows.add(form.fund.total.row);
  if (form.total) rows.add(form.total.row);
  return rows;
}

/** The row contract in its weak, always-checkable form: the cell's own row, or an anchor row above it. */
function rowKeepsContract(form: ParsedForm, f: Finding): boolean {
  const cellRow = cellOf(f).row;
  const row0 = f.row - 1;
  return row0 === cellRow || (row0 < cellRow && anchorRows(form).has(row0));
}

function reportsWithForms(grid: Grid) {
  const reports = checkGrid(grid);
  const forms = parsedForms(grid);
  expect(reports).toHaveLength(forms.length);
  return reports.map((report, i) => ({ report, form: forms[i] }));
}

describe("checkGrid on mutated seed forms (cell edits, row/column deletions, merge shuffles)", () => {
  it("never throws (NaN/±Infinity edits included)", () => {
    fc.assert(
      fc.property(mutatedFormArb("extreme"), (grid) => {
        expect(Array.isArray(checkGrid(grid))).toBe(true);
      }),
      RUNS,
    );
  });

  it("every report validates with FormReportSchema (NaN/±Infinity and overflowing edits included)", () => {
    fc.assert(
      fc.property(mutatedFormArb("extreme"), (grid) => {
        for (const r of checkGrid(grid)) FormReportSchema.parse(r);
      }),
      RUNS,
    );
  });

  it("every finding's row is its cell's row or the first row of its group / fund block / 总分 row above it", () => {
    fc.assert(
      fc.property(mutatedFormArb("ordinary"), (grid) => {
        for (const { report, form } of reportsWithForms(grid)) {
          for (const f of report.findings) expect(rowKeepsContract(form, f), `${f.rule} ${f.cell} row ${f.row}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("every finding's cell lies inside the grid", () => {
    fc.assert(
      fc.property(mutatedFormArb("ordinary"), (grid) => {
        for (const r of checkGrid(grid)) for (const f of r.findings) expect(cellInGrid(grid, f), `${f.rule} ${f.cell}`).toBe(true);
      }),
      RUNS,
    );
  });

  it("every fix writes a cell inside the report's form range", () => {
    fc.assert(
      fc.property(mutatedFormArb("ordinary"), (grid) => {
        for (const r of checkGrid(grid)) {
          const range = parseRangeA1(r.range);
          expect(range).not.toBeNull();
          for (const x of r.fixes) {
            expect(x.sheet).toBe(grid.sheet);
            // fixes[].row is 1-based like findings[].row; col stays 0-based.
            expect(x.cell).toBe(toA1(x.row - 1, x.col));
            if (range) expect(rangeContains(range, x.row - 1, x.col), `${x.purpose} ${x.cell} in ${r.range}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
