// Messages and checks that real forms need (issue 7 item 8): 超过 on reverse rows, the capped exec-score
// formula, blank fund figures, blank 年度总体目标, and ≥ on a 成本 row. Expected texts are written by hand
// from the clean form (test/model/rules/clean-form.ts), layout A unless a test says otherwise:
//   row 6 年度资金总额 (D 全年预算数, E 全年执行数, H 得分), rows 7–9 其中, row 10 goal headers, row 11 goal texts
//   (B 预期目标, F 实际完成情况), row 12 indicator header, rows 13–18 数量/质量/时效/成本/社会效益/满意度
//   (E 年度指标值, F 实际完成值, G 分值, H 得分).
import { describe, expect, it } from "vitest";
import { formGrid } from "../../../scripts/forms/render-form";
import { checkGrid, checkRow, type FormReport } from "../../../src/model";
import { analyzeForm } from "../../../src/model/analyze/analysis";
import { resolveProfile } from "../../../src/model/scoring/profile";
import { execRate } from "../../../src/model/rules/exec-rate";
import { parsedForms } from "../../fixtures/contract";
import { deleteRow, setCell, withoutMerges } from "../../fixtures/grid-tools";
import { checkSpec, cleanForm, editGroup, editRow } from "./clean-form";

const base = cleanForm();
const only = (report: FormReport, rule: string) => report.findings.filter((f) => f.rule === rule);
const brief = (report: FormReport, rule: string) => only(report, rule).map((f) => `${f.severity}@${f.cell} ${f.message}`);

describe("actual-vs-score names the side a missed target was missed on", () => {
  it("a ≤ (cost) row whose actual went over its cap says 超过, not 未达到", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: "≤50万元", actual: "60万元" }));
    expect(brief(report, "actual-vs-score")).toEqual(["error@H16 「项目成本」实际完成值60万元超过年度指标值≤50万元，却得满分5"]);
  });

  it("says 'exceeds' in English", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: "≤50万元", actual: "60万元" }), "en");
    expect(only(report, "actual-vs-score").map((f) => f.message)).toEqual([
      '"项目成本": actual 60万元 exceeds the target ≤50万元, yet the score is full (5)',
    ]);
  });

  it("a < cap exceeded says 超过 too", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: "<50万元", actual: "55万元" }));
    expect(only(report, "actual-vs-score").map((f) => f.message)).toEqual(["「项目成本」实际完成值55万元超过年度指标值<50万元，却得满分5"]);
  });

  it("an = 0 line that was spent went over it (the seed's 资本性支出 shape)", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: "=0万元", actual: "17.99万元" }));
    expect(only(report, "actual-vs-score").map((f) => f.message)).toEqual([
      "「项目成本」实际完成值17.99万元超过年度指标值=0万元，却得满分5",
    ]);
  });

  it("a ≥ row below its target still says 未达到", () => {
    const report = checkSpec(editRow(base, "数量指标", { target: "≥500人次", actual: "400人次" }));
    expect(brief(report, "actual-vs-score")).toEqual(["error@H13 「培训人次」实际完成值400人次未达到年度指标值≥500人次，却得满分20"]);
  });

  it("PERF.CHECK (checkRow) says 超过 for an exceeded cap", () => {
    expect(checkRow({ target: "≤50万元", actual: "60万元", weight: 10, score: 10 })).toEqual({
      rule: "actual-vs-score",
      severity: "error",
      message: "实际完成值60万元超过年度指标值≤50万元，却得满分10",
    });
  });
});

