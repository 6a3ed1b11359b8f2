// The original fills of highlighted cells as they are kept in the document: one versioned format,
// host-neutral (plain data, no Office or WPS types), so the Excel adapter now and a WPS adapter later
// read and write the same record. Pure; a later issue moves it into the core.
//
// WHERE IT LIVES: custom document properties, not a very hidden sheet. Reasons, after the WPS notes
// (see docs/wps.md; the reasoning is restated here):
// - Both hosts reach the same store through a documented API: Office.js `workbook.properties.custom`
//   (ExcelApi 1.7, inside the 1.9 that reading fills already needs) and WPS
//   `Workbook.CustomDocumentProperties` (Add/Item/Value/Delete, seen working in a real ET add-in). So
//   the record written by one host is read by the other with no translation.
// - Properties leave the workbook's structure alone. A very hidden sheet is still a sheet: adding it
//   fails when the workbook structure is protected, it shows in the VBA/JS sheet lists of both hosts,
//   every reader (our own perf-check checks every sheet) must learn to skip it, and it would itself be
//   one more worksheet whose id is not stable.
// - The price is the length limit: Excel outside the web trims string values to 255 characters
//   silently (Office.js CustomProperty.value docs), and the WPS limit is unknown (the notes say: chunk).
//   So the JSON is written as ASCII only (non-ASCII escaped as \uXXXX, so characters = bytes in any
//   encoding) in parts of at most PART_CHARS characters, and a header records the number of parts and
//   the total length: a host that trims shows up as an unreadable record, never as a wrong restore.
//   Records are small (a palette of distinct fills plus one index per cell), so the count stays low.
//
// FORMAT, version 1. Property "PERF_FILLS" (the header):
//   {"format":"perf-original-fills","version":1,"generation":7,"parts":2,"length":301}
// Properties "PERF_FILLS_7_1" … "PERF_FILLS_7_<parts>" (generation _ part): consecutive slices of one
// JSON document (its JSON Schema: fill-record.schema.json next to this file, fillRecordJsonSchema()):
//   {"format":"perf-original-fills","version":1,"sheets":[
//     {"name":"自评表","idHint":"{8D1C0A52-…}",
//      "fills":[{"color":"#FFFFFF","pattern":"None","patternColor":null,"tint":null},
//               {"color":"#FFC7CE","pattern":"Solid","patternColor":null,"tint":0}],
//      "cells":{"B14":0,"C14":1}}]}
// - Records are keyed by SHEET NAME (what survives closing and reopening on every platform); the
//   worksheet id is only a hint for a sheet renamed since (see findSheetRecord).
// - Every cell the pane painted has its fill as it was before the pane first touched it: `fills` is a
//   palette, `cells` maps an A1 address to a palette index. A fill that happens to equal a highlight
//   colour is recorded like any other, so it comes back exactly.
// - A fill: `color` "#RRGGBB"; `pattern` the XlPattern name without its prefix as Office.js spells
//   it ("None" = No Fill, "Solid", "Gray50", …; a WPS adapter maps these to the xlPattern numbers);
//   `patternColor` "#RRGGBB" or null; `tint` the TintAndShade (-1…1), null when the host reported none
//   (Office reports null only for No Fill, which otherwise reads as white: office-js#6218).
// Writing and reading the parts: property-record.ts, shared with the undo record of 填写总分 (undo-record.ts).
import { z } from "zod/mini";
import {
  decodeRecord,
  encodeRecord,
  findSheetEntry,
  isRecordProperty,
  PART_CHARS,
  planRecordWrite,
  RecordError,
  withSheetEntry,
  type RecordKind,
  type SheetIdentity,
} from "./property-record";

export { PART_CHARS, type SheetIdentity } from "./property-record";

/** The fill of one cell; tintAndShade is null and pattern "None" for No Fill (which also reads as #FFFFFF). */
export interface CellFill {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number | null;
}

export const NO_FILL: CellFill = Object.freeze({ color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: null });

/**
 * No Fill and a white fill both read as #FFFFFF (office-js#6218); Microsoft's workaround is tintAndShade,
 * which is null only for No Fill. Pattern "None" says the same on hosts that report it.
 */
export function isNoFill(fill: CellFill): boolean {
  return fill.pattern === "None" || fill.tintAndShade === null;
}

