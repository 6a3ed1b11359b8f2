// The words every host shares for the form's parts and figures, Chinese first with English: the CLI, the pane,
// the PERF.* functions and the reports name a figure the same way (one pair, 填报值/复算值, for the two columns).
import type { Lang } from "../report/report";

/** A term in both languages. */
export type Words = Readonly<Record<Lang, string>>;

/** Form fields a finding can name (required-field). */
export const FIELD_NAMES = {
  project: { zh: "项目名称", en: "Project name" },
  department: { zh: "主管部门", en: "Supervising department" },
  implementer: { zh: "实施单位", en: "Implementing unit" },
  goalExpected: { zh: "年度总体目标（预期目标）", en: "Overall annual goal (expected)" },
  goalActual: { zh: "年度总体目标（实际完成情况）", en: "Overall annual goal (achieved)" },
} as const satisfies Record<string, Words>;
export type FieldKey = keyof typeof FIELD_NAMES;

/** The fund block's amount columns (exec-rate, fund-breakdown). */
export const FUND_COLUMN_NAMES = {
  initial: { zh: "年初预算数", en: "Initial budget" },
  budget: { zh: "全年预算数", en: "Full-year budget" },
  executed: { zh: "全年执行数", en: "Full-year executed" },
} as const satisfies Record<string, Words>;
export type FundColumn = keyof typeof FUND_COLUMN_NAMES;

/** The figures a report states twice, as entered and as recomputed (FormReport.entered / .computed). */
export const FIGURE_NAMES = {
  execRate: { zh: "执行率", en: "Execution rate" },
  execScore: { zh: "执行率得分", en: "Execution score" },
  total: { zh: "总分", en: "Total" },
  grade: { zh: "等级", en: "Grade" },
} as const satisfies Record<string, Words>;
export type FigureKey = keyof typeof FIGURE_NAMES;

/**
 * The two sides of the figures table: what the form says (FormReport.entered) and what the engine recomputes
 * (FormReport.computed), with the header of the label column.
 */
export const FIGURE_COLUMNS = {
  item: { zh: "项目", en: "Item" },
  entered: { zh: "填报值", en: "Entered" },
  computed: { zh: "复算值", en: "Recomputed" },
} as const satisfies Record<string, Words>;

/** Severities as people read them. */
export const SEVERITY_NAMES = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
} as const satisfies Record<string, Words>;

/** The 一级 indicator categories weight-policy compares (财预〔2020〕10号, 财预〔2021〕101号). */
export const CATEGORY_NAMES = {
  cost: { zh: "成本", en: "cost" },
  output: { zh: "产出", en: "output" },
  benefit: { zh: "效益", en: "benefit" },
  satisfaction: { zh: "满意度", en: "satisfaction" },
} as const satisfies Record<string, Words>;
export type Category = keyof typeof CATEGORY_NAMES;

/** Column headers that are also the PERF.* functions' parameter names. */
export const COLUMN_NAMES = {
  weight: { zh: "分值", en: "Weight" },
  score: { zh: "得分", en: "Score" },
  target: { zh: "年度指标值", en: "Target" },
  actual: { zh: "实际完成值", en: "Actual" },
  reason: { zh: "偏差原因", en: "Deviation reason" },
} as const satisfies Record<string, Words>;
