// Cached error values ("#REF!", "#DIV/0!") in the fund block and in 年度指标值 / 实际完成值 are named as
// errors, never read as blank ("执行率未填写", "全年预算数为0或未填写") or judged as wording ("不可衡量");
// fund figures that are formulas without a value give no "未填写" finding. Seed form 1, layout A: fund row 6
// (D 全年预算 150, E 全年执行 100, G 执行率 0.66, H 得分 6.6); rows 13–17 数量指标 (D13 询问室、留置室,
// E13 430平米, F13 430平米), 21–22 时效 (E/F 及时完成, H21 7 of 10), 23 成本 (D23 工程款, E23 150万元,
// F23 100万元, H23 7 of 10), 29 满意度 (D29 群众满意度, E29 95%, F29 全部完成). Texts typed by hand.
import { describe, expect, it } from "vitest";
import { formGrid } from "../../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../../scripts/forms/seed-forms";
import { parseA1 } from "../../../src/model/grid/address";
import { checkGrid, type FormReport } from "../../../src/model";
import type { CellValue, Grid } from "../../../src/model/grid/grid";
import { setCell } from "../../fixtures/grid-tools";

const seed = formGrid(SEED_FORM_1, "自评表");

function check(grid: Grid, lang: "zh" | "en" = "zh"): FormReport {
  const reports = checkGrid(grid, { lang });
  expect(reports).toHaveLength(1);
  return reports[0];
}

function set(grid: Grid, a1: string, value: CellValue): Grid {
  const p = parseA1(a1)!;
  return setCell(grid, p.row, p.col, value);
}

/** Writes a formula with no cached result (a Java exporter's file) that the evaluator cannot compute. */
function uncomputed(grid: Grid, a1: string): Grid {
  const p = parseA1(a1)!;
  const formulas = grid.values.map((r, i) => r.map((_, j) => grid.formulas?.[i]?.[j] ?? null));
  formulas[p.row][p.col] = "数据!A1";
  return { ...setCell(grid, p.row, p.col, null), formulas };
}

const rules = (r: FormReport, rule: string) => r.findings.filter((f) => f.rule === rule);
const at = (r: FormReport, rule: string) => rules(r, rule).map((f) => `${f.cell} ${f.message}`);

describe("exec-rate: error values in the fund block are named", () => {
  it("an error in the 执行率 cell, not 执行率未填写", () => {
    const r = check(set(seed, "G6", "#REF!"));
    expect(at(r, "exec-rate")).toEqual(["G6 执行率为错误值 #REF!，按全年执行数100÷全年预算数150应为66.67%"]);
    expect(check(set(seed, "G6", "#REF!"), "en").findings.find((f) => f.rule === "exec-rate")?.message).toBe(
      "The execution rate is the error value #REF!; executed 100 ÷ budget 150 gives 66.67%",
    );
  });

  it("an error in 全年预算数, not 全年预算数为0或未填写", () => {
    const r = check(set(seed, "D6", "#DIV/0!"));
    expect(at(r, "exec-rate")).toEqual(["D6 全年预算数为错误值 #DIV/0!，无法计算预算执行率"]);
  });

  it("an error in 全年执行数, not 全年执行数未填写", () => {
    const r = check(set(seed, "E6", "#N/A"));
    expect(at(r, "exec-rate")).toEqual(["E6 全年执行数为错误值 #N/A，无法计算预算执行率"]);
    expect(check(set(seed, "E6", "#N/A"), "en").findings.find((f) => f.rule === "exec-rate")?.message).toBe(
      "Full-year executed: the error value #N/A, so the execution rate cannot be computed",
    );
  });

  it.each(["D6", "E6"])("%s as a formula without a value: no exec-rate finding, one formula-uncomputed", (cell) => {
    const r = check(uncomputed(seed, cell));
    expect(rules(r, "exec-rate")).toEqual([]);
    expect(rules(r, "formula-uncomputed").map((f) => f.cell)).toEqual([cell]);
  });

  it("both fund figures as formulas without a value: no fund-blank either", () => {
    const r = check(uncomputed(uncomputed(seed, "D6"), "E6"));
    expect(rules(r, "exec-rate")).toEqual([]);
  });
});

describe("an error value in 实际完成值 is named, not judged as unmeasurable text", () => {
  it("beside a numeric target (E13 430平米)", () => {
    const r = check(set(seed, "F13", "#REF!"));
    expect(at(r, "actual-unmeasurable")).toContain("F13 「询问室、留置室」实际完成值为错误值 #REF!，无法判断完成情况");
    expect(r.findings.some((f) => f.cell === "F13" && f.message.includes("不可衡量"))).toBe(false);
  });

  it("replaces the seed's 「全部完成」 finding at F29 with the error", () => {
    const r = check(set(seed, "F29", "#VALUE!"));
    expect(at(r, "actual-unmeasurable")).toEqual(["F29 「群众满意度」实际完成值为错误值 #VALUE!，无法判断完成情况"]);
    expect(check(set(seed, "F29", "#VALUE!"), "en").findings.find((f) => f.cell === "F29")?.message).toBe(
      '"群众满意度": the actual value is the error value #VALUE!, so completion cannot be judged',
    );
  });

  it("beside a qualitative target (E21 及时完成), where words would otherwise be read for their tier", () => {
    const r = check(set(seed, "F21", "#REF!"));
    expect(at(r, "actual-unmeasurable")).toContain("F21 「结算评审」实际完成值为错误值 #REF!，无法判断完成情况");
  });
});

describe("an error value in 年度指标值 is named, and the row is not judged against it", () => {
  it("E29 #N/A: named at E29; the actual is not called unmeasurable against it", () => {
    const r = check(set(seed, "E29", "#N/A"));
    expect(at(r, "target-unmeasurable")).toContain("E29 「群众满意度」年度指标值为错误值 #N/A，未设定可衡量的目标");
    expect(rules(r, "actual-unmeasurable").map((f) => f.cell)).not.toContain("F29");
  });

  it("E23 #REF! on the 成本 row: no met-but-deducted finding judged against an error", () => {
    // The seed reports actual-vs-score at H23 (100万元 within 150万元 yet 3 points lost); with no target there is no basis.
    expect(rules(check(seed), "actual-vs-score").map((f) => f.cell)).toContain("H23");
    const r = check(set(seed, "E23", "#REF!"));
    expect(rules(r, "actual-vs-score").map((f) => f.cell)).not.toContain("H23");
    expect(at(r, "target-unmeasurable")).toContain("E23 「工程款」年度指标值为错误值 #REF!，未设定可衡量的目标");
    expect(check(set(seed, "E23", "#REF!"), "en").findings.find((f) => f.cell === "E23")?.message).toBe(
      '"工程款": the target is the error value #REF!; no measurable goal is set',
    );
  });
});
