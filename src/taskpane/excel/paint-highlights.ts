// Writes a highlight plan: restores first, then paints, all in one sync.
import type { HighlightPlan } from "../plan/highlight-plan";
import { queueRestoreFill } from "./cell-fill";

/** One sync; none when the plan writes nothing. Returns the number of syncs. */
export async function paintHighlights(context: Excel.RequestContext, sheetId: string, plan: HighlightPlan): Promise<number> {
  if (plan.restore.length === 0 && plan.paint.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  for (const { cell, original } of plan.restore) queueRestoreFill(sheet.getRange(cell), original);
  for (const { address, color } of plan.paint) {
    // eslint-disable-next-line office-addins/load-object-before-read -- only written, never read
    const fill = sheet.getRange(address).format.fill;
    // clear() first so a patterned or tinted fill underneath cannot show through the highlight.
    fill.clear();
    fill.color = color;
  }
  await context.sync();
  return 1;
}
