// Queues the paint of highlight rectangles; the caller syncs, in the same batch as the record of originals
// (queued before it, see actions.ts).
import type { PaintOp } from "../plan/workbook-host";

/** No sync. */
export function queuePaint(context: Excel.RequestContext, sheetId: string, paint: readonly PaintOp[]): void {
  if (paint.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { address, color } of paint) {
    // eslint-disable-next-line office-addins/load-object-before-read -- only written, never read
    const fill = sheet.getRange(address).format.fill;
    // clear() first so a patterned or tinted fill underneath cannot show through the highlight.
    fill.clear();
    fill.color = color;
  }
}
