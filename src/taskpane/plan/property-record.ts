// The family of records PERF keeps in a workbook's custom document properties: one versioned JSON document per
// kind (the original fills of highlighted cells: fill-record.ts; what 填写总分 overwrote: undo-record.ts), written
// the same way so any host (Office.js workbook.properties.custom, WPS Workbook.CustomDocumentProperties) reads
// what another wrote. Pure; the reasons for properties rather than a hidden sheet are in fill-record.ts.
//
// LAYOUT of a kind with header name H (e.g. "PERF_FILLS"):
//   H = {"format":"<format>","version":<v>,"generation":<g>,"parts":<n>,"length":<characters>}
//   H_<g>_1 … H_<g>_<n> = consecutive slices of the JSON document, ASCII only (non-ASCII as \uXXXX, so
//   characters = bytes in any encoding), at most PART_CHARS characters each (Excel outside the web trims values
//   over 255 characters silently; the header's length catches any host that trims).
// WRITING order (planRecordWrite): the parts of generation g+1 under new names, then the header (the switch), then
// the deletion of older parts; an empty record deletes the header first. A write cut short anywhere leaves the old
// document or the new one whole, plus stray parts the next write deletes.
import { z } from "zod/mini";

/** One kind of record: its header property, its format name and the version this code writes. */
export interface RecordKind {
  header: string;
  format: string;
  version: number;
  /** Error codes the pane shows when the record cannot be read. */
  codes: { corrupt: string; newer: string };
  /** What the user should do before retrying, after "update the add-in", in both languages. */
  retry: { zh: string; en: string };
}

/** Below Excel's 255-character limit on property values, with room to spare. */
export const PART_CHARS = 240;

/** A record this version cannot read; thrown rather than ignored, so nothing is restored from a guess. */
export class RecordError extends Error {
  constructor(
    readonly code: string,
    kind: RecordKind,
    newer: boolean,
    detail: string,
  ) {
    super(
      newer
        ? `文档中的 PERF 记录（自定义属性 ${kind.header}）由更新版本写入，请更新加载项后再${kind.retry.zh}。/ The PERF record in this document (custom property ${kind.header}) was saved by a newer PERF version (${detail}); update the add-in before you ${kind.retry.en}.`
        : `文档中的 PERF 记录（自定义属性 ${kind.header}）无法读取：${detail} / The PERF record in this document (custom property ${kind.header}) is unreadable: ${detail}`,
    );
    this.name = "RecordError";
  }
}

const HeaderSchema = z.object({
  format: z.string(),
  version: z.int().check(z.positive()),
  generation: z.int().check(z.nonnegative()),
  parts: z.int().check(z.positive()),
  length: z.int().check(z.positive()),
});

function partName(kind: RecordKind, generation: number, index: number): string {
  return `${kind.header}_${generation}_${index}`;
}

/** JSON text with every non-ASCII character escaped, so its length is the same in characters and bytes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whether a document property is one of `kind`'s (its header or a part), whatever its case. */
export function isRecordProperty(kind: RecordKind, name: string): boolean {
  const upper = name.toUpperCase();
  if (upper === kind.header.toUpperCase()) return true;
  const prefix = `${kind.header.toUpperCase()}_`;
  return upper.startsWith(prefix) && /^[0-9]+_[0-9]+$/.test(upper.slice(prefix.length));
}

/** The properties that hold `doc` as generation `generation`, in writing order: the parts, then the header. Empty for null. */
export function encodeRecord(kind: RecordKind, doc: unknown, generation: number): [string, string][] {
  if (doc === null) return [];
  const body = asciiJson(doc);
  const parts: [string, string][] = [];
  for (let i = 0; i < body.length; i += PART_CHARS)
    parts.push([partName(kind, generation, parts.length + 1), body.slice(i, i + PART_CHARS)]);
  const header = asciiJson({ format: kind.format, version: kind.version, generation, parts: parts.length, length: body.length });
  return [...parts, [kind.header, header]];
}

/**
 * The JSON document of `kind` in the document's properties (names compared ignoring case, as both hosts do), or
 * null when there is no header. Anything else unexpected throws RecordError; the caller validates the document.
 */
