// A form with no defect at all, in the canonical per-row layout; each rule test breaks one thing.
import type { FormSpec, GroupSpec } from "../../../scripts/forms/form-spec";
import { formGrid, renderForm } from "../../../scripts/forms/render-form";
import { checkGrid, type FormReport } from "../../../src/model";

const NONE = "无偏差";

export function cleanForm(): FormSpec {
  const group = (level1: string, level2: string, level3: string, target: string, actual: string, weight: number): GroupSpec => ({
    level1,
    level2,
    weight,
    score: weight,
    reason: NONE,
    merged: true,
    rows: [{ level3, target, actual }],
  });
  return {
    title: "项目支出绩效自评表",
    year: "（2023年度）",
    project: "基层治理能力提升项目",
    department: "某市财政局",
    implementer: "某区街道办事处",
    fund: {
      initial: 100,
      budget: 100,
      executed: 95,
      weight: 10,
      rate: { value: 0.95, format: "0.00%" },
      score: 9.5,
      sub: [{ label: "其中：当年财政拨款", initial: 100, budget: 100, executed: 95 }, { label: "上年结转资金" }, { label: "其他资金" }],
    },
    goals: { expected: "完成培训与设施建设。", actual: "已完成培训与设施建设。" },
    groups: [
      group("产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 20),
      group("产出指标", "质量指标", "验收合格率", "100%", "100%", 15),
      group("产出指标", "时效指标", "按期完成率", "≥95%", "98%", 10),
      group("产出指标", "成本指标", "项目成本", "≤100万元", "95万元", 5),
      group("效益指标", "社会效益指标", "受益群众", "≥2000人", "2100人", 30),
      group("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10),
    ],
    total: { weight: 100, score: 99.5, grade: "优" },
  };
}

/** Writes the total the rows add up to, so a test that breaks one score does not also break the total. */
export function withConsistentTotal(spec: FormSpec): FormSpec {
  const scores = spec.groups.map((g) => (typeof g.score === "number" ? g.score : 0));
  const exec = typeof spec.fund.score === "number" ? spec.fund.score : 0;
  return { ...spec, total: { ...spec.total, score: Math.round((exec + scores.reduce((a, b) => a + b, 0)) * 100) / 100 } };
}

/** Checks a spec rendered in layout A and returns its single report. */
export function checkSpec(spec: FormSpec, lang: "zh" | "en" = "zh"): FormReport {
  const reports = checkGrid(formGrid(spec, "自评表"), { lang });
  if (reports.length !== 1) throw new Error(`expected one form, found ${reports.length}`);
  return reports[0];
}

/** Sheet rows (1-based) of the rendered clean form, for cell assertions. */
export function rowsOf(spec: FormSpec) {
  const r = renderForm(spec).rows;
  return { fundTotal: r.fundTotal + 1, firstIndicator: r.firstIndicator + 1, total: r.total + 1 };
}

/** Replaces one group (by 二级 name) of a spec. */
export function editGroup(spec: FormSpec, level2: string, edit: (g: GroupSpec) => GroupSpec): FormSpec {
  return { ...spec, groups: spec.groups.map((g) => (g.level2 === level2 ? edit(g) : g)) };
}

/** Replaces the one row of a single-row group. */
export function editRow(spec: FormSpec, level2: string, row: Partial<GroupSpec["rows"][number]>): FormSpec {
  return editGroup(spec, level2, (g) => ({ ...g, rows: [{ ...g.rows[0], ...row }] }));
}
