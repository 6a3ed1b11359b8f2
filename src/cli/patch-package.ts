// Writes the fix cells and fills into an Office Open XML package at the XML level: only the patched
// worksheets and xl/styles.xml change, every other part (macros, protection, print settings, charts,
// comments, custom properties…) is carried over as it was. No writing library models all of those.
//
// xl/calcChain.xml is left alone on purpose: a formula cell missing from the chain is simply added
// by Excel when it next calculates (ECMA-376 Part 1 §18.6: the chain only orders calculation), and
// we never turn a formula cell into a constant, which is the change that makes Excel report a
// damaged chain. Shared-formula dependents we un-share stay formula cells too.
import path from "node:path";
import JSZip from "jszip";
import { columnLetters, parseA1, toA1, type CellWrite } from "../model";
import { MESSAGE_TABLES, type MessageKey } from "./messages";
import { addLegacyDrawing, legacyDrawingId, mergeComments, mergeVml, type NoteCell } from "./review/notes-xml";

/**
 * What to write into one cell: a formula with its cached value, a fill colour (ARGB), a note (批注, a
 * classic comment: review/notes.ts), or any of them together.
 */
export interface CellPatch {
  fix?: CellWrite;
  fill?: string;
  note?: string;
}

/** Patches per sheet name, then per cell, keyed by 0-based "row,col" (the fill plan's keys). */
export type PackagePlan = Map<string, Map<string, CellPatch>>;

/** A copy that cannot be patched safely; key and params name the message in both languages. */
export class CopyError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string>,
  ) {
    const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
    super(`${fill(MESSAGE_TABLES.zh[key])} (${fill(MESSAGE_TABLES.en[key])})`);
    this.name = "CopyError";
  }
}

// A start tag's attributes, quoted values included: a value may hold ">" (a sheet named "A>B").
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

const REL_OFFICE_DOCUMENT = "/officeDocument";
const REL_STYLES = "/styles";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * Applies the plan to the package's bytes and returns the new package. Throws CopyError when a
 * sheet is missing or a fix would cut an array formula in two.
 */
