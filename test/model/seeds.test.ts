// The worked checks (docs/rules.md#source-shanxi-jinzhong) on the three real seed forms (layout A, the seed's merged groups).
import { describe, expect, it } from "vitest";
import { formGrid } from "../../scripts/forms/render-form";
import { SEED_FORM_1, SEED_FORM_2, SEED_FORM_3 } from "../../scripts/forms/seed-forms";
import { checkGrid, type FormReport } from "../../src/model";

function check(spec: typeof SEED_FORM_1): FormReport {
  const reports = checkGrid(formGrid(spec, "自评表"));
  expect(reports).toHaveLength(1);
  return reports[0];
}
const at = (r: FormReport, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => `${f.severity}@${f.cell}`);

describe("seed form 1 新建潇河派出所业务用房建设资金", () => {
  const r = check(SEED_FORM_1);
  it("recomputes 执行率 66.67% and 执行率得分 6.67 against the written 66% and 6.6", () => {
    expect(r.entered).toEqual({ execRate: 0.66, execScore: 6.6, total: 90.6, grade: null });
    expect(r.computed).toEqual({ execRate: 0.6667, execScore: 6.67, total: 90.6, grade: "优" });
  });
  it("errors on the truncated rate and hints at the truncated score", () => {
    expect(at(r, "exec-rate")).toEqual(["error@G6"]);
    expect(at(r, "exec-score")).toEqual(["info@H6"]);
  });
  it("warns that 时效 (及时完成) scores 7 of 10 and that 成本 met its target yet lost 3 points", () => {
    expect(at(r, "actual-vs-score")).toEqual(["warning@H21", "warning@H23"]);
  });
  it("errors on 全部完成 against 95% and on the 社会效益 target that repeats its name", () => {
    expect(at(r, "actual-unmeasurable")).toEqual(["error@F29"]);
    expect(at(r, "target-unmeasurable")).toContain("error@E25");
  });
  it("warns about the 10/40/40/10 weights, and the total reconciles", () => {
    expect(at(r, "weight-policy")).toEqual(["warning@G13"]);
    expect(at(r, "total")).toEqual([]);
    expect(at(r, "weight-sum")).toEqual([]);
  });
  it("fills 总分 as SUM over the 执行率得分 and the score column, and the grade beside it", () => {
    expect(r.fixes).toEqual([
      expect.objectContaining({ cell: "H30", formula: "SUM(H6,H13:H29)", value: 90.6, purpose: "total" }),
      expect.objectContaining({ cell: "I30", value: "优", purpose: "grade" }),
    ]);
  });
});

describe("seed form 2 日常运行公用经费", () => {
  const r = check(SEED_FORM_2);
  it("reconciles 总分 96 and grades it 优", () => {
    expect(r.computed).toMatchObject({ execRate: 1, execScore: 10, total: 96, grade: "优" });
    expect(at(r, "total")).toEqual([]);
  });
  it("errors on 全部完成 for every numeric target", () => {
    // 全年50-70次, 全年常驻1人, 40-60次, 全年60-70次, 17头犬, 150-180次, 30辆车, 370次 (数量) and ≥98% (满意度).
    const cells = at(r, "actual-unmeasurable");
    for (const cell of ["F14", "F15", "F17", "F18", "F22", "F23", "F26", "F28", "F52"]) expect(cells).toContain(`error@${cell}`);
  });
  it("has no row where score and explanation disagree", () => {
    expect(r.findings.filter((f) => f.highlight)).toEqual([]);
  });
  it("warns that 成本 earns 20 × 6/7 ≈ 17.14 by its rows (资本性支出 0 → 23.29万元 misses), not the written 16", () => {
    expect(at(r, "score-formula")).toEqual(["warning@H41"]);
    expect(r.findings.find((f) => f.rule === "score-formula")?.message).toContain("17.14");
  });
  it("warns about the 10/60/20/10 weights", () => {
    expect(at(r, "weight-policy")).toHaveLength(1);
  });
});

describe("seed form 3 分局及派出所运行费", () => {
  const r = check(SEED_FORM_3);
  it("reconciles 总分 95 and the written grade 优", () => {
    expect(r.entered).toMatchObject({ total: 95, grade: "优" });
    expect(r.computed).toMatchObject({ total: 95, grade: "优" });
    expect(at(r, "grade")).toEqual([]);
  });
  it("warns that 数量 lost 2 points though every area equals its target", () => {
    expect(at(r, "actual-vs-score")).toEqual(["warning@H13"]);
  });
  it("warns that 成本 earns 10 × 4/5 = 8 by its rows (docs/rules.md#merged-groups), not the written 7", () => {
    expect(at(r, "score-formula")).toEqual(["warning@H19"]);
    expect(r.findings.find((f) => f.rule === "score-formula")?.message).toContain("应约为8");
  });
  it("notes 无偏差 written on the empty 生态效益 row", () => {
    expect(at(r, "empty-row-text")).toEqual(["info@I27"]);
  });
});
