// target-unmeasurable: row 17 is 社会效益 受益群众 (≥2000人 / 2100人); E = 年度指标值.
import { targetUnmeasurable } from "../../../src/model/rules/target-unmeasurable";
import { cleanForm, editRow } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const social = (target: string | null, actual = "2100人") => editRow(base, "社会效益指标", { target, actual });

ruleTester(targetUnmeasurable, {
  valid: [
    { name: "the clean form", form: base },
    { name: "a clear qualitative standard", form: social("按期完成", "按期完成") },
  ],
  invalid: [
    {
      name: "the target repeats the indicator's name",
      form: social("受益群众", "全部完成"),
      findings: [{ messageId: "target-unmeasurable.repeats", cell: "E17", severity: "error", params: { target: "受益群众" } }],
    },
    {
      name: "a vague target",
      form: social("有所提高", "明显提高"),
      findings: [{ messageId: "target-unmeasurable.vague", cell: "E17", severity: "warning", params: { target: "有所提高" } }],
    },
    {
      name: "a lone * placeholder",
      form: social("*", "全部完成"),
      findings: [
        { messageId: "target-unmeasurable.placeholder", cell: "E17", severity: "warning", params: { indicator: "受益群众", target: "*" } },
      ],
    },
    {
      name: "no target",
      form: social(null, "全部完成"),
      findings: [{ messageId: "target-unmeasurable.empty", cell: "E17", severity: "warning", params: { indicator: "受益群众" } }],
    },
    {
      name: "a target that is an error value",
      form: social("#N/A"),
      findings: [{ messageId: "target-unmeasurable.error", cell: "E17", severity: "error", params: { error: "#N/A" } }],
    },
  ],
});
