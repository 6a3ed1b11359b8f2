// grade: the total 99.5 is 优 (≥ 90); the grade sits in I19.
import { grade } from "../../../src/model/rules/grade";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const graded = (g: string) => ({ ...base, total: { ...base.total, grade: g } });

ruleTester(grade, {
  valid: [
    { name: "优 for 99.5", form: base },
    { name: "优秀, the synonym", form: graded("优秀") },
  ],
  invalid: [
    {
      name: "良 for 99.5",
      form: graded("良"),
      findings: [{ messageId: "grade", cell: "I19", severity: "error", params: { written: "良", computed: "优", total: 99.5 } }],
    },
    {
      name: "不合格 (差) for 99.5",
      form: graded("不合格"),
      findings: [{ messageId: "grade", cell: "I19", severity: "error", params: { computed: "优" } }],
    },
  ],
});
