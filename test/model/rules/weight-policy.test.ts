// weight-policy: the clean form's 一级 weights are 产出 20+15+10+5 = 50, 效益 30, 满意度 10 (+ 执行率 10).
import { weightPolicy } from "../../../src/model/rules/weight-policy";
import { cleanForm, editGroup, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(weightPolicy, {
  valid: [{ name: "the clean form, 50/30/10", form: base }],
  invalid: [
    {
      name: "产出 40 / 效益 40: on the first weight (G13), the weights as data",
      form: withConsistentTotal(
        editGroup(
          editGroup(base, "数量指标", (g) => ({ ...g, weight: 10, score: 10 })),
          "社会效益指标",
          (g) => ({ ...g, weight: 40, score: 40 }),
        ),
      ),
      findings: [
        {
          messageId: "weight-policy",
          cell: "G13",
          severity: "warning",
          params: {
            weights: { output: 40, benefit: 40, satisfaction: 10 },
            exec: 10,
            standard: { output: 50, benefit: 30, satisfaction: 10 },
            standardExec: 10,
          },
        },
      ],
    },
  ],
});
