// Writes the engine's 总分/等级 formulas as native Excel formulas ("填写总分").

/** One sync; none when there is nothing to write. Formulas carry their "=". */
export async function writeFormulas(
  context: Excel.RequestContext,
  sheetId: string,
  writes: { cell: string; formula: string }[],
): Promise<number> {
  if (writes.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, formula } of writes) sheet.getRange(cell).formulas = [[formula]];
  await context.sync();
  return 1;
}
