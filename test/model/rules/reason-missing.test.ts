// reason-missing: 得分 < 分值 with no reason or 无偏差. Clean form rows: 13 数量 (≥500人次 / 520人次, 20/20) … I = reason.
import { reasonMissing } from "../../../src/model/rules/reason-missing";
import { cleanForm, editGroup, editRow, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const missed480 = (reason: string | undefined, score = 18) =>
  withConsistentTotal(editGroup(editRow(base, "数量指标", { actual: "480人次" }), "数量指标", (g) => ({ ...g, score, reason })));

ruleTester(reasonMissing, {
  valid: [
    { name: "the clean form", form: base },
    { name: "points deducted with a real explanation", form: missed480("受疫情影响，部分培训延期至次年", 19.2) },
    { name: "a full-score row", row: { target: "≥500人次", actual: "520人次", weight: 20, score: 20, reason: "无偏差" } },
  ],
  invalid: [
    {
      name: "2 points deducted, the reason says 无偏差: on the reason cell",
      form: missed480("无偏差"),
      findings: [
        { messageId: "reason-missing.none", cell: "I13", severity: "error", params: { score: 18, weight: 20, lost: 2, reason: "无偏差" } },
      ],
    },
    {
      name: "points deducted, no reason at all",
      form: missed480(undefined),
      findings: [{ messageId: "reason-missing.empty", cell: "I13", severity: "error" }],
    },
    {
      name: "a row as PERF.CHECK passes it (reason in E1)",
      row: { target: "≥500人次", actual: "480人次", weight: 20, score: 18, reason: "" },
      findings: [{ messageId: "reason-missing.empty", cell: "E1", severity: "error", params: { score: 18, weight: 20 } }],
    },
  ],
});