export async function patchPackage(bytes: Uint8Array, plan: PackagePlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookPath = await officeDocumentPath(zip);
  const workbookXml = await zip.file(workbookPath)!.async("string");
  const rels = await relationships(zip, workbookPath);
  const sheets = sheetParts(workbookXml, rels, workbookPath);
  const targets: [string, string, Map<string, CellPatch>][] = [];
  for (const [sheet, cells] of plan) {
    const part = sheets.get(sheet);
    if (part === undefined || zip.file(part) === null) throw new CopyError("copySheetMissing", { sheet });
    targets.push([sheet, part, cells]);
  }
  const needsStyles = targets.some(([, , cells]) => [...cells.values()].some((p) => p.fill !== undefined));
  const stylesRel = [...rels.values()].find((r) => r.type.endsWith(REL_STYLES));
  let stylesPath = stylesRel ? resolveTarget(workbookPath, stylesRel.target) : null;
  let styles: Styles | null = null;
  if (needsStyles) {
    const existing = stylesPath !== null ? zip.file(stylesPath) : null;
    if (existing) {
      styles = new Styles(await existing.async("string"));
    } else {
      stylesPath = await addStylesPart(zip, workbookPath);
      styles = new Styles(MINIMAL_STYLES);
    }
  }
  for (const [sheet, part, cells] of targets) {
    const original = await zip.file(part)!.async("string");
    // A cell with only a note is not written: its note lives in the comments part and the VML drawing.
    const writes = new Map([...cells].filter(([, p]) => p.fix !== undefined || p.fill !== undefined));
    let xml = writes.size > 0 ? patchSheetXml(original, sheet, writes, styles) : original;
    const notes = noteCells(cells);
    if (notes.length > 0) xml = await attachNotes(zip, part, xml, notes);
    if (xml !== original) zip.file(part, xml);
  }
  if (styles !== null && styles.changed && stylesPath !== null) zip.file(stylesPath, styles.toXml());
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------------------------------------
// Package structure: the workbook part, its relationships, and each sheet's part.

async function officeDocumentPath(zip: JSZip): Promise<string> {
  const rootRels = zip.file("_rels/.rels");
  if (rootRels) {
    for (const rel of parseRelationships(await rootRels.async("string")).values()) {
      if (rel.type.endsWith(REL_OFFICE_DOCUMENT)) {
        const target = resolveTarget("", rel.target);
        if (zip.file(target)) return target;
      }
    }
  }
  if (zip.file("xl/workbook.xml")) return "xl/workbook.xml";
  throw new CopyError("copyNoWorkbookPart", {});
}

interface Relationship {
  type: string;
  target: string;
}

async function relationships(zip: JSZip, partPath: string): Promise<Map<string, Relationship>> {
  const file = zip.file(relsPathOf(partPath));
  return file ? parseRelationships(await file.async("string")) : new Map();
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function parseRelationships(xml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b(${ATTRS})/?>`, "g"))) {
    const attrs = parseAttributes(m[1]);
    if (attrs.Id && attrs.Target && attrs.TargetMode !== "External") {
      rels.set(attrs.Id, { type: attrs.Type ?? "", target: attrs.Target });
    }
  }
  return rels;
}

/** A relationship target resolved against its source part's folder (or the package root when it starts with "/"). */
function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target);
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Sheet name (XML-unescaped, as readers report it) → the worksheet's part path. */
function sheetParts(workbookXml: string, rels: Map<string, Relationship>, workbookPath: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(new RegExp(`<(?:[\\w.-]+:)?sheet\\b(${ATTRS})/?>`, "g"))) {
    const attrs = parseAttributes(m[1]);
    // The relationship id attribute is r:id, whatever prefix the file binds to the relationships namespace.
    const idKey = Object.keys(attrs).find((k) => /^[\w.-]+:id$/.test(k));
    const rel = idKey ? rels.get(attrs[idKey]) : undefined;
    if (attrs.name !== undefined && rel) parts.set(attrs.name, resolveTarget(workbookPath, rel.target));
  }
  return parts;
}

// A styles part for the rare package that has none (the default font, the two fills Excel reserves,
// no border, one cell format), so fills have somewhere to live.
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

// Registers a new styles part: its relationship from the workbook and its content type.
async function addStylesPart(zip: JSZip, workbookPath: string): Promise<string> {
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const stylesPath = `${folder}styles.xml`;
  const relsPath = relsPathOf(workbookPath);
  const relsFile = zip.file(relsPath);
  let relsXml = relsFile
    ? await relsFile.async("string")
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set(parseRelationships(relsXml).keys());
  let n = 1;
  while (ids.has(`rIdStyles${n}`)) n++;
  const rel = `<Relationship Id="rIdStyles${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  relsXml = relsXml.replace(/<\/(?:[\w.-]+:)?Relationships>\s*$/, (end) => rel + end);
  zip.file(relsPath, relsXml);
  const typesFile = zip.file("[Content_Types].xml");
  if (typesFile) {
    const types = await typesFile.async("string");
    const override = `<Override PartName="/${stylesPath}" ContentType="${STYLES_CONTENT_TYPE}"/>`;
    zip.file(
      "[Content_Types].xml",
      types.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (end) => override + end),
    );
  }
  return stylesPath;
}

// ---------------------------------------------------------------------------------------------
// xl/styles.xml: one solid fill per colour and one clone of a cell format per (format, colour).

export class Styles {
  changed = false;
  private readonly prefix: string;
  private readonly xfs: string[];
  private readonly fills: string[];
  private readonly fillIds = new Map<string, number>();
  private readonly clones = new Map<string, number>();

  constructor(private xml: string) {
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    this.xfs = elements(sectionBody(xml, this.prefix, "cellXfs") ?? "", this.prefix, "xf");
    this.fills = elements(sectionBody(xml, this.prefix, "fills") ?? "", this.prefix, "fill");
  }

  /** The cell format index that is `xf` with a solid `argb` fill, made on first use. */
  withFill(xf: number, argb: string): number {
    const key = `${xf}|${argb}`;
    const known = this.clones.get(key);
    if (known !== undefined) return known;
    if (this.xfs.length === 0) this.xfs.push(`<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    const base = this.xfs[xf] ?? this.xfs[0];
    const clone = setAttributes(base, { fillId: String(this.fillId(argb)), applyFill: "1" });
    this.xfs.push(clone);
    this.clones.set(key, this.xfs.length - 1);
    this.changed = true;
    return this.xfs.length - 1;
  }

  private fillId(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const p = this.prefix;
    // Excel reserves fills 0 and 1 (none, gray125); a package without them would shift our index onto those meanings.
    if (this.fills.length === 0) {
      this.fills.push(`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      this.fills.push(`<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    }
    this.fills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.fillIds.set(argb, this.fills.length - 1);
    return this.fills.length - 1;
  }

  toXml(): string {
    let xml = replaceSection(this.xml, this.prefix, "fills", this.fills, ["borders", "cellStyleXfs", "cellXfs"]);
    xml = replaceSection(xml, this.prefix, "cellXfs", this.xfs, ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
    return xml;
  }
}

/** The inner text of <prefix:name …>…</prefix:name>, "" for a self-closing one, null when absent. */
function sectionBody(xml: string, prefix: string, name: string): string | null {
  const open = new RegExp(`<${escapeRegExp(prefix + name)}\\b${ATTRS}(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === "/") return "";
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${prefix}${name}>`, start);
  return end < 0 ? null : xml.slice(start, end);
}

// Rewrites a section with the given children and a matching count; a missing section goes before the first of `before`.
function replaceSection(xml: string, prefix: string, name: string, children: string[], before: string[]): string {
  const tag = prefix + name;
  const open = new RegExp(`<${escapeRegExp(tag)}\\b(${ATTRS})(/?)>`).exec(xml);
  if (open) {
    const attrs = setAttributeText(open[1], "count", String(children.length));
    const end = open[2] === "/" ? open.index + open[0].length : xml.indexOf(`</${tag}>`, open.index) + `</${tag}>`.length;
    return `${xml.slice(0, open.index)}<${tag}${attrs}>${children.join("")}</${tag}>${xml.slice(end)}`;
  }
  const section = `<${tag} count="${children.length}">${children.join("")}</${tag}>`;
  for (const next of before) {
    const at = new RegExp(`<${escapeRegExp(prefix + next)}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + section + xml.slice(at.index);
  }
  return xml.replace(new RegExp(`</${escapeRegExp(prefix)}styleSheet>`), (end) => section + end);
}

/** The direct <prefix:name> children of a section body (self-closing or with content). */
function elements(body: string, prefix: string, name: string): string[] {
  const tag = escapeRegExp(prefix + name);
  const re = new RegExp(`<${tag}\\b${ATTRS}(?:/>|>[\\s\\S]*?</${tag}>)`, "g");
  return body.match(re) ?? [];
}

// ---------------------------------------------------------------------------------------------
// One worksheet: the <sheetData> rows and cells.

interface ParsedCell {
  start: number;
  end: number;
  col: number;
  attrs: Record<string, string>;
  /** The cell's <f> element, when it has one. */
  formula: { attrs: Record<string, string>; text: string } | null;
}

interface ParsedRow {
  start: number;
  end: number;
  row: number;
  openTag: string;
  attrs: Record<string, string>;
  /** Offsets of the row's inner text (equal for a self-closing row). */
  innerStart: number;
  innerEnd: number;
  cells: ParsedCell[];
}

/** Patches one worksheet's XML (styles may be null when no patch has a fill). Exported for the unit tests. */
export function patchSheetXml(xml: string, sheet: string, cells: Map<string, CellPatch>, styles: Styles | null): string {
  const open = new RegExp(`<([\\w.-]+:)?sheetData\\b${ATTRS}(/?)>`).exec(xml);
  if (!open) throw new CopyError("copySheetMissing", { sheet });
  const p = open[1] ?? "";
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const bodyEnd = open[2] === "/" ? bodyStart : xml.indexOf(closeTag, bodyStart);
  let body = xml.slice(bodyStart, bodyEnd);
  const colStyles = columnStyles(xml, p);

  body = unshareMastersAt(body, p, sheet, cells);
  const rows = parseRows(body, p);
  const targets = [...cells.entries()]
    .map(([key, patch]) => {
      const [row, col] = key.split(",").map(Number);
      return { row, col, patch };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  refuseArrayCuts(rows, targets, sheet);

  // Rebuild the body: untouched stretches are copied as text, patched rows rewritten in place, new rows inserted in order.
  const byRow = new Map<number, { col: number; patch: CellPatch }[]>();
  for (const t of targets) {
    const list = byRow.get(t.row) ?? [];
    list.push({ col: t.col, patch: t.patch });
    byRow.set(t.row, list);
  }
  const wantedRows = [...byRow.keys()].sort((a, b) => a - b);
  let out = "";
  let at = 0;
  let next = 0;
  const rowNeedsR = rows.some((r) => r.attrs.r === undefined);
  for (const row of rows) {
    while (next < wantedRows.length && wantedRows[next] < row.row) {
      out += body.slice(at, row.start);
      at = row.start;
      out += newRow(p, wantedRows[next], byRow.get(wantedRows[next])!, styles, colStyles);
      next++;
    }
    if (next < wantedRows.length && wantedRows[next] === row.row) {
      out += body.slice(at, row.start) + patchRow(body, row, p, byRow.get(row.row)!, styles, colStyles, rowNeedsR);
      at = row.end;
      next++;
    } else if (rowNeedsR && row.attrs.r === undefined) {
      // Rows without r take their number from their position: with rows inserted, every row must say its own.
      out += body.slice(at, row.start) + setAttributes(body.slice(row.start, row.end), { r: String(row.row + 1) });
      at = row.end;
    }
  }
  out += body.slice(at);
  while (next < wantedRows.length) {
    out += newRow(p, wantedRows[next], byRow.get(wantedRows[next])!, styles, colStyles);
    next++;
  }
  const sheetDataOpen = open[2] === "/" ? open[0].replace(/\s*\/>$/, ">") : open[0];
  const tail = open[2] === "/" ? `${closeTag}${xml.slice(bodyStart)}` : xml.slice(bodyEnd);
  const patched = xml.slice(0, open.index) + sheetDataOpen + out + tail;
  return widenDimension(patched, p, targets);
}

function parseRows(body: string, p: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const re = new RegExp(`<${escapeRegExp(p)}row\\b(${ATTRS})(/?)>`, "g");
  const close = `</${p}row>`;
  let implied = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const attrs = parseAttributes(m[1]);
    const row = attrs.r !== undefined ? Number(attrs.r) - 1 : implied;
    implied = row + 1;
    const innerStart = m.index + m[0].length;
    let innerEnd = innerStart;
    let end = innerStart;
    if (m[2] !== "/") {
      innerEnd = body.indexOf(close, innerStart);
      end = innerEnd + close.length;
      re.lastIndex = end;
    }
    const parsed: ParsedRow = { start: m.index, end, row, openTag: m[0], attrs, innerStart, innerEnd, cells: [] };
    parsed.cells = parseCells(body.slice(innerStart, innerEnd), p, innerStart);
    rows.push(parsed);
  }
  return rows;
}

function parseCells(inner: string, p: string, offset: number): ParsedCell[] {
  const cells: ParsedCell[] = [];
  const tag = escapeRegExp(`${p}c`);
  const re = new RegExp(`<${tag}\\b(${ATTRS})(?:/>|>([\\s\\S]*?)</${tag}>)`, "g");
  let implied = 0;
  for (const m of inner.matchAll(re)) {
    const attrs = parseAttributes(m[1]);
    const col = attrs.r !== undefined ? (parseA1(attrs.r)?.col ?? implied) : implied;
    implied = col + 1;
    cells.push({ start: offset + m.index, end: offset + m.index + m[0].length, col, attrs, formula: formulaOf(m[2] ?? "", p) });
  }
  return cells;
}

function formulaOf(content: string, p: string): ParsedCell["formula"] {
  const tag = escapeRegExp(`${p}f`);
  const m = new RegExp(`<${tag}\\b(${ATTRS})(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(content);
  return m ? { attrs: parseAttributes(m[1]), text: unescapeXml(m[2] ?? "") } : null;
}

function patchRow(
  body: string,
  row: ParsedRow,
  p: string,
  wanted: { col: number; patch: CellPatch }[],
  styles: Styles | null,
  colStyles: (col: number) => number,
  needsR: boolean,
): string {
  const base = (col: number) => rowStyle(row) ?? colStyles(col);
  let inner = "";
  let at = row.innerStart;
  let i = 0;
  let maxCol = -1;
  let minCol = Infinity;
  for (const cell of row.cells) {
    while (i < wanted.length && wanted[i].col < cell.col) {
      inner += body.slice(at, cell.start) + cellXml(p, row.row, wanted[i].col, null, base(wanted[i].col), wanted[i].patch, styles);
      at = cell.start;
      minCol = Math.min(minCol, wanted[i].col);
      maxCol = Math.max(maxCol, wanted[i].col);
      i++;
    }
    if (i < wanted.length && wanted[i].col === cell.col) {
      inner += body.slice(at, cell.start) + cellXml(p, row.row, cell.col, cell, base(cell.col), wanted[i].patch, styles, body);
      at = cell.end;
      i++;
    } else if (cell.attrs.r === undefined) {
      // Cells without r are placed by position: with cells inserted, every cell of the row must say where it is.
      inner += body.slice(at, cell.start) + setAttributes(body.slice(cell.start, cell.end), { r: toA1(row.row, cell.col) }, true);
      at = cell.end;
    }
  }
  // New cells after the last one go right after it, before any <extLst> the row may carry.
  const lastEnd = row.cells.length > 0 ? row.cells[row.cells.length - 1].end : row.innerStart;
  if (i < wanted.length) {
    inner += body.slice(at, Math.max(at, lastEnd));
    at = Math.max(at, lastEnd);
    for (; i < wanted.length; i++) {
      inner += cellXml(p, row.row, wanted[i].col, null, base(wanted[i].col), wanted[i].patch, styles);
      minCol = Math.min(minCol, wanted[i].col);
      maxCol = Math.max(maxCol, wanted[i].col);
    }
  }
  inner += body.slice(at, row.innerEnd);
  const updates: Record<string, string> = {};
  if (needsR && row.attrs.r === undefined) updates.r = String(row.row + 1);
  const spans = row.attrs.spans !== undefined ? widenSpans(row.attrs.spans, minCol, maxCol) : null;
  if (spans !== null && spans !== row.attrs.spans) updates.spans = spans;
  let openTag = Object.keys(updates).length > 0 ? setAttributes(row.openTag, updates) : row.openTag;
  openTag = openTag.replace(/\s*\/>$/, ">");
  return `${openTag}${inner}</${p}row>`;
}

function newRow(
  p: string,
  row: number,
  wanted: { col: number; patch: CellPatch }[],
  styles: Styles | null,
  colStyles: (col: number) => number,
): string {
  const cells = wanted.map((w) => cellXml(p, row, w.col, null, colStyles(w.col), w.patch, styles)).join("");
  return `<${p}row r="${row + 1}">${cells}</${p}row>`;
}

// A row's own format applies to its empty cells only when customFormat is set.
function rowStyle(row: ParsedRow): number | null {
  const custom = row.attrs.customFormat;
  if ((custom === "1" || custom === "true") && row.attrs.s !== undefined) return Number(row.attrs.s);
  return null;
}

/** The format an absent cell shows in each column (<col style>), 0 where none is set. */
function columnStyles(xml: string, p: string): (col: number) => number {
  const spans: { min: number; max: number; style: number }[] = [];
  const body = sectionBody(xml, p, "cols") ?? "";
  for (const m of body.matchAll(new RegExp(`<${escapeRegExp(p)}col\\b(${ATTRS})/?>`, "g"))) {
    const a = parseAttributes(m[1]);
    if (a.style !== undefined) spans.push({ min: Number(a.min) - 1, max: Number(a.max) - 1, style: Number(a.style) });
  }
  return (col) => spans.find((s) => col >= s.min && col <= s.max)?.style ?? 0;
}

/**
 * The XML of a written cell. A fix replaces the cell's content with <f> and its cached <v>; a fill
 * alone keeps the content and only points s at a filled clone of the cell's format.
 */
function cellXml(
  p: string,
  row: number,
  col: number,
  existing: ParsedCell | null,
  baseStyle: number,
  patch: CellPatch,
  styles: Styles | null,
  body?: string,
): string {
  const original = existing?.attrs.s !== undefined ? Number(existing.attrs.s) : existing ? 0 : baseStyle;
  const style = patch.fill !== undefined && styles !== null ? styles.withFill(original, patch.fill) : original;
  const ref = toA1(row, col);
  if (patch.fix === undefined) {
    if (existing && body !== undefined) {
      const text = body.slice(existing.start, existing.end);
      const placed = existing.attrs.r === undefined ? setAttributes(text, { r: ref }, true) : text;
      return setAttributes(placed, { s: String(style) });
    }
    return style === 0 ? `<${p}c r="${ref}"/>` : `<${p}c r="${ref}" s="${style}"/>`;
  }
  const { formula, value } = patch.fix;
  const text = escapeText(formula.replace(/^=/, ""));
  const s = style === 0 && existing?.attrs.s === undefined ? "" : ` s="${style}"`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`the cached value of ${ref} is not a finite number: ${value}`);
    return `<${p}c r="${ref}"${s}><${p}f>${text}</${p}f><${p}v>${Object.is(value, -0) ? 0 : value}</${p}v></${p}c>`;
  }
  return `<${p}c r="${ref}"${s} t="str"><${p}f>${text}</${p}f><${p}v>${escapeText(value)}</${p}v></${p}c>`;
}

// Writing one cell of a multi-cell array formula (or a data table) would leave the rest of it behind.
function refuseArrayCuts(rows: ParsedRow[], targets: { row: number; col: number; patch: CellPatch }[], sheet: string): void {
  const fixes = targets.filter((t) => t.patch.fix !== undefined);
  if (fixes.length === 0) return;
  for (const row of rows) {
    for (const cell of row.cells) {
      const f = cell.formula;
      if (!f || (f.attrs.t !== "array" && f.attrs.t !== "dataTable")) continue;
      const range = f.attrs.ref ?? toA1(row.row, cell.col);
      const [a, b = a] = range.split(":");
      const start = parseA1(a);
      const end = parseA1(b);
      if (!start || !end) continue;
      const single = start.row === end.row && start.col === end.col && f.attrs.t === "array";
      for (const t of fixes) {
        if (t.row >= start.row && t.row <= end.row && t.col >= start.col && t.col <= end.col && !single) {
          throw new CopyError("copyArrayFormula", { sheet, cell: toA1(t.row, t.col), range });
        }
      }
    }
  }
}

/**
 * When a fix lands on the master of a shared formula, its dependents (which carry only si) would
 * lose their formula: give each dependent its own copy of the master's formula, moved by its offset.
 */
function unshareMastersAt(body: string, p: string, sheet: string, cells: Map<string, CellPatch>): string {
  const masters = new Map<string, { row: number; col: number; text: string }>();
  for (const row of parseRows(body, p)) {
    for (const cell of row.cells) {
      const f = cell.formula;
      if (!f || f.attrs.t !== "shared" || f.attrs.ref === undefined || f.attrs.si === undefined) continue;
      if (cells.get(`${row.row},${cell.col}`)?.fix === undefined) continue;
      masters.set(f.attrs.si, { row: row.row, col: cell.col, text: f.text });
    }
  }
  if (masters.size === 0) return body;
  const ftag = escapeRegExp(`${p}f`);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const row of parseRows(body, p)) {
    for (const cell of row.cells) {
      const f = cell.formula;
      if (!f || f.attrs.t !== "shared" || f.attrs.si === undefined || f.attrs.ref !== undefined) continue;
      const master = masters.get(f.attrs.si);
      if (!master) continue;
      const shifted = shiftFormula(master.text, row.row - master.row, cell.col - master.col);
      if (shifted === null) {
        throw new CopyError("copyUnshiftableFormula", { sheet, formula: master.text, cell: toA1(row.row, cell.col) });
      }
      const text = body.slice(cell.start, cell.end);
      const replaced = text.replace(new RegExp(`<${ftag}\\b${ATTRS}(?:/>|>[\\s\\S]*?</${ftag}>)`), `<${p}f>${escapeText(shifted)}</${p}f>`);
      edits.push({ start: cell.start, end: cell.end, text: replaced });
    }
  }
  let out = body;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * Moves a formula's relative references by (dr, dc), as Excel does when it copies a formula; absolute
 * ($) parts stay. Returns null when a reference would leave the sheet. Text in quotes, quoted sheet
 * names and [structured] references are left alone.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string | null {
  let out = "";
  let i = 0;
  const ref = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![\w.(])/y;
  const colRange = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(])/y;
  const rowRange = /(\$?)([0-9]+):(\$?)([0-9]+)(?![\w.(])/y;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (/[\w.$]/.test(prev)) {
      out += ch;
      i++;
      continue;
    }
    colRange.lastIndex = i;
    rowRange.lastIndex = i;
    ref.lastIndex = i;
    let m: RegExpExecArray | null;
    if ((m = colRange.exec(formula))) {
      const a = m[1] ? colIndex(m[2]) : colIndex(m[2]) + dc;
      const b = m[3] ? colIndex(m[4]) : colIndex(m[4]) + dc;
      if (a < 0 || b < 0 || a >= MAX_COL || b >= MAX_COL) return null;
      out += `${m[1]}${columnLetters(a)}:${m[3]}${columnLetters(b)}`;
      i = colRange.lastIndex;
    } else if ((m = rowRange.exec(formula))) {
      const a = m[1] ? Number(m[2]) : Number(m[2]) + dr;
      const b = m[3] ? Number(m[4]) : Number(m[4]) + dr;
      if (a < 1 || b < 1 || a > MAX_ROW || b > MAX_ROW) return null;
      out += `${m[1]}${a}:${m[3]}${b}`;
      i = rowRange.lastIndex;
    } else if ((m = ref.exec(formula))) {
      const col = m[1] ? colIndex(m[2]) : colIndex(m[2]) + dc;
      const row = m[3] ? Number(m[4]) : Number(m[4]) + dr;
      if (col < 0 || col >= MAX_COL || row < 1 || row > MAX_ROW) return null;
      out += `${m[1]}${columnLetters(col)}${m[3]}${row}`;
      i = ref.lastIndex;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Widens the row's spans hint ("1:9") to cover new cells; readers use it only to preallocate. */
function widenSpans(spans: string, minCol: number, maxCol: number): string {
  if (maxCol < 0) return spans;
  const nums = spans
    .split(/[\s:]+/)
    .filter(Boolean)
    .map(Number);
  if (nums.some((n) => !Number.isFinite(n))) return spans;
  const lo = Math.min(...nums, minCol + 1);
  const hi = Math.max(...nums, maxCol + 1);
  return lo === Math.min(...nums) && hi === Math.max(...nums) ? spans : `${lo}:${hi}`;
}

// Keeps <dimension> (the used range) covering every written cell.
function widenDimension(xml: string, p: string, targets: { row: number; col: number }[]): string {
  const re = new RegExp(`<${escapeRegExp(p)}dimension\\b(${ATTRS})/?>`);
  const m = re.exec(xml);
  if (!m || targets.length === 0) return xml;
  const ref = parseAttributes(m[1]).ref;
  if (ref === undefined) return xml;
  const [a, b = a] = ref.split(":");
  const start = parseA1(a);
  const end = parseA1(b);
  if (!start || !end) return xml;
  let { row: top, col: left } = start;
  let { row: bottom, col: right } = end;
  for (const t of targets) {
    top = Math.min(top, t.row);
    left = Math.min(left, t.col);
    bottom = Math.max(bottom, t.row);
    right = Math.max(right, t.col);
  }
  const widened = `${toA1(top, left)}:${toA1(bottom, right)}`;
  if (widened === ref || (ref === toA1(top, left) && top === bottom && left === right)) return xml;
  return xml.slice(0, m.index) + setAttributes(m[0], { ref: widened }) + xml.slice(m.index + m[0].length);
}

// ---------------------------------------------------------------------------------------------
// Notes (批注): the sheet's legacy comments part and VML drawing, extended when the sheet has them and made
// when it has not; review/notes-xml.ts writes their XML, this section the package around them.

const REL_TYPE_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_TYPE_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

function noteCells(cells: Map<string, CellPatch>): NoteCell[] {
  const notes: NoteCell[] = [];
  for (const [key, patch] of cells) {
    if (patch.note === undefined) continue;
    const [row, col] = key.split(",").map(Number);
    notes.push({ row, col, text: patch.note });
  }
  return notes.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Writes the notes into the sheet's comments part and VML drawing; returns the sheet XML (with a new <legacyDrawing> if needed). */
async function attachNotes(zip: JSZip, part: string, sheetXml: string, notes: NoteCell[]): Promise<string> {
  const relsPath = relsPathOf(part);
  const relsFile = zip.file(relsPath);
  let relsXml = relsFile
    ? await relsFile.async("string")
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const rels = parseRelationships(relsXml);
  // Every id, external hyperlinks' too (parseRelationships leaves those out): a new id must differ from all.
  const ids = new Set([...relsXml.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  const addRel = (type: string, target: string, id?: string): string => {
    let n = 1;
    while (id === undefined && ids.has(`rIdPerfNote${n}`)) n++;
    const relId = id ?? `rIdPerfNote${n}`;
    ids.add(relId);
    const rel = `<Relationship Id="${escapeXml(relId)}" Type="${type}" Target="${escapeXml(path.posix.relative(path.posix.dirname(part), target))}"/>`;
    relsXml = relsXml.replace(/<\/(?:[\w.-]+:)?Relationships>\s*$/, (end) => rel + end);
    return relId;
  };
  const types = new ContentTypes(zip);
  await types.load();

  const commentsRel = [...rels.values()].find((r) => r.type.endsWith("/comments"));
  const commentsPath = commentsRel ? resolveTarget(part, commentsRel.target) : freePartName(zip, "xl/comments", ".xml");
  if (!commentsRel) addRel(REL_TYPE_COMMENTS, commentsPath);
  const commentsFile = zip.file(commentsPath);
  zip.file(commentsPath, mergeComments(commentsFile ? await commentsFile.async("string") : null, notes));
  types.override(commentsPath, COMMENTS_CONTENT_TYPE);

  // The drawing the sheet's <legacyDrawing> names; a new one (and the element) when it has none.
  let xml = sheetXml;
  const vmlId = legacyDrawingId(xml);
  const vmlRel = vmlId !== null ? rels.get(vmlId) : undefined;
  let vmlPath: string;
  if (vmlRel) {
    vmlPath = resolveTarget(part, vmlRel.target);
  } else {
    vmlPath = freePartName(zip, "xl/drawings/vmlDrawing", ".vml");
    const id = addRel(REL_TYPE_VML, vmlPath, vmlId ?? undefined);
    if (vmlId === null) xml = addLegacyDrawing(xml, id);
  }
  const vmlFile = zip.file(vmlPath);
  zip.file(vmlPath, mergeVml(vmlFile ? await vmlFile.async("string") : null, notes, await freeShapeBlock(zip)));
  if (!types.covers(vmlPath)) types.defaultFor("vml", VML_CONTENT_TYPE);

  zip.file(relsPath, relsXml);
  types.save();
  return xml;
}

/** `${stem}N${ext}` for the lowest N ≥ 1 that names no part yet. */
function freePartName(zip: JSZip, stem: string, ext: string): string {
  let n = 1;
  while (zip.file(`${stem}${n}${ext}`) !== null) n++;
  return `${stem}${n}${ext}`;
}

// VML shape ids are numbered in blocks of 1024, one block per drawing (o:idmap): a new drawing takes the
// block after every id an existing drawing uses, so no two notes in the workbook share an id.
async function freeShapeBlock(zip: JSZip): Promise<number> {
  let block = 0;
  for (const file of zip.file(/\.vml$/i)) {
    const text = await file.async("string");
    for (const m of text.matchAll(/\bdata\s*=\s*"([\d,\s]+)"/g))
      for (const n of m[1].split(/[,\s]+/)) block = Math.max(block, Number(n) || 0);
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) block = Math.max(block, Math.floor(Number(m[1]) / 1024));
  }
  return block + 1;
}

/** [Content_Types].xml, read once and written back only when a type was added. */
class ContentTypes {
  private xml: string | null = null;
  private changed = false;
  constructor(private readonly zip: JSZip) {}

  async load(): Promise<void> {
    const file = this.zip.file("[Content_Types].xml");
    this.xml = file ? await file.async("string") : null;
  }

  /** True when an Override names the part or a Default covers its extension. */
  covers(part: string): boolean {
    if (this.xml === null) return true;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const overrides = [...this.xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*\bPartName\s*=\s*"([^"]*)"/g)].map((m) => m[1].toLowerCase());
    const defaults = [...this.xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*\bExtension\s*=\s*"([^"]*)"/g)].map((m) => m[1].toLowerCase());
    return overrides.includes(`/${part}`.toLowerCase()) || defaults.includes(ext);
  }

  override(part: string, type: string): void {
    if (this.xml === null || new RegExp(`PartName\\s*=\\s*"/${escapeRegExp(part)}"`, "i").test(this.xml)) return;
    this.add(`<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`);
  }

  defaultFor(ext: string, type: string): void {
    this.add(`<Default Extension="${ext}" ContentType="${type}"/>`);
  }

  private add(element: string): void {
    this.xml = this.xml!.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (end) => element + end);
    this.changed = true;
  }

  save(): void {
    if (this.changed && this.xml !== null) this.zip.file("[Content_Types].xml", this.xml);
  }
}

// ---------------------------------------------------------------------------------------------
// Small XML helpers: attribute parsing and editing on a start tag, escaping.

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return attrs;
}

function setAttributeText(attrText: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(attrText)) return attrText.replace(re, (_w, lead: string) => `${lead}"${escapeXml(value)}"`);
  return `${attrText.replace(/\s*$/, "")} ${name}="${escapeXml(value)}"`;
}

/**
 * Sets attributes on the start tag at the beginning of `element` (the rest is kept). With `first`
 * new attributes go right after the tag name, so a cell's r leads as Excel writes it.
 */
function setAttributes(element: string, values: Record<string, string>, first = false): string {
  const m = new RegExp(`^<([\\w.:-]+)(${ATTRS})(/?)>`).exec(element);
  if (!m) return element;
  let attrs = m[2];
  const added: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
    if (re.test(attrs)) attrs = attrs.replace(re, (_w, lead: string) => `${lead}"${escapeXml(value)}"`);
    else added.push(` ${name}="${escapeXml(value)}"`);
  }
  attrs = first ? added.join("") + attrs : attrs.replace(/\s*$/, "") + added.join("");
  return `<${m[1]}${attrs}${m[3] === "/" ? "/" : ""}>${element.slice(m[0].length)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Element text needs only &, < and > escaped; quotes stay readable in formulas like IF(…,"优",…).
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity === "amp") return "&";
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
