// The active sheet's id and name, and the document's records when asked ("清除标记" and "撤销填写" read nothing else).
import type { DocumentState, SheetIdentity } from "../plan/workbook-host";
import { queueLoadDocument } from "./document-state";

/** One sync. */
export async function readActiveSheet(
  context: Excel.RequestContext,
  options: { document: boolean },
): Promise<{ sheet: SheetIdentity; document: DocumentState | null }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load(["id", "name"]);
  const pending = options.document ? queueLoadDocument(context) : null;
  await context.sync();
  return { sheet: { id: sheet.id, name: sheet.name }, document: pending ? pending.resolve() : null };
}
