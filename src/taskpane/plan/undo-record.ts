// What 填写总分 overwrote, kept in the document so 撤销填写 can put it back in a later session: a second kind of
// the property-record family (property-record.ts; same parts, header and writing order as the original fills),
// so any host reads it, and keyed by SHEET NAME with the worksheet id as a hint, because Excel does not keep ids
// from one opening to the next on every platform (office-js-docs#297, office-js#1390). Pure.
//
// FORMAT, version 1. Header "PERF_UNDO", parts "PERF_UNDO_<generation>_<n>", joined:
//   {"format":"perf-fill-undo","version":1,"sheets":[
//     {"name":"自评表","idHint":"{8D1C0A52-…}",
//      "cells":[{"cell":"H30","formula":null,"value":90.6,"written":"=SUM(H6,H13:H29)"}]}]}
// `formula` is the previous formula with its "=", or null when the cell held a constant (`value`, null when empty).
import { z } from "zod/mini";
import {
  decodeRecord,
  findSheetEntry,
  RecordError,
  RecordWriter,
  withSheetEntry,
  type PropertyOps,
  type RecordKind,
  type SheetIdentity,
} from "./property-record";

const PreviousContentSchema = z.object({
  cell: z.string().check(z.regex(/^[A-Z]{1,3}[1-9][0-9]*$/)),
  /** The formula with its "=", or null when the cell held a constant (or nothing). */
  formula: z.nullable(z.string()),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  /** The formula the fill wrote, shown next to the previous content. */
  written: z.string(),
});

/** One cell 填写总分 wrote: what it held before, and what was written. */
export type PreviousContent = z.infer<typeof PreviousContentSchema>;

const UndoSheetSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(31)),
  idHint: z.nullable(z.string()),
  cells: z.array(PreviousContentSchema),
});

export const UndoRecordDocumentSchema = z
  .object({
    format: z.literal("perf-fill-undo"),
    version: z.literal(1),
    sheets: z.array(UndoSheetSchema),
  })
  .check(
    z.refine((d) => new Set(d.sheets.map((s) => s.name.toUpperCase())).size === d.sheets.length, {
      message: "two records for the same sheet name",
    }),
  );

export type UndoSheetRecord = z.infer<typeof UndoSheetSchema>;

export interface UndoStore {
  sheets: UndoSheetRecord[];
  /** The generation it was read from; 0 when nothing was stored. */
  generation: number;
}

export const UNDO_RECORD: RecordKind = Object.freeze({
  header: "PERF_UNDO",
  format: "perf-fill-undo",
  version: 1,
  codes: { corrupt: "PerfUndoRecordCorrupt", newer: "PerfUndoRecordNewer" },
  retry: { zh: "撤销填写", en: "undoing the fill" },
});

/** Reads the undo record from the document's properties; none: an empty store. Unreadable: RecordError. */
export function decodeUndoStore(properties: Iterable<readonly [string, unknown]>): UndoStore {
  const found = decodeRecord(UNDO_RECORD, properties);
  if (!found) return { sheets: [], generation: 0 };
  const doc = UndoRecordDocumentSchema.safeParse(found.json);
  if (!doc.success) throw new RecordError(UNDO_RECORD.codes.corrupt, UNDO_RECORD, false, doc.error.issues[0]?.message ?? "invalid record");
  return { sheets: doc.data.sheets, generation: found.generation };
}

/** The sheet's record (by name; by id hint only for a renamed sheet). */
export function findUndoRecord(store: UndoStore, sheet: SheetIdentity, sheetNames: readonly string[]): UndoSheetRecord | null {
  return findSheetEntry(store.sheets, sheet, sheetNames);
}

/** The store with the sheet's cells replaced (its record removed when `cells` is empty). */
export function withUndoRecord(store: UndoStore, sheet: SheetIdentity, cells: PreviousContent[], found: UndoSheetRecord | null): UndoStore {
  const record = cells.length > 0 ? { name: sheet.name, idHint: sheet.id, cells } : null;
  return { sheets: withSheetEntry(store.sheets, sheet, record, found), generation: store.generation };
}

/** The property operations that make the document hold `store` (removing the record when no sheet has cells). */
export function planUndoWrite(propertyNames: Iterable<string>, store: UndoStore): PropertyOps {
  const sheets = store.sheets.filter((s) => s.cells.length > 0);
  const doc = sheets.length > 0 ? { format: UNDO_RECORD.format, version: UNDO_RECORD.version, sheets } : null;
  return new RecordWriter(UNDO_RECORD, propertyNames, store.generation).write(doc);
}
