// Formula cells: cached results (0 included) are values; formulas saved without a result (Java exporters)
// are evaluated; what cannot be evaluated is reported once as 公式未计算, never as 未填写; cached error
// values are named. Seed form 1, layout A (see text-numbers.test.ts for its cells and the sum 90.6).
import { describe, expect, it } from "vitest";
import { formGrid } from "../../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../../scripts/forms/seed-forms";
import { parseA1 } from "../../../src/model/grid/address";
import { checkGrid, type FormReport } from "../../../src/model";
import type { CellValue, Grid } from "../../../src/model/grid/grid";
import { setCell } from "../../fixtures/grid-tools";

const seed = formGrid(SEED_FORM_1, "自评表");
const numeric = check(seed);

function check(grid: Grid, lang: "zh" | "en" = "zh"): FormReport {
  const reports = checkGrid(grid, { lang });
  expect(reports).toHaveLength(1);
  return reports[0];
}

/** Writes a formula (text without "=") into a cell, with a cached result or none (null). */
function formula(grid: Grid, a1: string, text: string, cached: CellValue): Grid {
  const p = parseA1(a1)!;
  const formulas = grid.values.map((r, i) => r.map((_, j) => grid.formulas?.[i]?.[j] ?? null));
  while (formulas[p.row].length <= p.col) formulas[p.row].push(null);
  formulas[p.row][p.col] = text;
  return { ...setCell(grid, p.row, p.col, cached), formulas };
}

function set(grid: Grid, a1: string, value: CellValue): Grid {
  const p = parseA1(a1)!;
  return setCell(grid, p.row, p.col, value);
}

const rules = (r: FormReport, rule: string) => r.findings.filter((f) => f.rule === rule);
const ids = (r: FormReport) => r.findings.map((f) => `${f.rule}@${f.cell}`);

describe("formulas with cached results", () => {
  it("reads a cached 0 as the score 0, not as blank", () => {
    // H21 = 0 (cached) instead of 7: total 90.6 − 7 = 83.6; no score-range "未填写".
    const r = check(formula(seed, "H21", "G21*0", 0));
    expect(rules(r, "score-range")).toEqual([]);
    expect(r.computed.total).toBe(83.6);
  });

  it("keeps a cached result even when the formula would give another", () => {
    const r = check(formula(seed, "H30", "SUM(H13:H29)", 90.6));
    expect(r.entered.total).toBe(90.6);
    expect(rules(r, "total")).toEqual([]);
  });
});

