// The active sheet's id and name: the key of everything the pane keeps in the document settings.

export interface SheetIdentity {
  id: string;
  name: string;
}

/** One sync. */
export async function readActiveSheet(context: Excel.RequestContext): Promise<SheetIdentity> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load(["id", "name"]);
  await context.sync();
  return { id: sheet.id, name: sheet.name };
}
