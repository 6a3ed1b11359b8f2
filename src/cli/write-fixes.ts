// Applies the engine's corrections to a loaded workbook: native formulas (with cached results, so
// the copy reads right even where nothing recalculates) and fills on the rows that disagree.
import type ExcelJS from "exceljs";
import type { FormReport, Severity } from "../model";

/** Light red, Excel's "bad" fill: rows with an error-severity disagreement. */
export const ERROR_FILL = "FFFFC7CE";
/** Light yellow, Excel's "neutral" fill: rows with a warning. */
export const WARNING_FILL = "FFFFEB9C";

/** What applyFixes changed, for the report and to skip rewriting an untouched workbook. */
export interface FixCounts {
  formulas: number;
  filled: number;
}

/** Writes every form's fixes as formulas and fills every highlighted span; throws when a named sheet is missing. */
export function applyFixes(workbook: ExcelJS.Workbook, forms: FormReport[]): FixCounts {
  let formulas = 0;
  for (const form of forms) {
    for (const fix of form.fixes) {
      sheetOf(workbook, fix.sheet).getCell(fix.cell).value = { formula: fix.formula, result: fix.value };
      formulas++;
    }
  }
  let filled = 0;
  for (const [sheet, cells] of fillPlan(forms)) {
    const worksheet = sheetOf(workbook, sheet);
    for (const [key, argb] of cells) {
      const [row, col] = key.split(",").map(Number);
      const cell = worksheet.getCell(row + 1, col + 1);
      // Loaded cells share style objects, so a fill set in place would leak onto every cell with the same style.
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
      filled++;
    }
  }
  return { formulas, filled };
}

/** The fill colour for each highlighted cell, per sheet; where spans overlap an error's red wins over a warning's yellow. */
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

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`sheet "${name}" not found in the workbook`);
  return worksheet;
}
