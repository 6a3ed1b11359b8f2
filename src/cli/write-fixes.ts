// What --fix writes: the engine's corrections (native formulas with cached results, so the copy
// reads right even where nothing recalculates) and the fills on the rows that disagree, as cell
// patches per sheet. write-copy.ts writes them into the copy.
import { highlightCells, parseA1, type FormReport } from "../model";
import type { PackagePlan } from "./patch-package";

/** Every fix and fill of the forms as cell patches per sheet, with the counts the report gives. */
export function packagePlan(forms: FormReport[]): { plan: PackagePlan; formulas: number; filled: number } {
  const plan: PackagePlan = new Map();
  const cellsOf = (sheet: string) => {
    const cells = plan.get(sheet) ?? new Map();
    plan.set(sheet, cells);
    return cells;
  };
  let formulas = 0;
  for (const form of forms) {
    for (const fix of form.fixes) {
      // The A1 address, not fix.row/col: those are changing from 0-based to 1-based rows (issue 7 item 7).
      const at = parseA1(fix.cell);
      if (at === null) throw new Error(`fix cell "${fix.cell}" is not an A1 reference`);
      const cells = cellsOf(fix.sheet);
      const key = `${at.row},${at.col}`;
      cells.set(key, { ...cells.get(key), fix });
      formulas++;
    }
  }
  let filled = 0;
  // Which cells, which colour and which wins where spans overlap: the core's presentation layer decides (src/model/present).
  for (const cell of highlightCells(forms.flatMap((form) => form.findings))) {
    const cells = cellsOf(cell.sheet);
    const key = `${cell.row},${cell.col}`;
    cells.set(key, { ...cells.get(key), fill: `FF${cell.fill}` });
    filled++;
  }
  return { plan, formulas, filled };
}
