// fund-breakdown: 年度资金总额 (row 6: 年初 C 100, 全年预算 D 100, 执行 E 95) against its 其中 rows 7–9.
import { fundBreakdown } from "../../../src/model/rules/fund-breakdown";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const sub = (first: { initial?: number; budget?: number; executed?: number }) => ({
  ...base,
  fund: { ...base.fund, sub: [{ label: "其中：当年财政拨款", ...first }, { label: "上年结转资金" }, { label: "其他资金" }] },
});

ruleTester(fundBreakdown, {
  valid: [
    { name: "the clean form (100 / 100 / 95 in one source)", form: base },
    { name: "a form without 其中 rows", form: { ...base, fund: { ...base.fund, sub: [] } } },
  ],
  invalid: [
    {
      name: "全年预算数 100 against 90 in its parts",
      form: sub({ initial: 100, budget: 90, executed: 95 }),
      findings: [
        { messageId: "fund-breakdown.mismatch", cell: "D6", severity: "error", params: { column: "budget", total: 100, sum: 90 } },
      ],
    },
    {
      name: "every 其中 row blank: a hint",
      form: sub({}),
      findings: [{ messageId: "fund-breakdown.blank", cell: "D6", severity: "info" }],
    },
  ],
});
