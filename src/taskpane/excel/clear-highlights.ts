// Queues the writes that put saved original fills back ("清除标记", and cells a re-check no longer paints);
// the caller syncs, in the same batch as the record's update.
import type { StoredHighlight } from "../plan/fill-record";
import { queueRestoreFill } from "./cell-fill";

/** No sync. */
export function queueRestoreFills(context: Excel.RequestContext, sheetId: string, cells: readonly StoredHighlight[]): void {
  if (cells.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, original } of cells) queueRestoreFill(sheet.getRange(cell), original);
}
