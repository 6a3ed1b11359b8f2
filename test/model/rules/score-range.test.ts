// score-range: row 13 数量 has 分值 20 in G13 and 得分 in H13.
import { scoreRange } from "../../../src/model/rules/score-range";
import { cleanForm, editGroup, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const scored = (score: number | string | null) => withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, score })));

ruleTester(scoreRange, {
  valid: [
    { name: "the clean form", form: base },
    { name: "0 is a score", form: scored(0) },
    { name: "a row with neither weight nor score", row: { target: null, actual: null, weight: null, score: null } },
  ],
  invalid: [
    {
      name: "25 above the weight 20",
      form: scored(25),
      findings: [{ messageId: "score-range.above", cell: "H13", severity: "error", params: { score: 25, weight: 20 } }],
    },
    {
      name: "a negative score",
      form: scored(-1),
      findings: [{ messageId: "score-range.negative", cell: "H13", severity: "error", params: { score: -1 } }],
    },
    {
      name: "a blank score",
      form: scored(null),
      findings: [{ messageId: "score-range.missing", cell: "H13", severity: "error", params: { weight: "20" } }],
    },
    {
      name: "a score in words",
      form: scored("十八"),
      findings: [{ messageId: "score-range.not-number", cell: "H13", severity: "error", params: { score: "十八" } }],
    },
    {
      name: "a score that is an error value",
      form: scored("#REF!"),
      findings: [{ messageId: "score-range.error", cell: "H13", severity: "error", params: { error: "#REF!" } }],
    },
    {
      name: "a weight that is an error value, on the weight cell",
      form: withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, weight: "#DIV/0!" }))),
      findings: [{ messageId: "score-range.weight-error", cell: "G13", severity: "error" }],
    },
    {
      name: "a row as PERF.CHECK passes it (score in D1)",
      row: { target: "≥95%", actual: "98%", weight: 10, score: 12 },
      findings: [{ messageId: "score-range.above", cell: "D1", severity: "error" }],
    },
  ],
});
