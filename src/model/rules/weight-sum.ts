import { cellError, isUncomputed } from "../analyze/analysis";
import { defineRule } from "./rule";

/** 执行率分值 + every indicator 分值 must make 100 (docs/rules.md#weight-sum). */
export const weightSum = defineRule({
  id: "weight-sum",
  title: { zh: "分值合计", en: "Weight sum" },
  severity: ["error"],
  highlights: false,
  basis: "docs/rules.md#weight-sum",
  check({ analysis }) {
    const { form, fund, groups } = analysis;
    // A weight that is an error value (score-range names it) or an uncomputed formula leaves no sum to judge.
    const weightCells = [fund?.fund.weight ?? null, ...groups.map((g) => g.group.weight)];
    if (weightCells.some((c) => c && (cellError(c) || isUncomputed(analysis, c.pos)))) return [];
    const exec = fund ? fund.weight : 0;
    const indicators = groups.reduce((s, g) => s + (g.weight ?? 0), 0);
    const sum = exec + indicators;
    // Weights are written to hundredths at most; anything closer than that is float noise, not a defect.
    if (Math.abs(sum - 100) < 0.005) return [];
    const pos = form.total ? form.total.weight.pos : { row: form.tableRows.last, col: form.columns.weight };
    return [
      {
        severity: "error",
        message: "weight-sum",
        params: { exec, indicators, sum },
        pos,
        row: pos.row,
      },
    ];
  },
});
