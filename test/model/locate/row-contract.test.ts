// The JSON row contract: `row` of an indicator finding is the first row of the indicator or of its merged
// group; exec-rate / exec-score / fund-breakdown use the 年度资金总额 row; total / grade / weight-sum use
// the 总分 row. Expected cells are counted by hand from test/fixtures/forms.ts DEFECT_FORM.
import { describe, expect, it } from "vitest";
import { columnLetters } from "../../../src/model/grid/address";
import { checkGrid } from "../../../src/model/check";
import type { Grid } from "../../../src/model/grid/grid";
import { FormReportSchema, type Finding } from "../../../src/model/report/report";
import { formGrid, type Variant } from "../../../scripts/forms/render-form";
import { SEED_FORMS } from "../../../scripts/forms/seed-forms";
import { cellInGrid, contractViolation, parsedForms } from "../../fixtures/contract";
import { DEFECT_FORM } from "../../fixtures/forms";
import { setCell, shiftFinding, sliceToOrigin, withoutMerges } from "../../fixtures/grid-tools";
import { expectedRows, VARIANT_LAYOUTS } from "../../fixtures/seed-expectations";

const VARIANTS: Variant[] = ["A", "C", "D"];
const DEFECT_TABLE_ROWS = 9;

type Expected = Pick<Finding, "rule" | "severity" | "cell" | "row">;

function expectedDefectFindings(variant: Variant): Expected[] {
  const L = VARIANT_LAYOUTS[variant];
  const r = expectedRows(variant, DEFECT_TABLE_ROWS, 0);
  const at = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;
  const f = r.firstIndicator;
  return [
    // Fund block: all filed under 年度资金总额.
    { rule: "exec-rate", severity: "error", cell: at(L.fund.rate, r.fundTotal), row: r.fundTotal + 1 },
    { rule: "exec-score", severity: "error", cell: at(L.fund.score, r.fundTotal), row: r.fundTotal + 1 },
    { rule: "fund-breakdown", severity: "error", cell: at(L.fund.budget, r.fundTotal), row: r.fundTotal + 1 },
    // 数量指标 (offsets 0–2, merged 20/15, no reason): on the group's first row, at its reason cell.
    { rule: "reason-missing", severity: "error", cell: at(L.ind.reason, f), row: f + 1 },
    // 数量指标 again: the rows earn (1 + 1 + 8/10) / 3 × 20 = 18.67, far from the written 15.
    { rule: "score-formula", severity: "warning", cell: at(L.ind.score, f), row: f + 1 },
    // 时效指标 (offsets 4–5): 结业率 on offset 5 is the indicator's own row, not the group's.
    { rule: "actual-unmeasurable", severity: "error", cell: at(L.ind.actual, f + 5), row: f + 6 },
    // 质量指标 (offset 3): 12 > 10.
    { rule: "score-range", severity: "error", cell: at(L.ind.score, f + 3), row: f + 4 },
    // Weights 10 + 80 = 90: on the 总分 row's 分值.
    { rule: "weight-sum", severity: "error", cell: at(L.ind.weight, r.total), row: r.total + 1 },
    // 产出40/效益30/满意度10: on the first weighted group.
    { rule: "weight-policy", severity: "warning", cell: at(L.ind.weight, f), row: f + 1 },
    { rule: "total", severity: "error", cell: at(L.ind.score, r.total), row: r.total + 1 },
    // 优 is written in the 总分 row's last column; 86 is 良.
    { rule: "grade", severity: "error", cell: at(L.ind.reason, r.total), row: r.total + 1 },
  ];
}

const pick = (f: Finding): Expected => ({ rule: f.rule, severity: f.severity, cell: f.cell, row: f.row });
const sortKey = (f: Expected) => `${f.rule}|${f.cell}`;
const sorted = (xs: Expected[]) => [...xs].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