describe("exec-score shows 分值 × min(执行率, 1)", () => {
  // 150 / 100 as on seed form 1: 100 ÷ 150 = 66.67%, 10 × 0.6667 = 6.67.
  const fund = (score: number, budget = 150, executed = 100) => ({
    ...base,
    fund: { ...base.fund, budget, executed, rate: { value: executed / budget, format: "0.00%" }, score, sub: [] },
  });

  it("a wrong score: 执行率得分应为 10×min(66.67%,1)=6.67，填写为6", () => {
    expect(brief(checkSpec(fund(6)), "exec-score")).toEqual(["error@H6 执行率得分应为10×min(66.67%,1)=6.67，填写为6"]);
  });

  it("the truncated 6.6 shows the same formula in its hint", () => {
    expect(brief(checkSpec(fund(6.6)), "exec-score")).toEqual([
      "info@H6 执行率得分6.6为截断值，应为10×min(66.67%,1)=6.67（四舍五入，在允许误差内）",
    ]);
  });

  it("a rate over 100% is capped: 120 of 100 earns 10, not 12", () => {
    expect(brief(checkSpec(fund(12, 100, 120)), "exec-score")).toEqual(["error@H6 执行率得分应为10×min(120.00%,1)=10，填写为12"]);
  });

  it("in English", () => {
    expect(only(checkSpec(fund(6), "en"), "exec-score").map((f) => f.message)).toEqual([
      "The execution score should be 10 × min(66.67%, 1) = 6.67; it reads 6",
    ]);
  });
});

describe("blank fund figures", () => {
  const blankSub = [{ label: "其中：当年财政拨款" }, { label: "上年结转资金" }, { label: "其他资金" }];

  it("年度资金总额 with both 全年预算数 and 全年执行数 blank is an error on its row", () => {
    const report = checkSpec({ ...base, fund: { ...base.fund, initial: null, budget: null, executed: null, sub: blankSub } });
    expect(only(report, "exec-rate")).toMatchObject([{ severity: "error", cell: "D6", row: 6, message: "全年预算数和全年执行数均未填写" }]);
  });

  it("keeps the all-其中-blank hint beside it", () => {
    const report = checkSpec({ ...base, fund: { ...base.fund, initial: null, budget: null, executed: null, sub: blankSub } });
    expect(brief(report, "fund-breakdown")).toEqual(["info@D6 资金来源（其中：当年财政拨款、上年结转资金、其他资金）均未填写"]);
  });

  it("a filled total with blank 其中 rows keeps only the hint", () => {
    const report = checkSpec({ ...base, fund: { ...base.fund, sub: blankSub } });
    expect(only(report, "exec-rate")).toEqual([]);
    expect(only(report, "fund-breakdown").map((f) => f.severity)).toEqual(["info"]);
  });

  it("a budget without 全年执行数 names the blank 全年执行数, not the budget", () => {
    const report = checkSpec({ ...base, fund: { ...base.fund, executed: null, sub: [] } });
    expect(brief(report, "exec-rate")).toEqual(["error@E6 全年执行数未填写或不是数字，无法计算预算执行率"]);
  });

  it("an executed amount without a budget is still the no-budget error", () => {
    const report = checkSpec({ ...base, fund: { ...base.fund, budget: null, sub: [] } });
    expect(brief(report, "exec-rate")).toEqual(["error@D6 全年预算数为0或未填写，无法计算预算执行率"]);
  });

  it("a formula left without a value is not called 未填写 (formula-uncomputed names it instead)", () => {
    // 0-based: 年度资金总额 is row 5; D 全年预算数 col 3, E 全年执行数 col 4, G 执行率 col 6.
    const profile = resolveProfile();
    const [blankFund] = parsedForms(formGrid({ ...base, fund: { ...base.fund, budget: null, executed: null, sub: [] } }, "自评表"));
    const ids = (unevaluated: { row: number; col: number }[], form = blankFund) =>
      execRate.check({ analysis: analyzeForm(form, profile, unevaluated), profile, total: null }).map((h) => h.message);
    expect(ids([])).toEqual(["exec-rate.fund-blank"]);
    expect(
      ids([
        { row: 5, col: 3 },
        { row: 5, col: 4 },
      ]),
    ).toEqual([]);
    const [blankRate] = parsedForms(formGrid({ ...base, fund: { ...base.fund, rate: null, sub: [] } }, "自评表"));
    expect(ids([], blankRate)).toEqual(["exec-rate.blank"]);
    expect(ids([{ row: 5, col: 6 }], blankRate)).toEqual([]);
  });

  it("in English", () => {
    const report = checkSpec({ ...base, fund: { ...base.fund, budget: null, executed: null, sub: [] } }, "en");
    expect(only(report, "exec-rate").map((f) => f.message)).toEqual([
      "The full-year budget and the full-year executed amount are both blank",
    ]);
  });
});

