import { toA1 } from "../grid/address";
import { defineRule } from "./rule";

/**
 * Formula cells the form reads that have no cached result and that the evaluator could not compute (another
 * sheet, an unknown function): one warning per form naming the first and the count, so the unit re-saves the
 * file in Excel/WPS. check.ts drops every other finding pointing at those cells ("未填写" would be false).
 */
export const formulaUncomputed = defineRule({
  id: "formula-uncomputed",
  title: { zh: "公式未计算", en: "Formulas not computed" },
  severity: ["warning"],
  highlights: false,
  basis: "docs/rules.md#formula-uncomputed",
  check({ analysis }) {
    const first = analysis.uncomputed[0];
    if (!first) return [];
    return [
      {
        severity: "warning",
        message: "formula-uncomputed",
        params: { cell: toA1(first.row, first.col), count: analysis.uncomputed.length },
        pos: first,
        row: first.row,
      },
    ];
  },
});