export function decodeRecord(
  kind: RecordKind,
  properties: Iterable<readonly [string, unknown]>,
): { json: unknown; generation: number } | null {
  const corrupt = (detail: string) => new RecordError(kind.codes.corrupt, kind, false, detail);
  const byName = new Map<string, unknown>();
  for (const [name, value] of properties) byName.set(name.toUpperCase(), value);
  const rawHeader = byName.get(kind.header.toUpperCase());
  if (rawHeader === undefined || rawHeader === null) return null;
  if (typeof rawHeader !== "string") throw corrupt(`${kind.header} is not text`);
  let headerJson: unknown;
  try {
    headerJson = JSON.parse(rawHeader);
  } catch {
    throw corrupt(`${kind.header} is not JSON`);
  }
  const header = HeaderSchema.safeParse(headerJson);
  if (!header.success || header.data.format !== kind.format) throw corrupt(`${kind.header} is not a PERF header`);
  if (header.data.version > kind.version) throw new RecordError(kind.codes.newer, kind, true, `version ${header.data.version}`);
  let body = "";
  for (let i = 1; i <= header.data.parts; i++) {
    const part = byName.get(partName(kind, header.data.generation, i).toUpperCase());
    if (typeof part !== "string") throw corrupt(`part ${i} of ${header.data.parts} is missing`);
    body += part;
  }
  // A host that trimmed a part (a lower limit than Excel's 255) shortens the text: caught here.
  if (body.length !== header.data.length) throw corrupt(`${body.length} characters instead of ${header.data.length}`);
  try {
    return { json: JSON.parse(body), generation: header.data.generation };
  } catch {
    throw corrupt("the parts do not join into JSON");
  }
}

/** Property operations, applied in this order: `set` (parts, then the header), then `remove`. */
export interface PropertyOps {
  set: [string, string][];
  remove: string[];
}

/**
 * The operations that make the document hold `doc` (null: nothing) as the generation after `generation`; `existing`
 * are the names the document has now. Removes only `kind`'s own properties nothing refers to any more, the
 * header first when the record goes away.
 */
export function planRecordWrite(
  kind: RecordKind,
  existing: Iterable<string>,
  doc: unknown,
  generation: number,
): PropertyOps & { generation: number } {
  const next = generation + 1;
  const set = encodeRecord(kind, doc, next);
  const kept = new Set(set.map(([name]) => name.toUpperCase()));
  const header = kind.header.toUpperCase();
  const remove = [...existing]
    .filter((name) => isRecordProperty(kind, name) && !kept.has(name.toUpperCase()))
    .sort((a, b) => Number(b.toUpperCase() === header) - Number(a.toUpperCase() === header));
  return { generation: next, set, remove };
}

/**
 * Plans successive writes of one kind within one batch (e.g. the union of originals before a paint, the final
 * record after it): each knows which parts the ones before it left and writes the next generation.
 */
export class RecordWriter {
  private readonly present = new Map<string, string>();

  constructor(
    private readonly kind: RecordKind,
    propertyNames: Iterable<string>,
    private generation: number,
  ) {
    for (const name of propertyNames) this.present.set(name.toUpperCase(), name);
  }

  /** The operations for `doc` (null: remove the record). */
  write(doc: unknown): PropertyOps {
    const plan = planRecordWrite(this.kind, this.present.values(), doc, this.generation);
    for (const name of plan.remove) this.present.delete(name.toUpperCase());
    for (const [name] of plan.set) this.present.set(name.toUpperCase(), name);
    this.generation = plan.generation;
    return { set: plan.set, remove: plan.remove };
  }
}

/** The worksheet a record belongs to: found by name, the id kept only as a hint. */
export interface SheetIdentity {
  id: string;
  name: string;
}

/** What every per-sheet entry of a record carries. */
export interface SheetKeyed {
  name: string;
  idHint: string | null;
}

/**
 * The entry of `sheet`: the one with its name (after a reopen the id may be new: office-js-docs#297,
 * office-js#1390), else the one whose id hint is this sheet's id, but only if that entry's name is no longer a
 * sheet of the workbook, i.e. this sheet was renamed since. A hint whose name still exists belongs to that sheet:
 * ids may be reassigned on reopen, names are not.
 */
export function findSheetEntry<T extends SheetKeyed>(entries: readonly T[], sheet: SheetIdentity, sheetNames: readonly string[]): T | null {
  const byName = entries.find((s) => s.name === sheet.name);
  if (byName) return byName;
  const names = new Set(sheetNames);
  return entries.find((s) => s.idHint === sheet.id && !names.has(s.name)) ?? null;
}

/**
 * The entries with `sheet`'s replaced by `entry` (removed when null), under its current name; `found` is the entry
 * findSheetEntry returned, dropped even when it was under an older name.
 */
export function withSheetEntry<T extends SheetKeyed>(entries: readonly T[], sheet: SheetIdentity, entry: T | null, found: T | null): T[] {
  const out: T[] = [];
  let placed = false;
  for (const s of entries) {
    if (s === found || s.name === sheet.name) {
      if (!placed && entry) out.push(entry);
      placed = true;
      continue;
    }
    out.push(s);
  }
  if (!placed && entry) out.push(entry);
  return out;
}
