// exec-score: 执行率得分 in H6 against 分值 × min(执行率, 1).
import { execScore } from "../../../src/model/rules/exec-score";
import { cleanForm, withConsistentTotal } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();
const fund = (edit: Partial<typeof base.fund>) => withConsistentTotal({ ...base, fund: { ...base.fund, ...edit } });
// 10 × 100 ÷ 150 = 6.666…: 6.67 rounded, 6.6 truncated (the seed's form 1).
const twoThirds = (score: number) =>
  fund({ budget: 150, initial: 150, executed: 100, score, rate: { value: 0.6667, format: "0.00%" }, sub: [] });

ruleTester(execScore, {
  valid: [
    { name: "the clean form (10 × 95% = 9.5)", form: base },
    { name: "6.67, the rounded 6.666…", form: twoThirds(6.67) },
  ],
  invalid: [
    {
      name: "8 written, 10 × 95% = 9.5",
      form: fund({ score: 8 }),
      findings: [
        { messageId: "exec-score.mismatch", cell: "H6", severity: "error", params: { written: 8, computed: 9.5, weight: 10, rate: 0.95 } },
      ],
    },
    {
      name: "6.6, the truncated 6.666…: a hint",
      form: twoThirds(6.6),
      findings: [{ messageId: "exec-score.truncated", cell: "H6", severity: "info", params: { written: 6.6, weight: 10 } }],
    },
  ],
});
