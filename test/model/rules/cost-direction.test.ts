// cost-direction: row 16 is 成本指标 项目成本 (≤100万元 / 95万元); E = 年度指标值.
import { costDirection } from "../../../src/model/rules/cost-direction";
import { cleanForm, editRow } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(costDirection, {
  valid: [
    { name: "the clean form (≤100万元)", form: base },
    { name: "≥ on an indicator that is not a cost", form: editRow(base, "数量指标", { target: "≥50万元", actual: "95万元" }) },
  ],
  invalid: [
    {
      name: "≥50万元 on the cost row",
      form: editRow(base, "成本指标", { target: "≥50万元", actual: "95万元" }),
      findings: [{ messageId: "cost-direction", cell: "E16", severity: "warning", params: { indicator: "项目成本", target: "≥50万元" } }],
    },
    {
      name: "a row named as a cost, as PERF.CHECK passes it (target in A1)",
      row: { indicator: "项目成本", target: "≥50万元", actual: "60万元", weight: 5, score: 5 },
      findings: [{ messageId: "cost-direction", cell: "A1", severity: "warning" }],
    },
  ],
});
