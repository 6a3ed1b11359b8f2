// The active sheet's id and name: the key of what 填写总分 keeps in the document settings (fill-store.ts)
// and of the previous version's highlight record; the original fills now go by name (originals-store.ts).

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