/** One painted cell and the fill it had before the pane first painted it. */
export interface StoredHighlight {
  cell: string;
  original: CellFill;
}

/** One sheet's record: found by name, the id kept only as a hint. */
export interface SheetRecord {
  name: string;
  idHint: string | null;
  cells: StoredHighlight[];
}

/** Everything the document holds, decoded. */
export interface FillStore {
  sheets: SheetRecord[];
  /** The generation of the parts it was read from; 0 when nothing was stored. */
  generation: number;
}

export const FORMAT_NAME = "perf-original-fills";
export const FORMAT_VERSION = 1;
/** The header property; the parts are HEADER_PROPERTY + "_<generation>_1" … "_<generation>_<parts>". */
export const HEADER_PROPERTY = "PERF_FILLS";

export type FillRecordErrorCode = "PerfFillRecordCorrupt" | "PerfFillRecordNewer";

/** The original-fills kind of the property-record family. */
export const FILL_RECORD: RecordKind = Object.freeze({
  header: HEADER_PROPERTY,
  format: FORMAT_NAME,
  version: FORMAT_VERSION,
  codes: { corrupt: "PerfFillRecordCorrupt", newer: "PerfFillRecordNewer" } satisfies Record<string, FillRecordErrorCode>,
  retry: { zh: "清除标记", en: "clearing the highlights" },
});

/** A record this version cannot read (codes: FillRecordErrorCode); thrown rather than ignored. */
export const FillRecordError = RecordError;
export type FillRecordError = RecordError;

const HexColor = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/));

const StoredFillSchema = z.object({
  color: HexColor.check(z.describe("Fill colour, #RRGGBB (No Fill reads as #FFFFFF).")),
  pattern: z
    .string()
    .check(
      z.regex(/^[A-Za-z0-9]+$/),
      z.describe('XlPattern name without the prefix, as Office.js spells it: "None" (No Fill), "Solid", "Gray50", ...'),
    ),
  patternColor: z.nullable(HexColor).check(z.describe("Pattern colour, #RRGGBB, or null.")),
  tint: z
    .nullable(z.number().check(z.gte(-1), z.lte(1)))
    .check(z.describe("TintAndShade, -1..1; null when the host reported none (No Fill).")),
});

const SheetRecordSchema = z
  .object({
    name: z.string().check(z.minLength(1), z.maxLength(31), z.describe("The worksheet's name: the key of the record.")),
    idHint: z
      .nullable(z.string())
      .check(z.describe("The worksheet's id when written; only a hint, ids change on reopen on some platforms.")),
    fills: z.array(StoredFillSchema).check(z.describe("Palette of the distinct original fills.")),
    cells: z
      .record(z.string().check(z.regex(/^[A-Z]{1,3}[1-9][0-9]*$/)), z.int().check(z.nonnegative()))
      .check(z.describe("A1 address of every cell the pane painted → index into fills of its original fill.")),
  })
  .check(
    z.refine((r) => Object.values(r.cells).every((i) => i < r.fills.length), {
      message: "a cell refers to a fill the palette does not have",
    }),
  );

export const FillRecordDocumentSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    version: z.literal(FORMAT_VERSION),
    sheets: z.array(SheetRecordSchema),
  })
  .check(
    // Excel and WPS sheet names are unique ignoring case; two records for one name could not both be right.
    z.refine((d) => new Set(d.sheets.map((s) => s.name.toUpperCase())).size === d.sheets.length, {
      message: "two records for the same sheet name",
    }),
    z.describe(
      `PERF original fills, version ${FORMAT_VERSION}: the JSON text split over custom document properties ${HEADER_PROPERTY}_<generation>_1..n, ` +
        `with ${HEADER_PROPERTY} = {"format","version","generation","parts","length"}. Written ASCII-only, parts of at most ${PART_CHARS} characters.`,
    ),
  );

export type FillRecordDocument = z.infer<typeof FillRecordDocumentSchema>;

function fillKey(fill: CellFill): string {
  return JSON.stringify([fill.color.toUpperCase(), fill.pattern, fill.patternColor?.toUpperCase() ?? null, fill.tintAndShade]);
}

