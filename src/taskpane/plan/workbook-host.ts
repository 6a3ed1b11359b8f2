// The one interface between the pane's controller (actions.ts) and a spreadsheet host: the Excel adapter
// (excel/excel-host.ts) implements it over Office.js, a WPS adapter will over the ET object model, and tests
// implement it directly. Plain data only, no Office or WPS types, so it lives with the host-neutral planning
// code (its lint boundary forbids the adapter and Office here).
//
// Cost model: a user action is one session (Office.js: one Excel.run). Each read method is one round trip;
// queue* methods only record writes, which commit() applies in the order they were queued, in one round trip.
// A host whose calls are synchronous (WPS) applies them as they come and commits nothing; Office.js applies a
// batch in order and stops at the first failing write. Callers rely on that order (a record before the paint
// it protects), never on a batch being all or nothing.
import type { Grid } from "../../model";
import type { CellFill, StoredHighlight } from "./fill-record";
import type { PropertyOps, SheetIdentity } from "./property-record";
import type { PreviousContent } from "./undo-record";

export type { SheetIdentity } from "./property-record";

export interface ReadOptions {
  /** Number formats tell the engine that 0.66 was typed as "66%". */
  formats: boolean;
  formulas: boolean;
  /** Each cell's direct fill (Office.js: getCellProperties, ExcelApi 1.9). */
  fills: boolean;
  /** Merged areas (Office.js: ExcelApi 1.13). */
  merges: boolean;
  /** The document's custom properties and sheet names (DocumentState), in the same round trip. */
  document?: boolean;
}

/** A cell's formula ("=…") or, where it has none, its constant; the same shape as Grid.values. */
export type Formula = string | number | boolean;

/** What the records in the document need: the custom properties (plan/*-record.ts decode them) and sheet names. */
export interface DocumentState {
  /** Every custom document property: its name as the document has it, and its value. */
  properties: (readonly [string, unknown])[];
  /** Every worksheet's name: a record whose name is gone belongs to a renamed sheet. */
  sheetNames: string[];
}

export interface SheetSnapshot {
  sheetId: string;
  sheetName: string;
  grid: Grid;
  /** Same shape as grid.values: "=…" for formulas, the constant otherwise; null when not requested. */
  formulas: Formula[][] | null;
  /** Direct fill per A1 cell of the used range; null when not requested. */
  fills: Map<string, CellFill> | null;
  /** Null when not requested. */
  document: DocumentState | null;
  /** How many round trips the read took (1 for any real form; big sheets are read in blocks). */
  syncs: number;
}

/** One rectangle to fill with one colour ("#RRGGBB"), replacing whatever fill it had. */
export interface PaintOp {
  address: string;
  color: string;
}

/** A cell 转为数值 replaces by its value. */
export interface ValueWrite {
  cell: string;
  value: string | number | boolean;
}

/** A formula 填写总分 writes ("=…"). */
export interface FormulaWrite {
  cell: string;
  formula: string;
}

export interface SheetChange {
  worksheetId: string;
  /** True when this add-in made the change (Office.js: ExcelApi 1.14); hosts that cannot tell report false. */
  ownChange: boolean;
}

/** One user action's access to the workbook. */
export interface HostSession {
  /** The active sheet into a Grid, plus what `options` asks for. */
  readSheet(options: ReadOptions): Promise<SheetSnapshot>;
  /** Only the active sheet's identity, and the document's records when asked. One round trip. */
  readActive(options: { document: boolean }): Promise<{ sheet: SheetIdentity; document: DocumentState | null }>;
  /** Gives cells of sheet `sheetId` exactly their recorded fill again (No Fill included). */
  queueRestoreFills(sheetId: string, cells: readonly StoredHighlight[]): void;
  /** Paints rectangles in order (a later one wins where they overlap). */
  queuePaint(sheetId: string, paint: readonly PaintOp[]): void;
  /** Sets, then removes, custom document properties, in the order given. */
  queueProperties(ops: PropertyOps): void;
  queueFormulas(sheetId: string, writes: readonly FormulaWrite[]): void;
  /** Puts back what a fill overwrote: a formula as a formula, a constant (or blank) as a value. */
  queueContents(sheetId: string, cells: readonly PreviousContent[]): void;
  queueValues(sheetId: string, cells: readonly ValueWrite[]): void;
  /** Activates sheet `sheetName` and selects `cell` on it. */
  queueSelect(sheetName: string, cell: string): void;
  /** Applies everything queued, in order: one round trip. */
  commit(): Promise<void>;
}

/** What the previous PERF version kept in the document settings by worksheet id; hosts without it return nothing. */
export interface LegacyRecords {
  highlights(sheetId: string): StoredHighlight[];
  fill(sheetId: string): PreviousContent[];
  /** Drops one of the sheet's entries once its contents live in the new record (or were used). */
  forget(sheetId: string, kind: "highlights" | "fill"): Promise<void>;
}

export interface WorkbookHost {
  /** Runs one user action as one session (Office.js: one Excel.run). */
  session<T>(action: (session: HostSession) => Promise<T>): Promise<T>;
  /** Calls `onChange` for every edit in any worksheet from now on (the caller ignores what it does not need). */
  watchChanges(onChange: (change: SheetChange) => void): Promise<void>;
  legacy: LegacyRecords;
}

/** A host with nothing from a previous version. */
export const NO_LEGACY: LegacyRecords = Object.freeze({
  highlights: () => [],
  fill: () => [],
  forget: async () => undefined,
});
