// actual-unmeasurable: a numeric target answered with words, nothing, another unit or an error value (F = 实际完成值).
import { actualUnmeasurable } from "../../../src/model/rules/actual-unmeasurable";
import { cleanForm, editRow } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(actualUnmeasurable, {
  valid: [
    { name: "the clean form", form: base },
    { name: "a qualitative target answered in words", row: { target: "按期完成", actual: "及时完成", weight: 10, score: 10 } },
  ],
  invalid: [
    {
      name: "全部完成 against ≥90% (row 18)",
      form: editRow(base, "服务对象满意度指标", { actual: "全部完成" }),
      findings: [{ messageId: "actual-unmeasurable.text", cell: "F18", severity: "error", params: { target: "≥90%", actual: "全部完成" } }],
    },
    {
      name: "a blank actual against ≥500人次 (row 13)",
      form: editRow(base, "数量指标", { actual: null }),
      findings: [{ messageId: "actual-unmeasurable.empty", cell: "F13", severity: "error", params: { target: "≥500人次" } }],
    },
    {
      name: "an actual in another unit: 95% against ≥500人次",
      form: editRow(base, "数量指标", { actual: "95%" }),
      findings: [{ messageId: "actual-unmeasurable.unit", cell: "F13", severity: "warning" }],
    },
    {
      name: "an actual that is an error value",
      form: editRow(base, "数量指标", { actual: "#REF!" }),
      findings: [
        { messageId: "actual-unmeasurable.error", cell: "F13", severity: "error", params: { indicator: "培训人次", error: "#REF!" } },
      ],
    },
    {
      name: "a row as PERF.CHECK passes it (actual in B1)",
      row: { target: "95%", actual: "全部完成", weight: 10, score: 10 },
      findings: [{ messageId: "actual-unmeasurable.text", cell: "B1", severity: "error" }],
    },
  ],
});