describe.each(VARIANTS)("row contract on the defect form (variant %s)", (variant) => {
  const L = VARIANT_LAYOUTS[variant];
  const r = expectedRows(variant, DEFECT_TABLE_ROWS, 0);
  const grid = formGrid(DEFECT_FORM, "缺陷", { variant });
  const [report] = checkGrid(grid);

  it("validates against FormReportSchema", () => {
    expect(() => FormReportSchema.parse(report)).not.toThrow();
  });

  it("reports exactly the planted defects, each on the cell and row the contract names", () => {
    expect(sorted(report.findings.map(pick))).toEqual(sorted(expectedDefectFindings(variant)));
  });

  it("the reason-missing highlight spans the whole merged group across the table's columns", () => {
    const f = report.findings.find((x) => x.rule === "reason-missing");
    expect(f?.highlight).toBe(true);
    expect(f?.span).toEqual({ top: r.firstIndicator, bottom: r.firstIndicator + 2, left: 1, right: L.width - 1 });
  });

  it("holds for every finding, checked against the parsed groups", () => {
    const [form] = parsedForms(grid);
    expect(report.findings.map((f) => contractViolation(form, f)).filter(Boolean)).toEqual([]);
  });

  it("without merge information the same findings sit on the same rows", () => {
    const [bare] = checkGrid(withoutMerges(grid));
    expect(sorted(bare.findings.map(pick))).toEqual(sorted(expectedDefectFindings(variant)));
  });

  it("at an offset, and in a grid whose origin is the form's corner, rows and cells move with the form", () => {
    const moved = formGrid(DEFECT_FORM, "缺陷", { variant, startRow: 10, startCol: 4 });
    const expected = sorted(
      expectedDefectFindings(variant).map((e) => pick(shiftFinding({ ...e, sheet: "", message: "", highlight: false }, 10, 4))),
    );
    expect(sorted(checkGrid(moved)[0].findings.map(pick))).toEqual(expected);
    expect(sorted(checkGrid(sliceToOrigin(moved, 10, 4))[0].findings.map(pick))).toEqual(expected);
  });
});

describe("required fields", () => {
  it("a blank 项目名称 is reported on its value cell's row", () => {
    const [report] = checkGrid(formGrid({ ...DEFECT_FORM, project: null }, "缺陷"));
    expect(report.project).toBeNull();
    // 项目名称 sits on sheet row 3 (0-based 2), its value cell in column B.
    expect(report.findings.filter((f) => f.rule === "required-field")).toEqual([expect.objectContaining({ cell: "B3", row: 3 })]);
  });

  // Row 4 (0-based 3) of variant A: 主管部门 A4, its value B4:D4, 实施单位 E4, its value F4:I4.
  function implementerAtRightEdge(): Grid {
    let g = formGrid(DEFECT_FORM, "缺陷");
    g = setCell(setCell(setCell(g, 3, 4, null), 3, 5, null), 3, 8, "实施单位");
    return { ...g, merges: g.merges.filter((m) => !(m.top === 3 && m.left === 5)) };
  }

  it("a 实施单位 label moved to the last column with no value is still reported, on its row", () => {
    const grid = implementerAtRightEdge();
    const found = checkGrid(grid)[0].findings.filter((f) => f.rule === "required-field");
    expect(found).toHaveLength(1);
    expect(found[0].row).toBe(4);
  });

  // Regression (bug found here, fixed in 6628ee0): find-fields.ts valueCellRight() returned the column right
  // after the label (or its merged area) even past the grid's last column: required-field named J4,
  // outside the used range A1:I22.
  it("…and its cell lies inside the grid", () => {
    const grid = implementerAtRightEdge();
    const [f] = checkGrid(grid)[0].findings.filter((x) => x.rule === "required-field");
    expect(cellInGrid(grid, f)).toBe(true);
  });
});

describe.each(VARIANTS)("row contract on the seeds (variant %s)", (variant) => {
  it.each(SEED_FORMS.map((s, i) => [i + 1, s] as const))("seed form %i, with and without merges and at an offset", (_n, spec) => {
    for (const grid of [
      formGrid(spec, "S", { variant }),
      withoutMerges(formGrid(spec, "S", { variant })),
      formGrid(spec, "S", { variant, startRow: 3, startCol: 5 }),
    ]) {
      const [form] = parsedForms(grid);
      const [report] = checkGrid(grid);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(report.findings.map((f) => contractViolation(form, f)).filter(Boolean)).toEqual([]);
    }
  });
});
