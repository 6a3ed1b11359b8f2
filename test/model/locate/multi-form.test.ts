import { describe, expect, it } from "vitest";
import { columnLetters } from "../../../src/model/grid/address";
import { checkGrid, checkGrids } from "../../../src/model/check";
import { FormReportSchema } from "../../../src/model/report/report";
import { formGrid, type Variant } from "../../../scripts/forms/render-form";
import { SEED_FORM_1, SEED_FORM_2, SEED_FORM_3 } from "../../../scripts/forms/seed-forms";
import { contractViolation, parsedForms } from "../../fixtures/contract";
import { DEFECT_FORM, PER_ROW_FORM } from "../../fixtures/forms";
import { byRule, stackGrids, withoutMerges } from "../../fixtures/grid-tools";
import { COVER_NOTE, STAFF_LIST } from "../../fixtures/non-forms";
import { expectedRows, SEED_EXPECTATIONS, tableRowCount, VARIANT_LAYOUTS } from "../../fixtures/seed-expectations";

const [E1, E2, E3] = SEED_EXPECTATIONS;

describe("one form per sheet across a workbook (checkGrids)", () => {
  it("gives one report per sheet, in sheet order, each naming its own sheet", () => {
    const grids = [
      formGrid(SEED_FORM_1, "项目1"),
      formGrid(SEED_FORM_2, "项目2", { variant: "C" }),
      formGrid(SEED_FORM_3, "项目3", { variant: "D" }),
    ];
    const reports = checkGrids(grids);
    expect(reports.map((r) => [r.sheet, r.project, r.range, r.entered.total])).toEqual([
      ["项目1", E1.project, "A1:I39", 90.6],
      ["项目2", E2.project, "A1:I59", 96],
      ["项目3", E3.project, "A1:K37", 95],
    ]);
    for (const r of reports) {
      FormReportSchema.parse(r);
      expect(new Set(r.findings.map((f) => f.sheet))).toEqual(new Set([r.sheet]));
    }
  });

  it("skips sheets that are not forms", () => {
    const reports = checkGrids([COVER_NOTE, formGrid(SEED_FORM_3, "项目3"), STAFF_LIST]);
    expect(reports.map((r) => r.sheet)).toEqual(["项目3"]);
  });

  it("an empty workbook gives no reports", () => {
    expect(checkGrids([])).toEqual([]);
  });
});

describe.each(["A", "D"] as Variant[])("two forms stacked on one sheet (variant %s)", (variant) => {
  const L = VARIANT_LAYOUTS[variant];
  const first = formGrid(SEED_FORM_1, "合并", { variant });
  const second = formGrid(SEED_FORM_3, "合并", { variant });
  const gap = 2;
  const { grid, offset } = stackGrids(first, second, gap);
  const r1 = expectedRows(variant, tableRowCount(E1), E1.narrativeRows);
  const r3 = expectedRows(variant, tableRowCount(E3), E3.narrativeRows);

  it("the second form starts after the first form's last row and the gap", () => {
    expect(offset).toBe(r1.last + 1 + gap);
  });

  it("finds two forms with their own ranges, projects and totals", () => {
    const reports = checkGrid(grid);
    expect(reports).toHaveLength(2);
    expect(reports.map((r) => [r.range, r.project, r.entered.total, r.computed.total, r.computed.execRate])).toEqual([
      [`A1:${L.lastColLetter}${r1.last + 1}`, E1.project, 90.6, 90.6, 0.6667],
      [`A${offset + 1}:${L.lastColLetter}${offset + r3.last + 1}`, E3.project, 95, 95, 1],
    ]);
    for (const r of reports) FormReportSchema.parse(r);
  });

  it("each form keeps its own groups and 总分 row", () => {
    const [a, b] = parsedForms(grid);
    expect(a.groups.map((g) => [g.firstRow, g.weight.value, g.score.value])).toEqual(
      E1.groups.map((g, i) => [r1.firstIndicator + E1.groups.slice(0, i).reduce((s, x) => s + x.rows, 0), g.weight, g.score]),
    );
    expect(b.groups.map((g) => [g.firstRow, g.weight.value, g.score.value])).toEqual(
      E3.groups.map((g, i) => [offset + r3.firstIndicator + E3.groups.slice(0, i).reduce((s, x) => s + x.rows, 0), g.weight, g.score]),
    );
    expect(a.total?.row).toBe(r1.total);
    expect(b.total?.row).toBe(offset + r3.total);
    expect(b.fund?.total.row).toBe(offset + r3.fundTotal);
  });

  it("the second form's findings and fixes name the second form's cells", () => {
    const [, report] = checkGrid(grid);
    // Form 3 数量指标 18/20 with actual = target: a warning on the group's first row (docs/rules.md#actual-vs-score).
    const f = byRule(report, "actual-vs-score").find((x) => x.row === offset + r3.firstIndicator + 1);
    expect(f?.cell).toBe(`${columnLetters(L.ind.score)}${offset + r3.firstIndicator + 1}`);
    expect(report.fixes.find((x) => x.purpose === "total")?.cell).toBe(`${columnLetters(L.ind.score)}${offset + r3.total + 1}`);
    // Grade 优 is written in the 总分 row of form 3 only.
    expect(report.entered.grade).toBe("优");
    const [b] = parsedForms(grid).slice(1);
    expect(report.findings.map((x) => contractViolation(b, x)).filter(Boolean)).toEqual([]);
    for (const x of report.findings) expect(x.row).toBeGreaterThan(offset);
  });

  it("stacking does not change what the first form's report says", () => {
    const [alone] = checkGrid(first);
    const [stacked] = checkGrid(grid);
    expect(stacked).toEqual(alone);
  });

  it("without merges the same two forms and totals are found", () => {
    const reports = checkGrid(withoutMerges(grid));
    expect(reports.map((r) => [r.range, r.entered.total, r.computed.total])).toEqual([
      [`A1:${L.lastColLetter}${r1.last + 1}`, 90.6, 90.6],
      [`A${offset + 1}:${L.lastColLetter}${offset + r3.last + 1}`, 95, 95],
    ]);
  });

  it("with no gap at all the two forms are still told apart", () => {
    const tight = stackGrids(first, second, 0);
    const reports = checkGrid(tight.grid);
    expect(reports.map((r) => [r.range, r.entered.total])).toEqual([
      [`A1:${L.lastColLetter}${r1.last + 1}`, 90.6],
      [`A${tight.offset + 1}:${L.lastColLetter}${tight.offset + r3.last + 1}`, 95],
    ]);
  });
});

