// Puts the saved original fills back ("清除标记").
import { queueRestoreFill } from "./cell-fill";
import type { StoredHighlight } from "./highlight-store";

/** One sync; none when nothing is stored. Returns the number of syncs. */
export async function restoreFills(context: Excel.RequestContext, sheetId: string, cells: StoredHighlight[]): Promise<number> {
  if (cells.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, original } of cells) queueRestoreFill(sheet.getRange(cell), original);
  await context.sync();
  return 1;
}
