// Puts back what "填写总分" overwrote ("撤销填写").
import type { PreviousContent } from "../plan/undo-record";

/** No sync. */
export function queueContents(context: Excel.RequestContext, sheetId: string, cells: readonly PreviousContent[]): void {
  if (cells.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, formula, value } of cells) {
    const range = sheet.getRange(cell);
    // A constant goes back through values so a text like "90.6" is not re-parsed as a formula.
    if (formula !== null) range.formulas = [[formula]];
    else range.values = [[value ?? ""]];
  }
}
