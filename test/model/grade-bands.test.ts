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

  // Issue 9 item 3: the one table also holds the words a form writes for each grade, and 差 is a band of its own.
  it("has the bands 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below, with the words read as each, in one table", () => {
    expect(GRADE_BANDS).toEqual([
      { grade: "优", min: 90, synonyms: ["优秀"] },
      { grade: "良", min: 80, synonyms: ["良好"] },
      { grade: "中", min: 60, synonyms: ["合格"] },
      { grade: "差", min: -Infinity, synonyms: ["不合格"] },
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

describe("the band table also reads a written grade and writes the formula (issue 9 item 3)", () => {
  it("reads each grade and its synonym, ignoring spaces and full-width forms, and nothing else", async () => {
    const { gradeWordOf } = await import("../../src/model/locate/grade-cell");
    expect(["优", "优秀", "良好", "合格", "不合格", " 差 ", "良\u3000好"].map(gradeWordOf)).toEqual([
      "优",
      "优",
      "良",
      "中",
      "差",
      "差",
      "良",
    ]);
    expect(["优良", "较好", "", "90"].map(gradeWordOf)).toEqual([null, null, null, null]);
  });

  it("grades boundary totals in the native formula exactly as gradeOf does", async () => {
    const { evaluateFormulas } = await import("../../src/model/grid/formula");
    const recalc = (total: number) => {
      const grid = { sheet: "s", origin: { row: 0, col: 0 }, merges: [], values: [[total, null]], formulas: [[null, gradeFormula("A1")]] };
      return evaluateFormulas(grid).grid.values[0][1];
    };
    // By hand: 90 and 89.995 (→ 90.00) are 优, 89.994 良, 80 良, 79.99 中, 60 中, 59.994 差, 0 差.
    const totals = [90, 89.995, 89.994, 80, 79.99, 60, 59.994, 0];
    expect(totals.map(recalc)).toEqual(["优", "优", "良", "良", "中", "中", "差", "差"]);
    expect(totals.map(gradeOf)).toEqual(totals.map(recalc));
  });
});
