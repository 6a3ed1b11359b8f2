// empty-row-text: an empty 生态效益指标 row (no indicator, no weight) inserted as row 18, reason in I18.
import type { FormSpec, GroupSpec } from "../../../scripts/forms/form-spec";
import { emptyRowText } from "../../../src/model/rules/empty-row-text";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
function withEmptyEcology(reason: string | undefined): FormSpec {
  const ecology: GroupSpec = {
    level1: "效益指标",
    level2: "生态效益指标",
    weight: null,
    score: null,
    reason,
    rows: [{ level3: "", target: null, actual: null }],
  };
  const at = base.groups.findIndex((g) => g.level2 === "社会效益指标") + 1;
  return { ...base, groups: [...base.groups.slice(0, at), ecology, ...base.groups.slice(at)] };
}

ruleTester(emptyRowText, {
  valid: [
    { name: "the clean form", form: base },
    { name: "an empty 二级 row left blank", form: withEmptyEcology(undefined) },
  ],
  invalid: [
    {
      name: "an empty 二级 row that says 无偏差",
      form: withEmptyEcology("无偏差"),
      findings: [{ messageId: "empty-row-text", cell: "I18", severity: "info", params: { indicator: "生态效益指标", reason: "无偏差" } }],
    },
  ],
});
