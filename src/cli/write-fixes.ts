// What --fix writes: the engine's corrections (native formulas with cached results, so the copy
// reads right even where nothing recalculates) and the fills on the rows that disagree, as cell
// patches per sheet. write-copy.ts writes them into the copy.
import { parseA1, type FormReport, type Severity } from "../model";
import type { PackagePlan } from "./patch-package";

/** Light red, Excel's "bad" fill: rows with an error-severity disagreement. */
export const ERROR_FILL = "FFFFC7CE";
/** Light yellow, Excel's "neutral" fill: rows with a warning. */
export const WARNING_FILL = "FFFFEB9C";

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
  for (const [sheet, fills] of fillPlan(forms)) {
    const cells = cellsOf(sheet);
    for (const [key, argb] of fills) {
      cells.set(key, { ...cells.get(key), fill: argb });
      filled++;
    }
  }
  return { plan, formulas, filled };
}

/** The fill colour for each highlighted cell, per sheet, keyed by 0-based "row,col"; where spans overlap an error's red wins over a warning's yellow. */
export function fillPlan(forms: FormReport[]): Map<string, Map<string, string>> {
  const plan = new Map<string, Map<string, string>>();
  for (const form of forms) {
    for (const finding of form.findings) {
      const argb = fillFor(finding.severity);
      if (!finding.highlight || !finding.span || argb === null) continue;
      const cells = plan.get(finding.sheet) ?? new Map<string, string>();
      plan.set(finding.sheet, cells);
      const { top, bottom, left, right } = finding.span;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const key = `${r},${c}`;
          if (cells.get(key) !== ERROR_FILL) cells.set(key, argb);
        }
      }
    }
  }
  return plan;
}

function fillFor(severity: Severity): string | null {
  if (severity === "error") return ERROR_FILL;
  if (severity === "warning") return WARNING_FILL;
  return null;
}