describe("formulas saved without a result", () => {
  it("evaluates the total: SUM(H6,H13:H29) = 90.6, so there is no 总分未填写", () => {
    const r = check(formula(seed, "H30", "SUM(H6,H13:H29)", null));
    expect(r.entered.total).toBe(90.6);
    expect(rules(r, "total")).toEqual([]);
    expect(rules(r, "formula-uncomputed")).toEqual([]);
    expect(ids(r)).toEqual(ids(numeric));
  });

  it("evaluates the rate and the execution score through each other: E6/D6 = 0.6667, F6*G6 = 6.667", () => {
    // With the rate computed exactly, the seed's exec-rate mismatch (66% written) and truncation hint go away.
    const grid = formula(formula(seed, "G6", "E6/D6", null), "H6", "ROUND(F6*G6,2)", null);
    const r = check(grid);
    expect(r.entered.execRate).toBeCloseTo(100 / 150, 12);
    expect(r.entered.execScore).toBe(6.67);
    expect(rules(r, "exec-rate")).toEqual([]);
    expect(rules(r, "exec-score")).toEqual([]);
    // 6.67 + 84 = 90.67 against the written 90.6: within the 0.1 tolerance.
    expect(r.computed.total).toBeCloseTo(90.67, 9);
  });

  it("evaluates a score that refers to another uncomputed formula (the total row refers to all)", () => {
    // H21 = H23 (uncomputed) and H23 = 3+4: both 7; the total SUM is uncomputed too.
    const grid = formula(formula(formula(seed, "H21", "H23", null), "H23", "3+4", null), "H30", "SUM(H6,H13:H29)", null);
    const r = check(grid);
    expect(r.entered.total).toBe(90.6);
    expect(ids(r)).toEqual(ids(numeric));
  });

  it("reports a formula it cannot evaluate once, naming the cell, and not as 未填写", () => {
    // H21 refers to another sheet: no score, but no score-range "得分未填写" either, and no total to compare.
    const r = check(formula(seed, "H21", "评分!B3", null));
    const hits = rules(r, "formula-uncomputed");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: "warning", cell: "H21", row: 21 });
    expect(hits[0].message).toBe("公式未计算（文件由程序导出，请在 Excel/WPS 中打开并保存后再检查）：H21");
    expect(rules(r, "score-range")).toEqual([]);
    expect(rules(r, "total")).toEqual([]);
    expect(r.computed.total).toBeNull();
  });

  it("counts every uncomputed cell the form reads in its one finding, naming the first", () => {
    // G6 (rate), H21 (score) and H30 (total): three cells; first in reading order G6.
    const grid = formula(formula(formula(seed, "H30", "VLOOKUP(1,A1:B2,2)", null), "H21", "评分!B3", null), "G6", "数据!E6/数据!D6", null);
    const r = check(grid);
    const hits = rules(r, "formula-uncomputed");
    expect(hits.map((f) => f.cell)).toEqual(["G6"]);
    expect(hits[0].message).toBe("公式未计算（文件由程序导出，请在 Excel/WPS 中打开并保存后再检查）：G6 等 3 个单元格");
    expect(check(grid, "en").findings.find((f) => f.rule === "formula-uncomputed")?.message).toBe(
      "Formulas not computed (the file was written by a program; open and save it in Excel/WPS, then check again): G6 and 2 more",
    );
    // Not one finding points at an uncomputed cell besides formula-uncomputed's own.
    const others = r.findings.filter((f) => f.rule !== "formula-uncomputed").map((f) => f.cell);
    expect(others).not.toContain("G6");
    expect(others).not.toContain("H21");
    expect(others).not.toContain("H30");
  });

  it("ignores an uncomputed formula outside what the form reads", () => {
    // K2 lies to the right of the form: nothing to report.
    const r = check(formula(seed, "K2", "外部!A1", null));
    expect(rules(r, "formula-uncomputed")).toEqual([]);
    expect(ids(r)).toEqual(ids(numeric));
  });
});

describe("cached error values", () => {
  it("names an error value in a score and reports no total instead of a mismatch", () => {
    const r = check(set(seed, "H21", "#REF!"));
    const range = rules(r, "score-range");
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({ cell: "H21", severity: "error", message: "得分为错误值 #REF!" });
    const total = rules(r, "total");
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ cell: "H30", severity: "error", message: "得分 H21 为错误值 #REF!，无法复算总分" });
    expect(r.computed.total).toBeNull();
    expect(r.computed.grade).toBeNull();
  });

  it("names an error in the execution score the same way in the total", () => {
    const r = check(set(seed, "H6", "#DIV/0!"));
    expect(rules(r, "total").map((f) => f.message)).toEqual(["得分 H6 为错误值 #DIV/0!，无法复算总分"]);
    expect(r.computed.total).toBeNull();
  });

  it("names an error value written as the total", () => {
    const r = check(set(seed, "H30", "#VALUE!"));
    expect(rules(r, "total").map((f) => f.message)).toEqual(["总分为错误值 #VALUE!，按执行率得分与各指标得分合计应为90.6"]);
    expect(check(set(seed, "H30", "#VALUE!"), "en").findings.find((f) => f.rule === "total")?.message).toBe(
      "The total is the error value #VALUE!; the execution score plus indicator scores make 90.6",
    );
  });

  it("names an error value in a weight, and does not add weights up around it", () => {
    const r = check(set(seed, "G21", "#N/A"));
    expect(rules(r, "score-range")).toMatchObject([{ cell: "G21", message: "分值为错误值 #N/A" }]);
    expect(rules(r, "weight-sum")).toEqual([]);
  });

  it("gives an error that a formula computes the same treatment as a cached one", () => {
    // H21 = 1/0 evaluated to #DIV/0!.
    const r = check(formula(seed, "H21", "G21/0", null));
    expect(rules(r, "score-range")).toMatchObject([{ cell: "H21", message: "得分为错误值 #DIV/0!" }]);
    expect(rules(r, "formula-uncomputed")).toEqual([]);
  });
});
