// A blank template (issue 7 item 5): one form-empty finding instead of weight-sum, total, required-field,
// exec-* and row noise; no figures to grade and nothing to fix. Expected cells are counted by hand from
// render-form.ts: layout A puts 得分 in column H; PER_ROW_FORM's rows are title 1, year 2, 项目名称 3,
// 主管部门 4, fund header 5, 年度资金总额 6, three 其中 rows 7–9, goals 10–11, the table header 12 and the
// first indicator on sheet row 13. Layout C keeps 得分 in H too; layout D has it in J, four 其中 rows, so
// its first indicator is on row 14.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../scripts/forms/form-spec";
import { formGrid, type Variant } from "../../scripts/forms/render-form";
import { checkGrid, FormReportSchema, parseA1, type Grid } from "../../src/model";
import { PER_ROW_FORM } from "../fixtures/forms";

/** PER_ROW_FORM as the template arrives: weights, targets and budget figures set, nothing self-evaluated. */
function blankTemplate(): FormSpec {
  const spec = structuredClone(PER_ROW_FORM);
  spec.department = null;
  spec.implementer = null;
  spec.fund.executed = null;
  spec.fund.rate = null;
  spec.fund.score = null;
  for (const s of spec.fund.sub) s.executed = null;
  spec.goals.actual = "";
  for (const g of spec.groups) {
    g.score = null;
    delete g.reason;
    for (const r of g.rows) r.actual = null;
  }
  spec.total = { weight: 100, score: null, grade: null };
  return spec;
}

describe("form-empty", () => {
  it("a blank template gets exactly one error, at the table's first 得分 cell, and nothing else", () => {
    const [r] = checkGrid(formGrid(blankTemplate(), "自评表"));
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: "form-empty", severity: "error", sheet: "自评表", cell: "H13", row: 13, highlight: false }),
    ]);
    expect(r.findings[0].message).toContain("本表尚未填写");
    expect(r.fixes).toEqual([]);
    expect(r.computed.total).toBeNull();
    expect(r.computed.grade).toBeNull();
    expect(FormReportSchema.safeParse(r).success).toBe(true);
  });

  it("says so in English too", () => {
    const [r] = checkGrid(formGrid(blankTemplate(), "S"), { lang: "en" });
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringContaining("has not been filled in")]);
  });

  it.each([
    ["A", "H13"],
    ["C", "H13"],
    ["D", "J14"],
  ] as [Variant, string][])("layout %s: one finding at %s", (variant, cell) => {
    const [r] = checkGrid(formGrid(blankTemplate(), "S", { variant }));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`form-empty@${cell}`]);
  });

  it("a template whose 总分 and 执行率得分 are formulas reading 0 is still blank", () => {
    const spec = blankTemplate();
    spec.total.score = 0;
    spec.fund.score = 0;
    const [r] = checkGrid(formGrid(spec, "S"));
    expect(r.findings.map((f) => f.rule)).toEqual(["form-empty"]);
  });

  it("one score written makes the form not blank: the usual findings come back", () => {
    const spec = blankTemplate();
    spec.groups[0].score = 10;
    const [r] = checkGrid(formGrid(spec, "S"));
    const rules = r.findings.map((f) => f.rule);
    expect(rules).not.toContain("form-empty");
    expect(rules).toContain("required-field");
  });

  it("one actual value written makes the form not blank", () => {
    const spec = blankTemplate();
    spec.groups[2].rows[0].actual = "100%";
    const [r] = checkGrid(formGrid(spec, "S"));
    expect(r.findings.map((f) => f.rule)).not.toContain("form-empty");
  });

  it("a filled form never reports form-empty", () => {
    const [r] = checkGrid(formGrid(PER_ROW_FORM, "S"));
    expect(r.findings.map((f) => f.rule)).not.toContain("form-empty");
  });
});

describe("form-empty and formulas saved without a value", () => {
  /** Puts a formula the evaluator cannot compute (another sheet) into a cell, with no cached result. */
  function uncomputed(grid: Grid, a1: string): Grid {
    const p = parseA1(a1)!;
    const values = grid.values.map((r) => [...r]);
    const formulas = grid.values.map((r) => r.map(() => null as string | null));
    values[p.row][p.col] = null;
    formulas[p.row][p.col] = "评分!B3";
    return { ...grid, values, formulas };
  }

  it("a score that is an uncomputed formula is not blank: no form-empty, the formula is reported instead", () => {
    const [r] = checkGrid(uncomputed(formGrid(blankTemplate(), "S"), "H13"));
    const rules = r.findings.map((f) => `${f.rule}@${f.cell}`);
    expect(rules).not.toContain("form-empty@H13");
    expect(rules).toContain("formula-uncomputed@H13");
  });

  it("an actual value that is an uncomputed formula is not blank either", () => {
    const [r] = checkGrid(uncomputed(formGrid(blankTemplate(), "S"), "F13"));
    expect(r.findings.map((f) => f.rule)).not.toContain("form-empty");
  });

  it("a 执行率得分 that is an uncomputed formula is not blank", () => {
    const [r] = checkGrid(uncomputed(formGrid(blankTemplate(), "S"), "H6"));
    expect(r.findings.map((f) => f.rule)).not.toContain("form-empty");
  });

  it("a 总分 that is an uncomputed formula over blank scores leaves the template blank (it only adds them up)", () => {
    // Total row of PER_ROW_FORM's blank template: the row whose 得分 cell the form reads as 总分.
    const grid = formGrid(blankTemplate(), "S");
    const [plain] = checkGrid(grid);
    expect(plain.findings.map((f) => f.rule)).toEqual(["form-empty"]);
    const totalRow = grid.values.findIndex((row) => row.some((v) => v === "总分"));
    const [r] = checkGrid(uncomputed(grid, `H${totalRow + 1}`));
    expect(r.findings.map((f) => f.rule)).toEqual(["form-empty"]);
  });
});
