// Writes the engine's 总分/等级 formulas as native Excel formulas ("填写总分").
import type { FormulaWrite } from "../plan/workbook-host";

/** No sync. Formulas carry their "=". */
export function queueFormulas(context: Excel.RequestContext, sheetId: string, writes: readonly FormulaWrite[]): void {
  if (writes.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, formula } of writes) sheet.getRange(cell).formulas = [[formula]];
}
