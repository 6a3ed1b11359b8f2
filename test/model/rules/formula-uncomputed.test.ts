// formula-uncomputed: the 总分 cell H19 (0-based row 18, col 7) holds a formula on another sheet, saved without a value.
import { formGrid } from "../../../scripts/forms/render-form";
import type { Grid } from "../../../src/model/grid/grid";
import { formulaUncomputed } from "../../../src/model/rules/formula-uncomputed";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

/** The clean form with formulas (no cached values) written into the given 0-based cells. */
function withFormulas(cells: { row: number; col: number; formula: string }[]): Grid {
  const grid = formGrid(base, "自评表");
  const values = grid.values.map((r) => [...r]);
  const formulas = values.map((r) => r.map((): string | null => null));
  for (const c of cells) {
    values[c.row][c.col] = null;
    formulas[c.row][c.col] = c.formula;
  }
  return { ...grid, values, formulas };
}

ruleTester(formulaUncomputed, {
  valid: [
    { name: "the clean form", form: base },
    { name: "a formula the evaluator computes (SUM of the scores)", grid: withFormulas([{ row: 18, col: 7, formula: "SUM(H6,H13:H18)" }]) },
  ],
  invalid: [
    {
      name: "the total refers to another sheet",
      grid: withFormulas([{ row: 18, col: 7, formula: "汇总!B2" }]),
      findings: [{ messageId: "formula-uncomputed", cell: "H19", severity: "warning", params: { cell: "H19", count: 1 } }],
    },
    {
      name: "two such cells: the first named, both counted",
      grid: withFormulas([
        { row: 12, col: 7, formula: "汇总!B3" },
        { row: 18, col: 7, formula: "汇总!B2" },
      ]),
      findings: [{ messageId: "formula-uncomputed", cell: "H13", severity: "warning", params: { cell: "H13", count: 2 } }],
    },
  ],
});
