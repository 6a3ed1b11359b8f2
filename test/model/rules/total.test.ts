// total: 执行率得分 9.5 + 20+15+10+5+30+10 = 99.5; the 总分 row is 19 (得分 in H19).
import { total } from "../../../src/model/rules/total";
import { cleanForm, editGroup } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const written = (score: number | string | null) => ({ ...base, total: { ...base.total, score } });

ruleTester(total, {
  valid: [
    { name: "the clean form (99.5)", form: base },
    { name: "99.55, within 0.1", form: written(99.55) },
  ],
  invalid: [
    {
      name: "95 written",
      form: written(95),
      findings: [{ messageId: "total.mismatch", cell: "H19", severity: "error", params: { written: 95, computed: 99.5 } }],
    },
    {
      name: "a blank total",
      form: written(null),
      findings: [{ messageId: "total.missing", cell: "H19", severity: "error", params: { computed: 99.5 } }],
    },
    {
      name: "a total that is an error value",
      form: written("#REF!"),
      findings: [{ messageId: "total.error", cell: "H19", severity: "error", params: { error: "#REF!", computed: 99.5 } }],
    },
    {
      name: "a score that is an error value: no total to compare, said at the total",
      form: editGroup(base, "数量指标", (g) => ({ ...g, score: "#REF!" })),
      findings: [{ messageId: "total.score-error", cell: "H19", severity: "error", params: { cell: "H13", error: "#REF!" } }],
    },
  ],
});
