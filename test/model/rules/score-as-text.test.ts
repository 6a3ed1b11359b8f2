// score-as-text: a 得分 typed as text; the first such cell in reading order (执行率得分 H6 comes before H13).
import { scoreAsText } from "../../../src/model/rules/score-as-text";
import { cleanForm, editGroup } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const textQuantity = editGroup(base, "数量指标", (g) => ({ ...g, score: "20" }));

ruleTester(scoreAsText, {
  valid: [{ name: "the clean form (numbers)", form: base }],
  invalid: [
    {
      name: "数量's 20 as text",
      form: textQuantity,
      findings: [{ messageId: "score-as-text", cell: "H13", severity: "info", params: { cell: "H13" } }],
    },
    {
      name: "the 执行率得分 as text too: the first is named",
      form: { ...textQuantity, fund: { ...textQuantity.fund, score: "9.5" } },
      findings: [{ messageId: "score-as-text", cell: "H6", severity: "info", params: { cell: "H6" } }],
    },
  ],
});
