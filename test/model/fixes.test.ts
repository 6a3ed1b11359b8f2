// The total and grade formulas a fix writes (issue 7 items 6 and 7): written only when they recalculate to
// the engine's figures, with a `fix-skipped` reason otherwise; never over a 评价结论 paragraph; rows 1-based.
//
// Cells counted by hand from render-form.ts for PER_ROW_FORM in layout A: 执行率得分 H6 (row 6), eight
// indicator rows on sheet rows 13–20 with 得分 in column H, 总分 H21 and the written grade I21. In layout D
// (青神: four 其中 rows) the 得分 column is J, the indicators sit on rows 14–21, 总分 is J22, the 总分 row's
// last cell (未完成原因分析) is K22 and a narrative row right under it is row 23, its text in B23.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../scripts/forms/form-spec";
import { formGrid } from "../../scripts/forms/render-form";
import { checkGrid, resolveProfile, type FormReport } from "../../src/model";
import { analyzeForm } from "../../src/model/analyze/analysis";
import { planFixes } from "../../src/model/report/fixes";
import { locateForms } from "../../src/model/locate";
import { parseForm } from "../../src/model/parse/parse-form";
import { SheetView } from "../../src/model/grid/sheet-view";
import { PER_ROW_FORM } from "../fixtures/forms";

const check = (spec: FormSpec, variant: "A" | "D" = "A"): FormReport => {
  const reports = checkGrid(formGrid(spec, "S", { variant }));
  expect(reports).toHaveLength(1);
  return reports[0];
};
const skipped = (r: FormReport) => r.findings.filter((f) => f.rule === "fix-skipped");
const GRADE_IF = (ref: string) => `IF(ROUND(${ref},2)>=90,"优",IF(ROUND(${ref},2)>=80,"良",IF(ROUND(${ref},2)>=60,"中","差")))`;

describe("fixes[].row", () => {
  it("is the 1-based sheet row, like findings[].row; col stays 0-based", () => {
    const r = check(PER_ROW_FORM);
    expect(r.fixes.map(({ cell, row, col, purpose }) => ({ cell, row, col, purpose }))).toEqual([
      { cell: "H21", row: 21, col: 7, purpose: "total" },
      { cell: "I21", row: 21, col: 8, purpose: "grade" },
    ]);
  });
});

describe("the total formula", () => {
  it("is a plain SUM when every score is a number", () => {
    const r = check(PER_ROW_FORM);
    // 9 + 10 + 10 + 10 + 9.47 + 10 + 15 + 15 + 10 = 98.47
    expect(r.fixes[0]).toMatchObject({ formula: "SUM(H6,H13:H20)", value: 98.47 });
    expect(skipped(r)).toEqual([]);
  });

  it("reads scores typed as text with SUMPRODUCT(--(0&TRIM(...))), and the cache is the engine's total", () => {
    const spec = structuredClone(PER_ROW_FORM);
    const typed = ["10", " 10 ", "10.0", "9.47", "10", "15", "15", "10"];
    spec.groups.forEach((g, i) => (g.score = typed[i]));
    const r = check(spec);
    expect(r.computed.total).toBe(98.47);
    expect(r.fixes[0]).toMatchObject({ cell: "H21", formula: "H6+SUMPRODUCT(--(0&TRIM(H13:H20)))", value: 98.47 });
    expect(r.fixes[1]).toMatchObject({ cell: "I21", formula: GRADE_IF("H21"), value: "优" });
  });

  it("reads a 执行率得分 typed as text the same way", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.fund.score = "9";
    const r = check(spec);
    expect(r.fixes[0]).toMatchObject({ formula: "SUM(--(0&TRIM(H6)),H13:H20)", value: 98.47 });
  });

  it("is not written when a score is text no formula reads (full-width digits), and says why", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.groups[3].score = "９.４７"; // the 时效 row, sheet row 16
    const r = check(spec);
    expect(r.fixes).toEqual([]);
    expect(skipped(r)).toEqual([expect.objectContaining({ severity: "info", cell: "H21", row: 21 })]);
    expect(skipped(r)[0].message).toContain("H16");
    expect(skipped(r)[0].message).toContain("９.４７");
  });

  it("is not written when a score holds an error value: its recalculated value would be the error", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.groups[2].score = "#REF!"; // the 质量 row, sheet row 15
    const r = check(spec);
    expect(r.fixes).toEqual([]);
  });

  it("is not written for an error value even when a total is given, and says which cell", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.groups[2].score = "#REF!";
    const view = new SheetView(formGrid(spec, "S"));
    const a = analyzeForm(parseForm(view, locateForms(view)[0]), resolveProfile());
    // 98.47 without the 质量 row's 10.
    const plan = planFixes(a, 88.47, { execRate: 0.9, execScore: 9, total: 88.47, grade: "良" });
    expect(plan.writes).toEqual([]);
    expect(plan.skipped).toEqual([
      expect.objectContaining({ severity: "info", message: "fix-skipped.error", params: { cell: "H15", value: "#REF!" } }),
    ]);
  });

  it("is not written for a form without indicator rows (no circular SUM over the 总分 row), and says why", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.groups = [];
    spec.total = { weight: 10, score: 9, grade: null };
    // The table header is on row 12 and 总分 directly under it, on row 13.
    const r = check(spec);
    expect(r.fixes).toEqual([]);
    expect(skipped(r)).toEqual([expect.objectContaining({ severity: "info", cell: "H13", row: 13 })]);
    expect(skipped(r)[0].message).toContain("没有指标行");
  });
});

