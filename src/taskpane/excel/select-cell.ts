// Shows a finding's cell in the sheet.

/** One sync. Activates the sheet first: Range.select fails on a sheet that is not active. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
