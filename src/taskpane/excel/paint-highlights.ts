// Queues a highlight plan's writes: restores first, then paints. The caller syncs, in the same batch
// as the record of originals (originals-store.ts).
import type { HighlightPlan } from "../plan/highlight-plan";
import { queueRestoreFill } from "./cell-fill";

/** No sync. Returns whether the plan writes anything. */
export function queueHighlights(context: Excel.RequestContext, sheetId: string, plan: HighlightPlan): boolean {
  if (plan.restore.length === 0 && plan.paint.length === 0) return false;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, original } of plan.restore) queueRestoreFill(sheet.getRange(cell), original);
  for (const { address, color } of plan.paint) {
    // eslint-disable-next-line office-addins/load-object-before-read -- only written, never read
    const fill = sheet.getRange(address).format.fill;
    // clear() first so a patterned or tinted fill underneath cannot show through the highlight.
    fill.clear();
    fill.color = color;
  }
  return true;
}
