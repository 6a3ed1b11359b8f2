// actual-vs-score: the actual contradicts the score. Rows: 13 数量 ≥500人次 (20), 15 时效 (10), 16 成本 ≤100万元 (5); H = 得分.
import { actualVsScore } from "../../../src/model/rules/actual-vs-score";
import { cleanForm, editGroup, editRow, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const qualitative = (score: number) =>
  withConsistentTotal(
    editGroup(editRow(base, "时效指标", { target: "按期完成", actual: "及时完成" }), "时效指标", (g) => ({
      ...g,
      score,
      reason: "结算未办理",
    })),
  );

ruleTester(actualVsScore, {
  valid: [
    { name: "the clean form", form: base },
    { name: "an achieved qualitative actual scored inside the first tier (8 of 10)", form: qualitative(8) },
    { name: "a met row with full marks", row: { target: "≥500人次", actual: "520人次", weight: 20, score: 20 } },
  ],
  invalid: [
    {
      name: "400 of ≥500 人次 with full marks: an error on the score",
      form: editRow(base, "数量指标", { actual: "400人次" }),
      findings: [
        {
          messageId: "actual-vs-score.missed-full",
          cell: "H13",
          severity: "error",
          params: { indicator: "培训人次", actual: "400人次", target: "≥500人次", score: 20 },
        },
      ],
    },
    {
      name: "120万元 against ≤100万元 with full marks: over, not under",
      form: editRow(base, "成本指标", { actual: "120万元" }),
      findings: [
        {
          messageId: "actual-vs-score.over-full",
          cell: "H16",
          severity: "error",
          params: { actual: "120万元", target: "≤100万元", score: 5 },
        },
      ],
    },
    {
      name: "every target met, 2 of 20 points deducted",
      form: withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, score: 18, reason: "综合考虑扣分" }))),
      findings: [
        { messageId: "actual-vs-score.met-deducted", cell: "H13", severity: "warning", params: { lost: 2, score: 18, weight: 20 } },
      ],
    },
    {
      name: "及时完成 scored 7 of 10, below the first tier's 8–10",
      form: qualitative(7),
      findings: [{ messageId: "actual-vs-score.tier", cell: "H15", severity: "warning", params: { tier: 1, low: 8, high: 10, score: 7 } }],
    },
    {
      name: "a row as PERF.CHECK passes it (score in D1)",
      row: { target: "≥500人次", actual: "400人次", weight: 20, score: 20, reason: "无偏差" },
      findings: [{ messageId: "actual-vs-score.missed-full", cell: "D1", severity: "error" }],
    },
  ],
});
