// The Office.js side of the original-fills record (format and reasons: plan/fill-record.ts): the
// workbook's custom document properties (ExcelApi 1.7), read in the same sync as the sheet and written
// in the same sync as the fills, so a user action still costs one sync to read and one to write.
import { decodeFillStore, planStoreWrite, type FillStore, type SheetIdentity } from "../plan/fill-record";

export interface LoadedOriginals {
  store: FillStore;
  /** Every custom property's key as the document has it, so stale parts can be deleted. */
  propertyNames: string[];
  /** Every worksheet's name: a record whose name is gone belongs to a renamed sheet. */
  sheetNames: string[];
}

export interface PendingOriginals {
  /** After the sync: the decoded store; throws FillRecordError when the record is unreadable. */
  resolve(): LoadedOriginals;
}

/** Queues the loads of the record and of the sheet names; no sync. */
export function queueLoadOriginals(context: Excel.RequestContext): PendingOriginals {
  const custom = context.workbook.properties.custom;
  custom.load("key,value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return {
    resolve: () => {
      const items = custom.items;
      return {
        store: decodeFillStore(items.map((p) => [p.key, p.value as unknown] as const)),
        propertyNames: items.map((p) => p.key),
        sheetNames: sheets.items.map((s) => s.name),
      };
    },
  };
}

/** One sync: the active sheet's id and name and the record ("清除标记" reads nothing else). */
export async function readActiveOriginals(context: Excel.RequestContext): Promise<{ sheet: SheetIdentity; originals: LoadedOriginals }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load(["id", "name"]);
  const pending = queueLoadOriginals(context);
  await context.sync();
  return { sheet: { id: sheet.id, name: sheet.name }, originals: pending.resolve() };
}

/**
 * Queues property writes that make the document hold a store; no sync. Several stores may be queued in
 * one batch (the union before the paint, the final record after it): each write knows which parts
 * the ones before it left, and writes the next generation (see the writing order in fill-record.ts).
 */
export class OriginalsWriter {
  private readonly present = new Map<string, string>();
  private generation: number;

  constructor(
    private readonly context: Excel.RequestContext,
    loaded: LoadedOriginals,
  ) {
    for (const name of loaded.propertyNames) this.present.set(name.toUpperCase(), name);
    this.generation = loaded.store.generation;
  }

  queue(store: FillStore): void {
    const custom = this.context.workbook.properties.custom;
    const plan = planStoreWrite(this.present.values(), { sheets: store.sheets, generation: this.generation });
    for (const [name, value] of plan.set) custom.add(name, value);
    for (const name of plan.remove) custom.getItem(name).delete();
    for (const name of plan.remove) this.present.delete(name.toUpperCase());
    for (const [name] of plan.set) this.present.set(name.toUpperCase(), name);
    this.generation = plan.generation;
  }
}
