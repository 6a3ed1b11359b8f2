// The XML of classic cell notes (批注): the legacy comments part (xl/commentsN.xml) that holds the text and
// the VML drawing (xl/drawings/vmlDrawingN.vml) that gives each note its box. Excel, WPS and LibreOffice all
// read this pair; threaded comments (Excel 365 only) would be invisible to WPS and older Excel. Pure string
// transforms: patch-package.ts does the package plumbing (relationships, content types, part names).
//
// Existing parts are edited, never rebuilt: a note a person wrote keeps its text, author and formatting,
// and ours is appended as a new run (ECMA-376 Part 1 §18.7: CT_Rst allows a leading <t> then any <r>).

import { toA1 } from "../../model";

/** One note to write: a 0-based cell and its text (lines separated by "\n"). */
export interface NoteCell {
  row: number;
  col: number;
  text: string;
}

/** The author our notes carry (Excel shows it in the status bar when the note's cell is selected). */
export const NOTE_AUTHOR = "PERF 绩效自评助手";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// A start tag's attributes, quoted values included (a value may hold ">").
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

// 宋体 9pt, as WPS and Chinese Excel write a note: the note box then shows Chinese at the size it was sized for.
function run(p: string, text: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;
}

function ref(cell: NoteCell): string {
  return toA1(cell.row, cell.col);
}

/**
 * The comments part with our notes added: a new part when `existing` is null; otherwise the existing one
 * with our author added once, our text appended to a comment already on the cell (after a line break), and
 * a new comment for every other cell.
 */