/** The document form of the store: records without cells are left out. */
export function toDocument(store: Pick<FillStore, "sheets">): FillRecordDocument {
  const sheets = store.sheets
    .filter((s) => s.cells.length > 0)
    .map((sheet) => {
      const palette = new Map<string, number>();
      const fills: FillRecordDocument["sheets"][number]["fills"] = [];
      const cells: Record<string, number> = {};
      for (const { cell, original } of sheet.cells) {
        const key = fillKey(original);
        let index = palette.get(key);
        if (index === undefined) {
          index = fills.length;
          palette.set(key, index);
          fills.push({
            color: original.color.toUpperCase(),
            pattern: original.pattern,
            patternColor: original.patternColor?.toUpperCase() ?? null,
            tint: original.tintAndShade,
          });
        }
        cells[cell] = index;
      }
      return { name: sheet.name, idHint: sheet.idHint, fills, cells };
    });
  return { format: FORMAT_NAME, version: FORMAT_VERSION, sheets };
}

export function fromDocument(doc: FillRecordDocument, generation: number): FillStore {
  return {
    generation,
    sheets: doc.sheets.map((s) => ({
      name: s.name,
      idHint: s.idHint,
      cells: Object.entries(s.cells).map(([cell, index]) => {
        const f = s.fills[index];
        return { cell, original: { color: f.color, pattern: f.pattern, patternColor: f.patternColor, tintAndShade: f.tint } };
      }),
    })),
  };
}

/** The document to store, or null when nothing is highlighted anywhere (the record is then removed). */
export function fillDocument(store: Pick<FillStore, "sheets">): FillRecordDocument | null {
  const doc = toDocument(store);
  return doc.sheets.length === 0 ? null : doc;
}

/**
 * The properties that hold `store` as generation `generation`, in writing order: the parts, then the
 * header. Empty when nothing is highlighted anywhere.
 */
export function encodeFillStore(store: Pick<FillStore, "sheets">, generation: number): [string, string][] {
  return encodeRecord(FILL_RECORD, fillDocument(store), generation);
}

/** Whether a document property is one of ours (the header or a part), whatever its case. */
export function isStoreProperty(name: string): boolean {
  return isRecordProperty(FILL_RECORD, name);
}

/**
 * Reads the store from the document's properties (name → value, names compared ignoring case as both
 * hosts do). No header: nothing stored. Anything else unexpected throws FillRecordError.
 */
export function decodeFillStore(properties: Iterable<readonly [string, unknown]>): FillStore {
  const found = decodeRecord(FILL_RECORD, properties);
  if (!found) return { sheets: [], generation: 0 };
  const doc = FillRecordDocumentSchema.safeParse(found.json);
  if (!doc.success) throw new RecordError(FILL_RECORD.codes.corrupt, FILL_RECORD, false, doc.error.issues[0]?.message ?? "invalid record");
  return fromDocument(doc.data, found.generation);
}

/**
 * The property operations, to be applied in this order, that make the document hold `store` as the
 * generation after the store's own: `set` (parts, then the header), then `remove` (our properties
 * nothing refers to any more; the header first when the store is empty). `existing` are the names the
 * document has now.
 */
export function planStoreWrite(
  existing: Iterable<string>,
  store: FillStore,
): { generation: number; set: [string, string][]; remove: string[] } {
  return planRecordWrite(FILL_RECORD, existing, fillDocument(store), store.generation);
}

/** The record of `sheet` (by name; by id hint only for a renamed sheet: see findSheetEntry). */
export function findSheetRecord(store: FillStore, sheet: SheetIdentity, sheetNames: readonly string[]): SheetRecord | null {
  return findSheetEntry(store.sheets, sheet, sheetNames);
}

/**
 * The store with `sheet`'s record replaced by `cells` (removed when empty), under its current name and
 * id; `found` is the record findSheetRecord returned, dropped even when it was under an older name.
 */
export function withSheetRecord(store: FillStore, sheet: SheetIdentity, cells: StoredHighlight[], found: SheetRecord | null): FillStore {
  const record = cells.length > 0 ? { name: sheet.name, idHint: sheet.id, cells } : null;
  return { sheets: withSheetEntry(store.sheets, sheet, record, found), generation: store.generation };
}

/** The JSON Schema of the document (the joined parts), as checked in next to this file. */
export function fillRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FillRecordDocumentSchema, { io: "input" }) as Record<string, unknown>;
}
