// Grades are decided on the total rounded to 2 decimals (issue 7 item 6), in gradeOf, in the grade rule
// and its message, and in the IF formula a fix writes; one band table drives all of them.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../scripts/forms/form-spec";
import { formGrid } from "../../scripts/forms/render-form";
import { checkGrid, gradeFormula, gradeOf, GRADE_BANDS } from "../../src/model";
import { PER_ROW_FORM } from "../fixtures/forms";

describe("gradeOf on the total rounded to 2 decimals", () => {
  it.each([
    [89.99999999999999, "优"], // a float sum of scores that add up to 90
    [89.995, "优"], // 89.995 → 90.00 half-up
    [89.994, "良"], // 89.994 → 89.99
    [79.995, "良"],
    [59.995, "中"],
    [59.994, "差"],
  ] as const)("%d → %s", (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });

  it("has the bands 优 ≥ 90, 良 ≥ 80, 中 ≥ 60 in one table", () => {
    expect(GRADE_BANDS).toEqual([
      { grade: "优", min: 90 },
      { grade: "良", min: 80 },
      { grade: "中", min: 60 },
    ]);
  });

  it("writes the same bands as a nested IF on ROUND(total, 2)", () => {
    expect(gradeFormula("H21")).toBe('IF(ROUND(H21,2)>=90,"优",IF(ROUND(H21,2)>=80,"良",IF(ROUND(H21,2)>=60,"中","差")))');
  });
});

// PER_ROW_FORM rescored so that the scores add up to exactly 90 by hand, in the order the engine adds them
// (执行率得分 first, then the groups top to bottom):
// 9.6 + 8.4 = 18, + 8.3 = 26.3, + 9 = 35.3, + 8.8 = 44.1, + 9.9 = 54, + 13.7 = 67.7, + 13.7 = 81.4, + 8.6 = 90.
// 执行率 96 / 100 = 0.96, so 执行率得分 10 × 0.96 = 9.6 as written.
const SCORES = [8.4, 8.3, 9, 8.8, 9.9, 13.7, 13.7, 8.6];
const EXEC_SCORE = 9.6;

function exactlyNinety(writtenGrade: string): FormSpec {
  const spec = structuredClone(PER_ROW_FORM);
  spec.fund.budget = 100;
  spec.fund.executed = 96;
  spec.fund.rate = { value: 0.96, format: "0.00%" };
  spec.fund.score = EXEC_SCORE;
  spec.groups.forEach((g, i) => (g.score = SCORES[i]));
  spec.total = { weight: 100, score: 90, grade: writtenGrade };
  return spec;
}

describe("a form whose scores add up to exactly 90", () => {
  it("is a case where floating-point addition falls short of 90", () => {
    // The premise of the tests below: without rounding, this total would be graded 良.
    expect(SCORES.reduce((s, x) => s + x, EXEC_SCORE)).toBeLessThan(90);
  });

  it("is graded 优 in computed.grade, with total 90", () => {
    const [r] = checkGrid(formGrid(exactlyNinety("优"), "S"));
    expect(r.computed.total).toBe(90);
    expect(r.computed.grade).toBe("优");
  });

  it("a written 优 is right: no grade finding", () => {
    const [r] = checkGrid(formGrid(exactlyNinety("优"), "S"));
    expect(r.findings.filter((f) => f.rule === "grade")).toEqual([]);
  });

  it("a written 良 is wrong: the grade rule says 优 for a total of 90", () => {
    const [r] = checkGrid(formGrid(exactlyNinety("良"), "S"));
    const grade = r.findings.filter((f) => f.rule === "grade");
    // 总分 row: 12 header rows, 8 indicator rows on sheet rows 13–20, 总分 on row 21; the grade sits in I21.
    expect(grade).toEqual([expect.objectContaining({ severity: "error", cell: "I21", row: 21 })]);
    expect(grade[0].message).toContain("优");
    expect(grade[0].message).toContain("90");
    expect(grade[0].message).not.toContain("89.99");
  });

  it("the fix caches 90 (no float noise) and grades it with ROUND(...,2) as 优", () => {
    const [r] = checkGrid(formGrid(exactlyNinety("良"), "S"));
    expect(r.fixes).toEqual([
      { sheet: "S", cell: "H21", row: 21, col: 7, formula: "SUM(H6,H13:H20)", value: 90, purpose: "total" },
      {
        sheet: "S",
        cell: "I21",
        row: 21,
        col: 8,
        formula: 'IF(ROUND(H21,2)>=90,"优",IF(ROUND(H21,2)>=80,"良",IF(ROUND(H21,2)>=60,"中","差")))',
        value: "优",
        purpose: "grade",
      },
    ]);
  });
});
