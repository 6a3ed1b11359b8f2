// Hand-made engine output for component tests, independent of the engine's wording.
import type { Finding, FormReport } from "../../../src/model";
import { INITIAL_STATE, type PaneState } from "../../../src/taskpane/state";

export function finding(partial: Partial<Finding> & Pick<Finding, "severity" | "cell" | "message">): Finding {
  return { rule: "test-rule", sheet: "自评表", row: 1, highlight: false, ...partial };
}

export const REPORT: FormReport = {
  sheet: "自评表",
  range: "A1:I39",
  project: "新建潇河派出所业务用房建设资金",
  department: "晋中市公安局",
  implementer: "晋中市公安局开发区分局",
  entered: { execRate: 0.66, execScore: 6.6, total: 90.6, grade: null },
  computed: { execRate: 0.6667, execScore: 6.67, total: 90.6, grade: "优" },
  findings: [
    finding({ severity: "warning", cell: "H21", message: "时效指标得分与实际完成值不符" }),
    finding({ severity: "error", cell: "G6", message: "执行率应为66.67%", rule: "exec-rate" }),
    finding({ severity: "info", cell: "D7", message: "资金来源未填写" }),
    finding({ severity: "error", cell: "E25", message: "年度指标值重复了指标名称" }),
  ],
  fixes: [],
};

export function stateWith(patch: Partial<PaneState>): PaneState {
  return { ...INITIAL_STATE, ...patch };
}