describe("the grade cell", () => {
  const QINGSHEN_CONCLUSION =
    "该项目资金到位及时，管理规范，年度绩效目标基本完成，群众满意度较高；个别指标因汛期影响略有滞后，已制定整改措施。";

  function qingshen(conclusion: string): FormSpec {
    const spec = structuredClone(PER_ROW_FORM);
    spec.total = { weight: 100, score: 98.47, grade: undefined };
    spec.narrative = [["评价结论", conclusion]];
    return spec;
  }

  it("a 评价结论 paragraph (青神) is never overwritten: the grade goes into the empty last cell of the 总分 row", () => {
    const r = check(qingshen(QINGSHEN_CONCLUSION), "D");
    expect(r.fixes.map((f) => f.cell)).not.toContain("B23");
    expect(r.fixes).toEqual([
      expect.objectContaining({ cell: "J22", row: 22, col: 9, purpose: "total" }),
      expect.objectContaining({ cell: "K22", row: 22, col: 10, formula: GRADE_IF("J22"), value: "优", purpose: "grade" }),
    ]);
  });

  it("a 评价结论 holding a grade word is the grade cell, and is graded", () => {
    const r = check(qingshen("良"), "D");
    expect(r.entered.grade).toBe("良");
    expect(r.fixes.find((f) => f.purpose === "grade")).toMatchObject({ cell: "B23", row: 23, col: 1, value: "优" });
    expect(r.findings.filter((f) => f.rule === "grade")).toEqual([expect.objectContaining({ cell: "B23" })]);
  });

  it("a cell labelled 等级 holding a placeholder is written", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.total = { weight: 100, score: 98.47, grade: undefined };
    spec.narrative = [["自评等级", "/"]];
    // Layout A: the 总分 row is 21, so the 自评等级 row is 22 and its value B22.
    const r = check(spec);
    expect(r.fixes.find((f) => f.purpose === "grade")).toMatchObject({ cell: "B22", row: 22, value: "优" });
  });

  it("a cell labelled 等级 holding a sentence is never overwritten", () => {
    const spec = structuredClone(PER_ROW_FORM);
    spec.total = { weight: 100, score: 98.47, grade: undefined };
    spec.narrative = [["等级", "经单位集体研究，本项目自评为优秀等次"]];
    const r = check(spec);
    expect(r.fixes.map((f) => f.cell)).not.toContain("B22");
  });
});
