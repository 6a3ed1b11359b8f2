// Generators for the hostile and unlucky workbooks of issue 8, made at test (or bench) time so
// nothing large is committed: a merge over A40:XFD1048576, a value at XFD1048576, zip bombs of
// dense rows (honest and lying sizes), a 1,048,576-row sheet, 50,000 merges, 20,000 zip entries
// and a 300,000-character cell. Each is a valid Open XML package apart from what it is about.
import { constants, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One zip entry: its bytes (or a ready deflate stream) and, for bombs, the sizes it claims. */
export interface ZipPart {
  name: string;
  data?: Buffer | string;
  /** A raw deflate stream to store as is (then size and crc must be given or are claimed as 0). */
  deflated?: Buffer;
  /** The inflated size the headers claim; the real one by default. */
  declaredSize?: number;
  crc?: number;
  /** Stored (method 0) instead of deflated. */
  store?: boolean;
}

/** A zip archive of the parts, written by hand so sizes can lie and streams can be pre-made. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const raw = part.data === undefined ? null : Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, "utf8");
    const body = part.deflated ?? (raw === null ? Buffer.alloc(0) : part.store ? raw : deflateRawSync(raw));
    const size = part.declaredSize ?? raw?.length ?? 0;
    const crc = part.crc ?? (raw === null ? 0 : crc32(raw));
    const method = part.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(parts.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The package parts around one worksheet (content types, relationships, workbook), sheet named 自评表. */
export function workbookParts(sheet: Omit<ZipPart, "name">, extra: ZipPart[] = []): ZipPart[] {
  return [
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", ...sheet },
    ...extra,
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}">`;

/** A worksheet part's XML: the head, sheetData rows, then anything after sheetData (mergeCells). */
export function sheetXml(rows: string, after = ""): string {
  return `${SHEET_HEAD}<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** The 6 KB-class file of the issue: a few cells and one merged area A40:XFD1048576. */
export function mergeOverWholeSheet(): Buffer {
  const rows =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row><row r="40"><c r="A40" t="inlineStr"><is><t>合并</t></is></c></row>';
  return zipArchive(workbookParts({ data: sheetXml(rows, '<mergeCells count="1"><mergeCell ref="A40:XFD1048576"/></mergeCells>') }));
}

/** A copy of a workbook whose first worksheet also holds one number at XFD1048576 (and a merge reaching it). */
export async function withFarValue(workbook: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const part = Object.keys(zip.files).find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  if (part === undefined) throw new Error("no worksheet part");
  const xml = await zip.file(part)!.async("string");
  const far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
  const patched = xml
    .replace("</sheetData>", `${far}</sheetData>`)
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
  if (patched === xml) throw new Error("no sheetData in the worksheet");
  zip.file(part, patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * A worksheet part of `blocks` × (a 1 MB block of dense rows) as one raw deflate stream, made by
 * compressing the block once (flushed so it stands alone) and repeating it: gigabytes of XML in a
 * zip of a few MB, generated in milliseconds. Returns the stream and the inflated size.
 */
export function denseRowsStream(blocks: number): { deflated: Buffer; size: number } {
  const row = `<row>${"<c><v>1</v></c>".repeat(64)}</row>`;
  const block = Buffer.from(row.repeat(Math.ceil((1 << 20) / row.length)), "latin1");
  const head = Buffer.from(`${SHEET_HEAD}<sheetData>`, "latin1");
  const tail = Buffer.from("</sheetData></worksheet>", "latin1");
  const full = { finishFlush: constants.Z_FULL_FLUSH };
  const pieces = [deflateRawSync(head, full)];
  const packed = deflateRawSync(block, { ...full, level: 9 });
  for (let i = 0; i < blocks; i++) pieces.push(packed);
  pieces.push(deflateRawSync(tail));
  return { deflated: Buffer.concat(pieces), size: head.length + block.length * blocks + tail.length };
}

/** A zip bomb of dense rows: honest (the headers claim the real size) or lying (they claim 4 KB). */
export function denseRowsBomb(blocks: number, lie: boolean): Buffer {
  const { deflated, size } = denseRowsStream(blocks);
  return zipArchive(workbookParts({ deflated, declaredSize: lie ? 4096 : size, crc: 0 }));
}

/** A sheet of `rows` rows, each with a number in A and a text in B, written block by block. */
export function tallSheet(rows: number): Buffer {
  const chunks: Buffer[] = [Buffer.from(`${SHEET_HEAD}<sheetData>`, "latin1")];
  const step = 10_000;
  for (let start = 1; start <= rows; start += step) {
    let text = "";
    for (let r = start; r < Math.min(rows + 1, start + step); r++)
      text += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>x</t></is></c></row>`;
    chunks.push(Buffer.from(text, "latin1"));
  }
  chunks.push(Buffer.from("</sheetData></worksheet>", "latin1"));
  return zipArchive(workbookParts({ data: Buffer.concat(chunks) }));
}

/** `count` merged areas A{r}:B{r} below row 40, each with a value: all inside the used range. */
export function manyMerges(count: number): Buffer {
  let rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row>';
  let merges = "";
  for (let i = 0; i < count; i++) {
    const r = 41 + i;
    rows += `<row r="${r}"><c r="A${r}"><v>${i}</v></c></row>`;
    merges += `<mergeCell ref="A${r}:B${r}"/>`;
  }
  return zipArchive(workbookParts({ data: sheetXml(rows, `<mergeCells count="${count}">${merges}</mergeCells>`) }));
}

/** A workbook with `count` extra tiny entries beside its parts. */
export function manyEntries(count: number): Buffer {
  const extra: ZipPart[] = [];
  for (let i = 0; i < count; i++) extra.push({ name: `customXml/item${i}.xml`, data: "<a/>", store: true });
  return zipArchive(workbookParts({ data: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }, extra));
}

/** A copy of a workbook whose first worksheet's cell at `cell` (inline text) holds `text`. */
export async function withCellText(workbook: Buffer, cell: string, text: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const part = Object.keys(zip.files).find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))!;
  const xml = await zip.file(part)!.async("string");
  const inline = `<c r="${cell}" t="inlineStr"><is><t>${text}</t></is></c>`;
  // Replace the cell where it is, else add it at the end of its row.
  const existing = new RegExp(`<c r="${cell}"(?:[^>]*/>|[^>]*>.*?</c>)`);
  const row = /\d+$/.exec(cell)![0];
  let patched = existing.test(xml)
    ? xml.replace(existing, inline)
    : xml.replace(new RegExp(`(<row r="${row}"[^>]*>.*?)(</row>)`), `$1${inline}$2`);
  if (patched === xml) patched = xml.replace("</sheetData>", `<row r="${row}">${inline}</row></sheetData>`);
  zip.file(part, patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
