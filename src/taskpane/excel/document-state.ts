// The Office.js side of the records in the document (formats: plan/property-record.ts and the kinds built on it):
// the workbook's custom document properties (ExcelApi 1.7) and the sheet names, loaded in the same sync as the
// sheet, and property writes queued in the same batch as the cell writes they protect.
import type { PropertyOps } from "../plan/property-record";
import type { DocumentState } from "../plan/workbook-host";

export interface PendingDocument {
  /** After the sync: the properties and sheet names. */
  resolve(): DocumentState;
}

/** Queues the loads of the custom properties and of the sheet names; no sync. */
export function queueLoadDocument(context: Excel.RequestContext): PendingDocument {
  const custom = context.workbook.properties.custom;
  custom.load("key,value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return {
    resolve: () => ({
      properties: custom.items.map((p) => [p.key, p.value as unknown] as const),
      sheetNames: sheets.items.map((s) => s.name),
    }),
  };
}

/** Queues property writes in the order given: sets, then removals; no sync. */
export function queuePropertyOps(context: Excel.RequestContext, ops: PropertyOps): void {
  const custom = context.workbook.properties.custom;
  for (const [name, value] of ops.set) custom.add(name, value);
  for (const name of ops.remove) custom.getItem(name).delete();
}
