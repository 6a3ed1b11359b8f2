// Header texts and their aliases across the provincial variants (docs/rules.md#layouts). Keys are compared
// after headerKey(); order within a list is preference.

export type IndicatorColumn = "level1" | "level2" | "level3" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "reason";

export const INDICATOR_HEADERS: Record<IndicatorColumn, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  level3: ["三级指标", "指标名称", "具体指标"],
  nature: ["指标性质", "计算符号", "指标方向", "运算符号"],
  target: ["年度指标值", "指标值", "年度目标值", "目标值", "年初指标值", "预期指标值"],
  unit: ["度量单位", "计量单位", "单位"],
  actual: ["实际完成值", "全年实际值", "完成值", "实际值", "全年完成值", "实际完成情况值"],
  weight: ["分值", "权重", "指标分值", "权重分"],
  score: ["得分", "自评得分", "实际得分"],
  reason: [
    "偏差原因分析及改进措施",
    "未完成原因分析",
    "未完成原因及拟采取的改进措施",
    "偏差原因分析",
    "偏差原因",
    "未完成原因",
    "原因分析",
    "原因",
    "偏差原因分析及整改措施",
  ],
};

/** Columns an indicator table cannot do without; a staff list with a 得分 column lacks the rest. */
export const REQUIRED_INDICATOR_COLUMNS: IndicatorColumn[] = ["target", "actual", "weight", "score"];

export type FundColumn = "initial" | "budget" | "executed" | "weight" | "rate" | "score" | "reason";

export const FUND_HEADERS: Record<FundColumn, string[]> = {
  initial: ["年初预算数", "年初预算", "年初预算金额"],
  budget: ["全年预算数", "调整后预算数", "调整预算数", "调整后预算", "全年预算", "预算数"],
  executed: ["全年执行数", "预算执行数", "执行数", "全年执行", "实际执行数"],
  weight: ["分值", "权重"],
  rate: ["执行率", "预算执行率"],
  score: ["得分"],
  reason: ["原因", "偏差原因"],
};

export const FUND_TOTAL_LABELS = ["年度资金总额", "资金总额", "总额", "合计", "总计"];
export const FUND_SUB_PREFIXES = ["其中"];
export const FUND_SUB_LABELS = ["当年财政拨款", "本年财政拨款", "上年结转", "其他资金", "财政资金", "财政专户", "单位资金", "财政拨款"];

export const TOTAL_LABELS = ["总分", "合计得分", "总得分", "自评总分", "合计"];
/** Labels of a cell that exists to hold the grade. */
export const GRADE_LABELS = ["等级", "自评等级", "评价等级", "绩效等级"];
/**
 * Labels of a conclusion cell that holds either a grade word or a narrative paragraph (青神 variant D writes
 * its 评价结论 as prose): graded only when it holds a grade word or nothing, never overwritten when prose.
 */
export const CONCLUSION_LABELS = ["评价结论", "自评结论"];

export type FieldName = "project" | "department" | "implementer";
export const FIELD_LABELS: Record<FieldName, string[]> = {
  project: ["项目名称"],
  department: ["主管部门", "市级主管部门", "主管单位", "部门名称"],
  implementer: ["实施单位", "项目实施单位", "预算单位", "执行单位"],
};

// The 年度总体目标 block (docs/rules.md#layouts): a row label, then a header over (or beside) each text cell.
// 天长 (B) labels the block 年度总体目标完成情况; 中江 (C) heads it 年初设定目标 / 年度总体目标完成情况综述;
// 青神 (D) 年度目标 / 实际完成情况.
export const GOAL_LABELS = ["年度总体目标", "年度总体目标完成情况", "总体目标", "年度绩效目标", "项目年度总体目标"];
export const GOAL_EXPECTED_HEADERS = ["预期目标", "年初设定目标", "年度目标", "年度预期目标", "年初目标", "绩效目标"];
export const GOAL_ACTUAL_HEADERS = [
  "实际完成情况",
  "年度总体目标完成情况综述",
  "年度总体目标完成情况",
  "目标完成情况",
  "完成情况",
  "实际完成目标",
  "总体目标完成情况",
];

/** Labels that end the indicator table when a form has no 总分 row. */
export const TABLE_END_LABELS = ["项目绩效分析", "评价结论", "存在问题", "主要经验做法", "项目负责人", "改进措施"];

export const TITLE_MARKERS = ["绩效自评表", "自评表"];
