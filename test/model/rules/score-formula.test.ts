// score-formula: 400 of ≥500 人次 completes 80%, so 数量 (分值 20, row 13) earns 20 × 0.8 = 16.
import { scoreFormula } from "../../../src/model/rules/score-formula";
import { cleanForm, editGroup, editRow, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const missed = (score: number) =>
  withConsistentTotal(
    editGroup(editRow(base, "数量指标", { actual: "400人次" }), "数量指标", (g) => ({ ...g, score, reason: "培训未完成" })),
  );

ruleTester(scoreFormula, {
  valid: [
    { name: "the clean form", form: base },
    { name: "16, the formula's score", form: missed(16) },
    { name: "16.1, within 0.1 of it", form: missed(16.1) },
  ],
  invalid: [
    {
      name: "10 where the formula gives 16",
      form: missed(10),
      findings: [{ messageId: "score-formula", cell: "H13", severity: "warning", params: { expected: 16, score: 10, ratios: [0.8] } }],
    },
  ],
});
