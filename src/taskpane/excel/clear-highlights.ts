// Queues the writes that put the saved original fills back ("清除标记"); the caller syncs, in the same
// batch as the removal of the record.
import type { StoredHighlight } from "../plan/fill-record";
import { queueRestoreFill } from "./cell-fill";

/** No sync. */
export function queueRestoreFills(context: Excel.RequestContext, sheetId: string, cells: StoredHighlight[]): void {
  if (cells.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, original } of cells) queueRestoreFill(sheet.getRange(cell), original);
}
