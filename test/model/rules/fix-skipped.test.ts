// fix-skipped: the planner's reasons for writing no total formula, filed at the 总分 cell H19.
import { fixSkipped } from "../../../src/model/rules/fix-skipped";
import { cleanForm, editGroup } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(fixSkipped, {
  valid: [
    { name: "the clean form: SUM is written", form: base },
    {
      name: "a plain decimal typed as text: the SUMPRODUCT form reads it",
      form: editGroup(base, "数量指标", (g) => ({ ...g, score: "20" })),
    },
  ],
  invalid: [
    {
      name: "full-width digits in a score: no formula reads them",
      form: editGroup(base, "数量指标", (g) => ({ ...g, score: "２０" })),
      findings: [{ messageId: "fix-skipped.text", cell: "H19", severity: "info", params: { cell: "H13", value: "２０" } }],
    },
  ],
});
