// Subscribes to edits in any worksheet (ExcelApi 1.9) for "自动检查".
import type { SheetChange } from "../plan/workbook-host";

/** One sync. The handler stays registered for the runtime's life; the caller ignores events while auto check is off. */
export async function watchChanges(context: Excel.RequestContext, onChange: (change: SheetChange) => void): Promise<void> {
  context.workbook.worksheets.onChanged.add(async (event) => {
    onChange({ worksheetId: event.worksheetId, ownChange: event.triggerSource === "ThisLocalAddin" });
  });
  await context.sync();
}
