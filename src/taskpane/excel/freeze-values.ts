// Replaces =PERF.* formulas by their current values ("转为数值"), for workbooks sent to people without the add-in.

/** One sync; none when there is nothing to replace. */
export async function writeValues(
  context: Excel.RequestContext,
  sheetId: string,
  cells: { cell: string; value: string | number | boolean }[],
): Promise<number> {
  if (cells.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, value } of cells) sheet.getRange(cell).values = [[value]];
  await context.sync();
  return 1;
}
