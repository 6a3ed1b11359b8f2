// Shows a finding's cell in the sheet.

/** No sync. Activates the sheet first: Range.select fails on a sheet that is not active. */
export function queueSelect(context: Excel.RequestContext, sheetName: string, cell: string): void {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
}
