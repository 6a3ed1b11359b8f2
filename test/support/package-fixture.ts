// A hand-written Open XML workbook carrying the parts a writing library tends to drop: sheet
// protection, print settings, defined names, a comment (with its VML drawing), custom document
// properties and, as .xlsm, a VBA project. The --fix writer must carry every one of them over.
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface PackageOptions {
  /** Adds xl/vbaProject.bin and makes the workbook macro-enabled (.xlsm content type). */
  macro?: boolean;
  /** The worksheet's name (written XML-escaped into workbook.xml). */
  sheetName?: string;
  /** The <sheetData> body; the default is SHEET_DATA. */
  sheetData?: string;
}

/**
 * Rows 1–5 of a small form: B2:B4 scores (10, 20.5 and 30), B5 a total typed as a wrong constant, C5 a
 * grade cell without content. Cells carry style 1 (bordered) and row 3 has style 2 (percent).
 */
export const SHEET_DATA =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>得分</t></is></c></row>' +
  '<row r="2"><c r="A2" s="1" t="inlineStr"><is><t>数量</t></is></c><c r="B2" s="1"><v>10</v></c></row>' +
  '<row r="3"><c r="A3" s="2" t="inlineStr"><is><t>质量</t></is></c><c r="B3" s="1"><v>20.5</v></c></row>' +
  '<row r="4"><c r="A4" s="1" t="inlineStr"><is><t>时效</t></is></c><c r="B4" s="1"><v>30</v></c></row>' +
  '<row r="5"><c r="A5" s="1" t="inlineStr"><is><t>总分</t></is></c><c r="B5" s="1"><v>1</v></c><c r="C5" s="1"/></row>';

// The VBA project is opaque binary to us: any bytes prove it is carried over untouched.
export const VBA_BYTES = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** The package's parts as text (and the VBA project as bytes), keyed by part name. */
export function packageParts(options: PackageOptions = {}): Record<string, string | Buffer> {
  const sheetName = options.sheetName ?? "自评表";
  const mainType = options.macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const parts: Record<string, string | Buffer> = {
    "[Content_Types].xml":
      xmlHead +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      (options.macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : "") +
      `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>` +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
      "</Types>",
    "_rels/.rels":
      xmlHead +
      `<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>` +
      "</Relationships>",
    "docProps/core.xml":
      xmlHead +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>自评表</dc:title></cp:coreProperties>',
    "docProps/app.xml":
      xmlHead +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
    "docProps/custom.xml":
      xmlHead +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="报送单位"><vt:lpwstr>晋中市公安局开发区分局</vt:lpwstr></property></Properties>',
    "xl/workbook.xml":
      xmlHead +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
      `<sheets><sheet name="${escapeAttr(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${sheetName.replace(/'/g, "''").replace(/&/g, "&amp;").replace(/</g, "&lt;")}'!$A$1:$C$5</definedName>` +
      "<definedName name=\"得分区\">'自评表'!$B$2:$B$4</definedName></definedNames>" +
      '<calcPr calcId="191029"/></workbook>',
    "xl/_rels/workbook.xml.rels":
      xmlHead +
      `<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      (options.macro
        ? '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
        : "") +
      "</Relationships>",
    "xl/styles.xml":
      xmlHead +
      `<styleSheet xmlns="${MAIN}">` +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="10"/><name val="宋体"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment horizontal="center"/></xf>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    "xl/worksheets/sheet1.xml":
      xmlHead +
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:C5"/>` +
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      '<cols><col min="1" max="1" width="14" customWidth="1"/></cols>' +
      `<sheetData>${options.sheetData ?? SHEET_DATA}</sheetData>` +
      '<sheetProtection sheet="1" objects="1" scenarios="1" password="CC3D"/>' +
      '<printOptions horizontalCentered="1" gridLines="1"/>' +
      '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>' +
      "<headerFooter><oddHeader>&amp;C项目支出绩效自评表</oddHeader></headerFooter>" +
      '<legacyDrawing r:id="rId1"/></worksheet>',
    "xl/worksheets/_rels/sheet1.xml.rels":
      xmlHead +
      `<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/>` +
      "</Relationships>",
    "xl/comments1.xml":
      xmlHead +
      `<comments xmlns="${MAIN}"><authors><author>复核人</author></authors>` +
      '<commentList><comment ref="B3" authorId="0"><text><r><t>请核实质量指标得分</t></r></text></comment></commentList></comments>',
    "xl/drawings/vmlDrawing1.vml":
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1">' +
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
  };
  if (options.macro) parts["xl/vbaProject.bin"] = VBA_BYTES;
  return parts;
}

/** The package as zip bytes. */
export async function buildPackage(options: PackageOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(packageParts(options))) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every entry of a zip, decompressed, by name. */
export async function zipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) entries.set(name, await file.async("nodebuffer"));
  }
  return entries;
}