describe("two forms without narratives stacked directly (defect form on a per-row form)", () => {
  // Neither fixture has narrative rows, so the first form's 总分 row is right above the second's title.
  const first = formGrid(PER_ROW_FORM, "合并");
  const second = formGrid(DEFECT_FORM, "合并");
  const { grid, offset } = stackGrids(first, second, 1);
  const rp = expectedRows("A", 8, 0);
  const rd = expectedRows("A", 9, 0);

  it("finds both, with the defect form's 总分 finding on its own 总分 cell", () => {
    const reports = checkGrid(grid);
    expect(reports.map((r) => [r.range, r.entered.total, r.computed.total])).toEqual([
      [`A1:I${rp.total + 1}`, 98.47, 98.47],
      // DEFECT_FORM: 9 + 15 + 12 + 10 + 20 + 10 + 10 = 86, written 90.
      [`A${offset + 1}:I${offset + rd.total + 1}`, 90, 86],
    ]);
    expect(reports[0].findings).toEqual([]);
    expect(byRule(reports[1], "total")).toEqual([
      expect.objectContaining({ cell: `H${offset + rd.total + 1}`, row: offset + rd.total + 1 }),
    ]);
  });
});

describe("three forms of different layouts stacked on one sheet", () => {
  // Form 1 in A (rows 1–39), two blank rows, form 2 in D (60 rows: 42–101), two blank rows, form 3 in C (36 rows: 104–139).
  const ad = stackGrids(formGrid(SEED_FORM_1, "三表"), formGrid(SEED_FORM_2, "三表", { variant: "D" }), 2);
  const all = stackGrids(ad.grid, formGrid(SEED_FORM_3, "三表", { variant: "C" }), 2);

  it("finds the three forms with their ranges, projects and totals", () => {
    const reports = checkGrid(all.grid);
    expect(all.offset).toBe(103);
    expect(reports.map((r) => [r.range, r.project, r.entered.total, r.computed.total])).toEqual([
      ["A1:I39", E1.project, 90.6, 90.6],
      ["A42:K101", E2.project, 96, 96],
      ["A104:I139", E3.project, 95, 95],
    ]);
    const forms = parsedForms(all.grid);
    reports.forEach((r, i) => {
      FormReportSchema.parse(r);
      expect(r.findings.map((f) => contractViolation(forms[i], f)).filter(Boolean)).toEqual([]);
    });
  });
});