describe("a blank 年度总体目标 is a required-field error naming which text is blank", () => {
  it("blank 预期目标, on its text cell (layout A: B11)", () => {
    const report = checkSpec({ ...base, goals: { expected: "", actual: "已完成培训与设施建设。" } });
    expect(brief(report, "required-field")).toEqual(["error@B11 年度总体目标（预期目标）未填写"]);
  });

  it("blank 实际完成情况, on its text cell (layout A: F11), in both languages", () => {
    const spec = { ...base, goals: { expected: "完成培训与设施建设。", actual: "" } };
    expect(brief(checkSpec(spec), "required-field")).toEqual(["error@F11 年度总体目标（实际完成情况）未填写"]);
    expect(only(checkSpec(spec, "en"), "required-field").map((f) => f.message)).toEqual(["Overall annual goal (achieved) is blank"]);
  });

  it("both blank: two findings, expected first", () => {
    const report = checkSpec({ ...base, goals: { expected: "", actual: "" } });
    expect(brief(report, "required-field")).toEqual([
      "error@B11 年度总体目标（预期目标）未填写",
      "error@F11 年度总体目标（实际完成情况）未填写",
    ]);
  });

  it("variant C (年初设定目标 / 年度总体目标完成情况综述): the same cells, B11 and F11", () => {
    const [report] = checkGrid(formGrid({ ...base, goals: { expected: "", actual: "" } }, "自评表", { variant: "C" }));
    expect(brief(report, "required-field")).toEqual([
      "error@B11 年度总体目标（预期目标）未填写",
      "error@F11 年度总体目标（实际完成情况）未填写",
    ]);
  });

  it("variant D (年度目标 / 实际完成情况, four 其中 rows, 11 columns): B12 and G12", () => {
    const [report] = checkGrid(formGrid({ ...base, goals: { expected: "", actual: "" } }, "自评表", { variant: "D" }));
    expect(brief(report, "required-field")).toEqual([
      "error@B12 年度总体目标（预期目标）未填写",
      "error@G12 年度总体目标（实际完成情况）未填写",
    ]);
  });

  it("finds the block at an offset with noisy headers and blank rows (one blank row after the fund block)", () => {
    // Start at C3 (2 rows, 2 columns in): texts on sheet row 11 + 2 + 1 = 14, in columns B+2 = D and F+2 = H.
    const grid = formGrid({ ...base, goals: { expected: "", actual: "" } }, "自评表", {
      startRow: 2,
      startCol: 2,
      noisyHeaders: true,
      blankRows: true,
    });
    const [report] = checkGrid(grid);
    expect(only(report, "required-field").map((f) => f.cell)).toEqual(["D14", "H14"]);
  });

  it("filled goals give no finding", () => {
    expect(only(checkSpec(base), "required-field")).toEqual([]);
  });

  it("a form without a goal block has nothing to fill there", () => {
    // Sheet rows 10 and 11 (0-based 9 and 10) are the goal block; delete both.
    const grid = deleteRow(deleteRow(formGrid(base, "自评表"), 9), 9);
    const [report] = checkGrid(grid);
    expect(report.findings).toEqual([]);
  });

  it("stacked headers (预期目标 over 实际完成情况 in one column) read the text beside each", () => {
    // Rows 10–11 rewritten unmerged: A 年度总体目标 | B 预期目标 | C text, and B 实际完成情况 | C blank.
    let grid = withoutMerges(formGrid(base, "自评表"));
    for (let c = 0; c <= 8; c++) for (const r of [9, 10]) grid = setCell(grid, r, c, null);
    grid = setCell(grid, 9, 0, "年度总体目标");
    grid = setCell(grid, 9, 1, "预期目标");
    grid = setCell(grid, 9, 2, "完成培训与设施建设。");
    grid = setCell(grid, 10, 1, "实际完成情况");
    grid = setCell(grid, 10, 2, "");
    grid = { ...grid, merges: [{ top: 9, left: 0, bottom: 10, right: 0 }] };
    const [report] = checkGrid(grid);
    expect(brief(report, "required-field")).toEqual(["error@C11 年度总体目标（实际完成情况）未填写"]);
  });

  it("label rows without headers (年度总体目标 | text, 年度总体目标完成情况 | text) read the text beside each label", () => {
    let grid = withoutMerges(formGrid(base, "自评表"));
    for (let c = 0; c <= 8; c++) for (const r of [9, 10]) grid = setCell(grid, r, c, null);
    grid = setCell(grid, 9, 0, "年度总体目标");
    grid = setCell(grid, 9, 1, "");
    grid = setCell(grid, 10, 0, "年度总体目标完成情况");
    grid = setCell(grid, 10, 1, "已完成培训与设施建设。");
    const [report] = checkGrid(grid);
    expect(brief(report, "required-field")).toEqual(["error@B10 年度总体目标（预期目标）未填写"]);
  });
});

