// reason-without-deduction: full marks next to a reason that describes a shortfall. Row 15 is 时效指标 (10/10).
import { reasonWithoutDeduction } from "../../../src/model/rules/reason-without-deduction";
import { cleanForm, editGroup } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(reasonWithoutDeduction, {
  valid: [
    { name: "the clean form (无偏差 next to full marks)", form: base },
    { name: "a shortfall with points deducted", row: { target: "≥95%", actual: "90%", weight: 10, score: 9, reason: "部分工作进度滞后" } },
  ],
  invalid: [
    {
      name: "full marks, the reason says 进度滞后",
      form: editGroup(base, "时效指标", (g) => ({ ...g, reason: "部分工作进度滞后" })),
      findings: [
        { messageId: "reason-without-deduction", cell: "I15", severity: "warning", params: { score: 10, reason: "部分工作进度滞后" } },
      ],
    },
    {
      name: "a row with full marks and 未完成",
      row: { target: "≥95%", actual: "98%", weight: 10, score: 10, reason: "年底前未完成验收" },
      findings: [{ messageId: "reason-without-deduction", cell: "E1", severity: "warning" }],
    },
  ],
});
