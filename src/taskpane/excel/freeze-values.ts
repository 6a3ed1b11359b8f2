// Replaces =PERF.* formulas by their current values ("转为数值"), for workbooks sent to people without the add-in.
import type { ValueWrite } from "../plan/workbook-host";

/** No sync. */
export function queueValues(context: Excel.RequestContext, sheetId: string, cells: readonly ValueWrite[]): void {
  if (cells.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, value } of cells) sheet.getRange(cell).values = [[value]];
}
