// over-achievement: 700 of ≥500 人次 is 140%, full marks, reason 无偏差 (row 13, actual in F).
import { overAchievement } from "../../../src/model/rules/over-achievement";
import { cleanForm, editGroup, editRow } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const seven = editRow(base, "数量指标", { actual: "700人次" });

ruleTester(overAchievement, {
  valid: [
    { name: "the clean form (520 of 500 is 104%)", form: base },
    { name: "140% with the reason explained", form: editGroup(seven, "数量指标", (g) => ({ ...g, reason: "群众需求增加，加开培训班次" })) },
  ],
  invalid: [
    {
      name: "140% with full marks and 无偏差",
      form: seven,
      findings: [
        {
          messageId: "over-achievement",
          cell: "F13",
          severity: "warning",
          params: { indicator: "培训人次", actual: "700人次", target: "≥500人次", ratio: 1.4 },
        },
      ],
    },
  ],
});
