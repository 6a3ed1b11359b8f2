// form-empty: a template with weights, targets and budget but no actual, no score, no 执行率得分 and no total.
import type { FormSpec } from "../../../scripts/forms/form-spec";
import { formEmpty } from "../../../src/model/rules/form-empty";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const blank: FormSpec = {
  ...base,
  fund: { ...base.fund, score: null },
  groups: base.groups.map((g) => ({ ...g, score: null, reason: undefined, rows: g.rows.map((r) => ({ ...r, actual: null })) })),
  total: { weight: 100, score: null, grade: null },
};

ruleTester(formEmpty, {
  valid: [
    { name: "the clean form", form: base },
    {
      name: "a template with one score filled in",
      form: { ...blank, groups: blank.groups.map((g, i) => (i === 0 ? { ...g, score: 20 } : g)) },
    },
  ],
  invalid: [
    {
      name: "the unfilled template: at the first 得分 cell (H13)",
      form: blank,
      findings: [{ messageId: "form-empty", cell: "H13", severity: "error" }],
    },
  ],
});