describe("≥ or > on a 成本 row is a direction warning, not an under-spending error", () => {
  it("≥50万元 with 40万元 and full marks: one warning on the target cell, no error", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: "≥50万元", actual: "40万元" }));
    expect(brief(report, "cost-direction")).toEqual([
      "warning@E16 「项目成本」成本指标通常应为≤（不超过），年度指标值却为≥50万元，请核实指标方向",
    ]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.findings.map((f) => f.rule)).toEqual(["cost-direction"]);
  });

  it("> is the same, in English too", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: ">50万元", actual: "40万元" }), "en");
    expect(only(report, "cost-direction").map((f) => f.message)).toEqual([
      '"项目成本": a cost indicator is normally "≤" (not more than), but the target is >50万元; check the direction',
    ]);
    expect(only(report, "actual-vs-score")).toEqual([]);
  });

  it("no over-achievement warning for spending 140% of a ≥ cost (the sign, not the target, is in doubt)", () => {
    const report = checkSpec(editRow(base, "成本指标", { target: "≥50万元", actual: "70万元" }));
    expect(report.findings.map((f) => f.rule)).toEqual(["cost-direction"]);
  });

  it("a ≥ cost row with points deducted is not called met-but-deducted either", () => {
    const spec = editGroup(editRow(base, "成本指标", { target: "≥50万元", actual: "60万元" }), "成本指标", (g) => ({
      ...g,
      score: 3,
      reason: "成本控制不严",
    }));
    expect(only(checkSpec(spec), "actual-vs-score")).toEqual([]);
  });

  it("variant D: 指标性质 ≥ with 50 and 万元 in their own columns (target column F)", () => {
    const spec = editRow(base, "成本指标", { target: "50", actual: "40", nature: "≥", unit: "万元" });
    const [report] = checkGrid(formGrid(spec, "自评表", { variant: "D" }));
    // Variant D: four 其中 rows push the table one row down (成本 on row 17).
    expect(brief(report, "cost-direction")).toEqual([
      "warning@F17 「项目成本」成本指标通常应为≤（不超过），年度指标值却为≥50万元，请核实指标方向",
    ]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("≤ on a cost row, and a rate (≥95%) filed under 成本指标, are not questioned", () => {
    expect(only(checkSpec(editRow(base, "成本指标", { target: "≤50万元", actual: "40万元" })), "cost-direction")).toEqual([]);
    expect(only(checkSpec(editRow(base, "成本指标", { level3: "资金到位率", target: "≥95%", actual: "98%" })), "cost-direction")).toEqual(
      [],
    );
  });

  it("≥ outside 成本 is an ordinary positive target", () => {
    expect(only(checkSpec(editRow(base, "数量指标", { target: "≥500人次", actual: "400人次" })), "cost-direction")).toEqual([]);
  });

  it("PERF.CHECK (checkRow) on a row named 项目成本 reports the direction, not a miss", () => {
    expect(checkRow({ indicator: "项目成本", target: "≥50万元", actual: "40万元", weight: 5, score: 5 })).toEqual({
      rule: "cost-direction",
      severity: "warning",
      message: "「项目成本」成本指标通常应为≤（不超过），年度指标值却为≥50万元，请核实指标方向",
    });
  });
});