export function mergeComments(existing: string | null, notes: readonly NoteCell[]): string {
  if (existing === null) {
    const list = notes.map((n) => `<comment ref="${ref(n)}" authorId="0"><text>${run("", n.text)}</text></comment>`).join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<comments xmlns="${MAIN_NS}"><authors><author>${escapeText(NOTE_AUTHOR)}</author></authors><commentList>${list}</commentList></comments>`
    );
  }
  const root = new RegExp(`<([\\w.-]+:)?comments\\b${ATTRS}>`).exec(existing);
  if (!root) throw new Error("comments part without a <comments> root");
  const p = root[1] ?? "";
  let xml = existing;

  // Our author: reuse it if a previous run (or a person) already added it, else append it.
  const authorsOpen = new RegExp(`<${esc(p)}authors\\b${ATTRS}(/?)>`).exec(xml);
  const authors: string[] = [];
  if (authorsOpen && authorsOpen[1] !== "/") {
    const end = xml.indexOf(`</${p}authors>`, authorsOpen.index);
    const body = xml.slice(authorsOpen.index + authorsOpen[0].length, end);
    for (const m of body.matchAll(new RegExp(`<${esc(p)}author\\b${ATTRS}(?:/>|>([\\s\\S]*?)</${esc(p)}author>)`, "g"))) {
      authors.push(unescapeXml(m[1] ?? ""));
    }
  }
  let authorId = authors.indexOf(NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const ours = `<${p}author>${escapeText(NOTE_AUTHOR)}</${p}author>`;
    if (!authorsOpen) xml = xml.replace(root[0], `${root[0]}<${p}authors>${ours}</${p}authors>`);
    else if (authorsOpen[1] === "/") xml = xml.replace(authorsOpen[0], `<${p}authors>${ours}</${p}authors>`);
    else {
      const end = xml.indexOf(`</${p}authors>`, authorsOpen.index);
      xml = xml.slice(0, end) + ours + xml.slice(end);
    }
  }

  // Comments already on our cells get a new run; edits go from the end so earlier offsets stay valid.
  const wanted = new Map(notes.map((n) => [ref(n), n]));
  const appended = new Set<string>();
  const edits: { at: number; remove: number; text: string }[] = [];
  const commentRe = new RegExp(`<${esc(p)}comment\\b(${ATTRS})(/?)>`, "g");
  for (let m = commentRe.exec(xml); m; m = commentRe.exec(xml)) {
    const cellRef = /\bref\s*=\s*"([^"]*)"/.exec(m[1])?.[1]?.replace(/\$/g, "").toUpperCase();
    const note = cellRef !== undefined ? wanted.get(cellRef) : undefined;
    if (!note || m[2] === "/" || appended.has(cellRef!)) continue;
    const close = xml.indexOf(`</${p}comment>`, m.index);
    const inner = xml.slice(m.index + m[0].length, close);
    const textOpen = new RegExp(`<${esc(p)}text\\b${ATTRS}(/?)>`).exec(inner);
    if (!textOpen) continue;
    const base = m.index + m[0].length;
    if (textOpen[1] === "/") {
      edits.push({ at: base + textOpen.index, remove: textOpen[0].length, text: `<${p}text>${run(p, note.text)}</${p}text>` });
    } else {
      // Before the phonetic runs, which CT_Rst puts after every <r>.
      const textEnd = inner.indexOf(`</${p}text>`, textOpen.index);
      const tail = new RegExp(`<${esc(p)}(?:rPh|phoneticPr)\\b`).exec(inner.slice(textOpen.index, textEnd));
      const at = base + (tail ? textOpen.index + tail.index : textEnd);
      edits.push({ at, remove: 0, text: run(p, `\n${note.text}`) });
    }
    appended.add(cellRef!);
  }
  for (const e of edits.sort((a, b) => b.at - a.at)) xml = xml.slice(0, e.at) + e.text + xml.slice(e.at + e.remove);

  const fresh = notes
    .filter((n) => !appended.has(ref(n)))
    .map((n) => `<${p}comment ref="${ref(n)}" authorId="${authorId}"><${p}text>${run(p, n.text)}</${p}text></${p}comment>`)
    .join("");
  if (fresh === "") return xml;
  const listOpen = new RegExp(`<${esc(p)}commentList\\b${ATTRS}(/?)>`).exec(xml);
  if (!listOpen) return xml.replace(new RegExp(`</${esc(p)}comments>`), (end) => `<${p}commentList>${fresh}</${p}commentList>${end}`);
  if (listOpen[1] === "/") return xml.replace(listOpen[0], `<${p}commentList>${fresh}</${p}commentList>`);
  const listEnd = xml.indexOf(`</${p}commentList>`, listOpen.index);
  return xml.slice(0, listEnd) + fresh + xml.slice(listEnd);
}

// The note box: VML shape type 202 (a text box), as Excel declares it once per drawing.
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The VML shape of one hidden note box, anchored beside its cell and tall enough for its lines. */
function noteShape(id: number, cell: NoteCell): string {
  const lines = cell.text.split("\n").length;
  // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset. About two rows a line
  // (a long message wraps once in a four-column box), capped so a cell with many findings does not cover the sheet.
  const bottom = cell.row + Math.min(2 + 2 * lines, 24);
  const anchor = `${cell.col + 1}, 15, ${Math.max(cell.row - 1, 0)}, 10, ${cell.col + 5}, 15, ${bottom}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:240pt;height:${30 + 24 * lines}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${cell.row}</x:Row><x:Column>${cell.col}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * The VML drawing with a hidden note box for every cell that has none yet: a new drawing when `existing` is
 * null (shape ids from `idBlock` × 1024, as Excel numbers a sheet's shapes), otherwise the existing one with
 * our shapes appended after its highest shape id (and the text-box shape type added if it lacks one).
 */
export function mergeVml(existing: string | null, notes: readonly NoteCell[], idBlock: number): string {
  if (existing === null) {
    const shapes = notes.map((n, i) => noteShape(idBlock * 1024 + 1 + i, n)).join("");
    return (
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`
    );
  }
  // Cells that already have a note box (a person's note we append to): no second box.
  const boxed = new Set<string>();
  for (const m of existing.matchAll(/<(?:\w+:)?ClientData\b[^>]*ObjectType\s*=\s*["']Note["'][^>]*>([\s\S]*?)<\/(?:\w+:)?ClientData>/g)) {
    const row = /<(?:\w+:)?Row>\s*(\d+)\s*</.exec(m[1])?.[1];
    const col = /<(?:\w+:)?Column>\s*(\d+)\s*</.exec(m[1])?.[1];
    if (row !== undefined && col !== undefined) boxed.add(`${row},${col}`);
  }
  const missing = notes.filter((n) => !boxed.has(`${n.row},${n.col}`));
  if (missing.length === 0) return existing;
  let next = Math.max(idBlock * 1024, ...[...existing.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const shapes = missing.map((n) => noteShape(next++, n)).join("");
  const hasType = /<(?:\w+:)?shapetype\b[^>]*\bid\s*=\s*["']_x0000_t202["']/.test(existing);
  const close = existing.lastIndexOf("</xml>");
  if (close < 0) throw new Error("VML drawing without </xml>");
  // The drawing's root may not bind the prefixes our shapes use (a drawing written for form controls only).
  let xml = existing;
  const rootEnd = /<xml\b[^>]*>/.exec(xml);
  if (rootEnd) {
    let tag = rootEnd[0];
    if (!/xmlns:v=/.test(tag)) tag = tag.replace(/>$/, ' xmlns:v="urn:schemas-microsoft-com:vml">');
    if (!/xmlns:o=/.test(tag)) tag = tag.replace(/>$/, ' xmlns:o="urn:schemas-microsoft-com:office:office">');
    if (!/xmlns:x=/.test(tag)) tag = tag.replace(/>$/, ' xmlns:x="urn:schemas-microsoft-com:office:excel">');
    xml = xml.slice(0, rootEnd.index) + tag + xml.slice(rootEnd.index + rootEnd[0].length);
  }
  const end = xml.lastIndexOf("</xml>");
  return xml.slice(0, end) + (hasType ? "" : SHAPETYPE) + shapes + xml.slice(end);
}

// CT_Worksheet's children after <legacyDrawing>, in schema order (ECMA-376 Part 1 §18.3.1.99).
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The worksheet with a <legacyDrawing r:id> naming the VML drawing, in its schema place. */
export function addLegacyDrawing(sheetXml: string, relId: string): string {
  const root = new RegExp(`<([\\w.-]+:)?worksheet\\b${ATTRS}>`).exec(sheetXml);
  const p = root?.[1] ?? "";
  // The relationships prefix declared on the element itself: the root may bind r to nothing or to something else.
  const element = `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${escapeText(relId)}"/>`;
  for (const next of AFTER_LEGACY_DRAWING) {
    const at = new RegExp(`<${esc(p)}${next}\\b`).exec(sheetXml);
    if (at) return sheetXml.slice(0, at.index) + element + sheetXml.slice(at.index);
  }
  const close = sheetXml.lastIndexOf(`</${p}worksheet>`);
  if (close < 0) throw new Error("worksheet without a closing tag");
  return sheetXml.slice(0, close) + element + sheetXml.slice(close);
}

/** The relationship id of the sheet's <legacyDrawing>, or null when it has none. */
export function legacyDrawingId(sheetXml: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?legacyDrawing\\b(${ATTRS})/?>`).exec(sheetXml);
  if (!m) return null;
  return /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? null;
}

function esc(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_w, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);
}
