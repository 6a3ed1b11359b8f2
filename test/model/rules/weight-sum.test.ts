// weight-sum: 执行率 10 + indicator weights (20+15+10+5+30+10 = 90) must make 100; reported at 总分's 分值, G19.
import { weightSum } from "../../../src/model/rules/weight-sum";
import { cleanForm, editGroup, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(weightSum, {
  valid: [{ name: "the clean form", form: base }],
  invalid: [
    {
      name: "数量 weighted 25: 10 + 95 = 105",
      form: withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, weight: 25, score: 25 }))),
      findings: [{ messageId: "weight-sum", cell: "G19", severity: "error", params: { exec: 10, indicators: 95, sum: 105 } }],
    },
  ],
});
