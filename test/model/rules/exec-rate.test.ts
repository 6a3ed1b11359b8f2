// exec-rate: the fund row is row 6 (C 年初, D 全年预算数 100, E 全年执行数 95, F 分值 10, G 执行率 95.00%, H 得分 9.5).
import { execRate } from "../../../src/model/rules/exec-rate";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const fund = (edit: Partial<typeof base.fund>) => ({ ...base, fund: { ...base.fund, ...edit } });
// 100 ÷ 150 = 66.67%, written with a "0%" format.
const twoThirds = (rate: number) =>
  fund({ budget: 150, initial: 150, executed: 100, score: 6.67, rate: { value: rate, format: "0%" }, sub: [] });

ruleTester(execRate, {
  valid: [
    { name: "the clean form", form: base },
    { name: "0.6667 shown as 67% is 0.33 points off: accepted", form: twoThirds(0.6667) },
  ],
  invalid: [
    {
      name: "90% written, 95 ÷ 100 = 95%",
      form: fund({ rate: { value: 0.9, format: "0.00%" } }),
      findings: [
        {
          messageId: "exec-rate.mismatch",
          cell: "G6",
          severity: "error",
          params: { written: 0.9, computed: 0.95, budget: 100, executed: 95 },
        },
      ],
    },
    {
      name: "66% written for 66.67%",
      form: twoThirds(0.66),
      findings: [{ messageId: "exec-rate.mismatch", cell: "G6", severity: "error", params: { written: 0.66 } }],
    },
    { name: "a budget of 0", form: fund({ budget: 0 }), findings: [{ messageId: "exec-rate.no-budget", cell: "D6", severity: "error" }] },
    {
      name: "budget and executed both blank",
      form: fund({ budget: null, executed: null, sub: [] }),
      findings: [{ messageId: "exec-rate.fund-blank", cell: "D6", severity: "error" }],
    },
    {
      name: "a blank rate",
      form: fund({ rate: null }),
      findings: [{ messageId: "exec-rate.blank", cell: "G6", severity: "warning", params: { computed: 0.95 } }],
    },
    {
      name: "110 executed of 100: over budget, on the executed cell",
      form: fund({ executed: 110, rate: { value: 1.1, format: "0.00%" }, score: 10, sub: [] }),
      findings: [
        { messageId: "exec-rate.over-budget", cell: "E6", severity: "warning", params: { executed: 110, budget: 100, computed: 1.1 } },
      ],
    },
    {
      name: "a budget that is an error value: named by its column key",
      form: fund({ budget: "#REF!", sub: [] }),
      findings: [{ messageId: "exec-rate.fund-error", cell: "D6", severity: "error", params: { field: "budget", error: "#REF!" } }],
    },
  ],
});
