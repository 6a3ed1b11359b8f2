// The SheetJS reader: what each cell kind becomes in the Grid, every file format perf-check reads,
// every failure class with its true reason, and fidelity against the former ExcelJS reader.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { encodeGbk } from "../support/gbk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook as loadWithExcelJS, workbookToGrids as exceljsGrids } from "../../bench/exceljs-grid";
import { renderForm } from "../../scripts/forms/render-form";
import { SEED_FORMS } from "../../scripts/forms/seed-forms";
import { checkGrid, type CellRange, type Grid } from "../../src/model";
import { decodeMarkup, readWorkbook, type ReadResult, type SheetRead } from "../../src/cli/read-workbook";
import { SAMPLES, storedZip, tempDir, writeWorkbook } from "./helpers";

const SAMPLE_FILES = ["01-新建潇河派出所业务用房建设资金.xlsx", "02-日常运行公用经费.xlsx", "03-分局及派出所运行费.xlsx"];
const sampleBytes = (i: number) => readFileSync(path.join(SAMPLES, SAMPLE_FILES[i]));

function okSheets(result: ReadResult): SheetRead[] {
  if (!result.ok) throw new Error(`did not read: ${result.failure} ${result.detail}`);
  return result.sheets;
}

function grids(result: ReadResult): Grid[] {
  return okSheets(result).map((s) => {
    if (!s.ok) throw new Error(`sheet ${s.sheet} failed: ${s.detail}`);
    return s.grid;
  });
}

// ---- A hand-written Open XML package, so each cell kind is exactly what real writers put there. ----

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

interface PackageSheet {
  name: string;
  /** The <worksheet> body (sheetData, mergeCells); null leaves the part out of the zip. */
  body: string | null;
}

async function openXml(sheets: PackageSheet[], mainType = MAIN_TYPE, sharedStrings: string[] = []): Promise<Buffer> {
  const zip = new JSZip();
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  // Styles 0 General, 1 text (@), 2 0.00%, 3 0.00"万元", 4 a date (built-in 14).
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${sharedStrings.length}">${sharedStrings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`,
  );
  sheets.forEach((s, i) => {
    if (s.body !== null)
      zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${s.body}</worksheet>`);
  });
  return zip.generateAsync({ type: "nodebuffer" });
}

// Row 1: formulas (no cached value; cached 0; cached error) and a plain error. Row 2: a score typed
// as text in an @ cell, a percentage, 万元, a date, a text formula, a boolean, an empty styled cell.
// Rows 3–4: a shared formula. Below: a merged label.
const CELLS_SHEET = `<sheetData>
<row r="1"><c r="A1"><f>SUM(B2:C2)</f></c><c r="B1"><f>A3*0</f><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="e"><v>#REF!</v></c></row>
<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" s="2"><v>0.6667</v></c><c r="C2" s="3"><v>150</v></c><c r="D2" s="4"><v>44561</v></c><c r="E2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" s="1"/></row>
<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>2</v></c><c r="B3"><v>1</v></c></row>
<row r="4"><c r="A4"><f t="shared" si="0"/><v>4</v></c><c r="B4"><v>2</v></c></row>
<row r="6"><c r="A6" t="s"><v>1</v></c><c r="B6" t="s"><v>2</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A6:C7"/></mergeCells>`;

describe("readWorkbook: each kind of cell", () => {
  let grid: Grid;
  beforeAll(async () => {
    const bytes = await openXml([{ name: "表一", body: CELLS_SHEET }], MAIN_TYPE, ["90.6", "偏差原因", "藏在合并区里"]);
    const result = readWorkbook(bytes, "cells.xlsx");
    expect(result).toMatchObject({ ok: true, format: "xlsx" });
    [grid] = grids(result);
  });

  it("reads a formula without a cached value as null and keeps its text (without =)", () => {
    expect(grid.values[0][0]).toBeNull();
    expect(grid.formulas?.[0][0]).toBe("SUM(B2:C2)");
  });

  it("reads a cached 0 as 0, never as empty", () => {
    expect(grid.values[0][1]).toBe(0);
    expect(grid.formulas?.[0][1]).toBe("A3*0");
  });

  it("reads cached and plain errors as their code text", () => {
    expect(grid.values[0].slice(2, 4)).toEqual(["#DIV/0!", "#REF!"]);
    expect(grid.formulas?.[0][2]).toBe("1/0");
    expect(grid.formulas?.[0][3]).toBeNull();
  });

  it("keeps a number typed as text a string, with its @ format", () => {
    expect(grid.values[1][0]).toBe("90.6");
    expect(grid.numberFormats?.[1][0]).toBe("@");
  });

  it("gives each number its format, null for General", () => {
    expect(grid.values[1].slice(1, 3)).toEqual([0.6667, 150]);
    expect(grid.numberFormats?.[1].slice(1, 3)).toEqual(["0.00%", '0.00"万元"']);
    expect(grid.numberFormats?.[0][1]).toBeNull();
  });

  it("reads a date-formatted serial as the ISO date the ExcelJS reader gave (44561 is 2021-12-31)", () => {
    expect(grid.values[1][3]).toBe("2021-12-31");
  });

  it("reads text formula results and booleans, and skips an empty styled cell", () => {
    expect(grid.values[1].slice(4)).toEqual(["ab", true]);
  });

  it("gives each clone of a shared formula its own shifted text and cached value", () => {
    expect([grid.values[2][0], grid.values[3][0]]).toEqual([2, 4]);
    expect([grid.formulas?.[2][0], grid.formulas?.[3][0]]).toEqual(["B3*2", "B4*2"]);
  });

  it("keeps a merged area's value in its top-left cell only, and the merge as a 0-based range", () => {
    expect(grid.values[5]).toEqual(["偏差原因"]);
    expect(grid.merges).toEqual<CellRange[]>([{ top: 5, left: 0, bottom: 6, right: 2 }]);
  });

  it("gives values, number formats and formulas the same shape", () => {
    expect(grid.numberFormats?.map((r) => r.length)).toEqual(grid.values.map((r) => r.length));
    expect(grid.formulas?.map((r) => r.length)).toEqual(grid.values.map((r) => r.length));
  });
});

describe("readWorkbook: a workbook written by ExcelJS", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("joins rich text, takes a hyperlink's text and omits formulas when a sheet has none", async () => {
    const file = path.join(tmp.dir, "rich.xlsx");
    await writeWorkbook(file, (wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "偏差" }, { text: "原因", font: { bold: true } }] };
      ws.getCell("B1").value = { text: "财政部", hyperlink: "https://www.mof.gov.cn" };
      ws.getCell("C1").value = new Date(Date.UTC(2021, 0, 2, 3, 4, 5));
      wb.addWorksheet("空");
    });
    const [sheet, empty] = grids(readWorkbook(readFileSync(file), file));
    expect(sheet.values).toEqual([["偏差原因", "财政部", "2021-01-02T03:04:05.000Z"]]);
    expect(sheet.formulas).toBeUndefined();
    expect(empty).toMatchObject({ sheet: "空", values: [], merges: [] });
  });

  it("reads a shared formula ExcelJS wrote, master and clone", async () => {
    const file = path.join(tmp.dir, "shared.xlsx");
    await writeWorkbook(file, (wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 4 };
    });
    const [grid] = grids(readWorkbook(readFileSync(file), file));
    expect(grid.values).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(grid.formulas).toEqual([
      [null, "A1*2"],
      [null, "A2*2"],
    ]);
  });
});

describe("readWorkbook: one bad sheet never sinks the workbook", () => {
  const overlapping = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row><row r="2"><c r="C2"><v>7</v></c></row></sheetData>
<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`;
  const good = `<sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData>`;
  // A shared-string index past the end of the table: SheetJS cannot parse this sheet.
  const broken = `<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData>`;

  it("reads a sheet with overlapping merges beside a good sheet (ExcelJS refuses the whole file)", async () => {
    const bytes = await openXml(
      [
        { name: "重叠合并", body: overlapping },
        { name: "自评表", body: good },
      ],
      MAIN_TYPE,
      ["标题"],
    );
    expect(await loadWithExcelJS(bytes)).toMatchObject({ ok: false, failure: "corrupt" });
    const [odd, fine] = grids(readWorkbook(bytes, "x.xlsx"));
    // B1 lies inside A1:B2 and C2 inside B2:C3, neither at a top-left: Excel shows neither.
    expect(odd.values).toEqual([["标题"]]);
    expect(odd.merges).toHaveLength(2);
    expect(fine.values).toEqual([[42]]);
  });

  it("names a sheet SheetJS cannot parse, with its reason, and reads the others", async () => {
    const bytes = await openXml(
      [
        { name: "自评表", body: good },
        { name: "坏表", body: broken },
      ],
      MAIN_TYPE,
      ["x"],
    );
    const sheets = okSheets(readWorkbook(bytes, "x.xlsx"));
    expect(sheets[0]).toMatchObject({ ok: true, grid: { sheet: "自评表", values: [[42]] } });
    expect(sheets[1]).toMatchObject({ ok: false, sheet: "坏表" });
    expect(sheets[1].ok ? "" : sheets[1].detail).not.toBe("");
  });

  it("names a sheet whose part is missing from the package", async () => {
    const bytes = await openXml([
      { name: "缺失", body: null },
      { name: "自评表", body: good },
    ]);
    const sheets = okSheets(readWorkbook(bytes, "x.xlsx"));
    expect(sheets[0]).toMatchObject({ ok: false, sheet: "缺失" });
    expect(sheets[0].ok ? "" : sheets[0].detail).toContain("sheet1.xml");
    expect(sheets[1]).toMatchObject({ ok: true });
  });
});

describe("readWorkbook: every format, from a sample", () => {
  // cellNF keeps the number formats so the written copies carry them.
  const source = XLSX.read(sampleBytes(0), { cellNF: true, cellStyles: true });
  const [reference] = grids(readWorkbook(sampleBytes(0), "01.xlsx"));
  const written = (bookType: XLSX.BookType) => Buffer.from(XLSX.write(source, { bookType, type: "buffer" }) as Buffer);

  it.each([
    ["biff8", "01.xls", "xls"],
    ["biff8", "01.ET", "et"],
    ["ods", "01.ods", "ods"],
    ["xlml", "01.xls", "xml"],
  ] as const)("reads %s named %s as %s with the same values, formats and merges", (bookType, name, format) => {
    const result = readWorkbook(written(bookType), name);
    expect(result).toMatchObject({ ok: true, format });
    const [grid] = grids(result);
    expect(grid.values).toEqual(reference.values);
    expect(grid.numberFormats).toEqual(reference.numberFormats);
    const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(grid.merges.map(key).sort()).toEqual(reference.merges.map(key).sort());
  });

  it("tells .xlsm and .xltx packages by their content types", async () => {
    const body = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`;
    const xlsm = await openXml([{ name: "S", body }], "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const xltx = await openXml([{ name: "S", body }], "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml");
    expect(readWorkbook(xlsm, "a.xlsx")).toMatchObject({ ok: true, format: "xlsm" });
    expect(readWorkbook(xltx, "a.xlsx")).toMatchObject({ ok: true, format: "xltx" });
  });

  it("reads a GBK HTML table saved as .xls as the table it is: text as shown, spans as merges", () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>' +
      '<table border="1"><tr><td colspan="2">项目支出绩效自评表</td></tr><tr><td>得分</td><td>90.6</td></tr>' +
      '<tr><td rowspan="2">执行率</td><td>66%</td></tr><tr><td>2021-12</td></tr></table></body></html>';
    const bytes = encodeGbk(html);
    const result = readWorkbook(bytes, "export.xls");
    expect(result).toMatchObject({ ok: true, format: "html" });
    const [grid] = grids(result);
    expect(grid.values).toEqual([["项目支出绩效自评表"], ["得分", "90.6"], ["执行率", "66%"], [null, "2021-12"]]);
    expect(grid.merges).toEqual(
      expect.arrayContaining<CellRange>([
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ]),
    );
  });
});

describe("decodeMarkup", () => {
  it("decodes by BOM, then by the declared charset, else as UTF-8", () => {
    expect(decodeMarkup(Buffer.from("\ufeff<table>分值</table>", "utf8"))).toBe("<table>分值</table>");
    expect(decodeMarkup(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<table>分</table>", "utf16le")]))).toBe("<table>分</table>");
    expect(decodeMarkup(encodeGbk('<meta charset="GBK"><td>得分</td>'))).toBe('<meta charset="GBK"><td>得分</td>');
    expect(decodeMarkup(Buffer.from("<td>得分</td>", "utf8"))).toBe("<td>得分</td>");
  });
});

describe("readWorkbook: the true reason a file cannot be read", () => {
  // An OLE compound file holding the given streams, written by SheetJS's CFB module.
  const ole = (streams: Record<string, Buffer>): Buffer => {
    const cfb = XLSX.CFB.utils.cfb_new();
    for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, data);
    return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
  };
  const biff8 = () => Buffer.from(XLSX.write(XLSX.read(sampleBytes(1)), { bookType: "biff8", type: "buffer" }) as Buffer);
  const workbookStream = (xls: Buffer): Buffer => Buffer.from(XLSX.CFB.find(XLSX.CFB.read(xls, { type: "buffer" }), "Workbook").content);

  it("calls an empty file empty", () => {
    expect(readWorkbook(Buffer.alloc(0), "a.xlsx")).toMatchObject({ ok: false, failure: "empty" });
  });

  it("calls an OLE file with EncryptionInfo and EncryptedPackage streams encrypted", () => {
    const bytes = ole({ EncryptionInfo: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: Buffer.alloc(64, 7) });
    expect(readWorkbook(bytes, "locked.xlsx")).toMatchObject({ ok: false, failure: "encrypted" });
  });

  it("calls a .xls whose Workbook stream has a FILEPASS record encrypted", () => {
    const stream = workbookStream(biff8());
    // After the globals' BOF record (4-byte header + 16 bytes): FILEPASS (0x002F), XOR obfuscation.
    const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78]);
    const patched = Buffer.concat([stream.subarray(0, 20), filePass, stream.subarray(20)]);
    expect(readWorkbook(ole({ Workbook: patched }), "locked.xls")).toMatchObject({ ok: false, failure: "encrypted" });
  });

  it("calls a Word .doc (an OLE file without a Workbook stream) not a workbook", () => {
    expect(readWorkbook(ole({ WordDocument: Buffer.alloc(512, 1) }), "report.xls")).toMatchObject({ ok: false, failure: "not-workbook" });
  });

  // Cut inside a record SheetJS throws; cut between records it stops quietly and loses the sheet.
  it.each([0.1, 0.3, 0.5, 0.7, 0.9])("calls a .xls whose Workbook stream is cut at %s of its length damaged", (fraction) => {
    const stream = workbookStream(biff8());
    const result = readWorkbook(ole({ Workbook: stream.subarray(0, Math.floor(stream.length * fraction)) }), "cut.xls");
    expect(result).toMatchObject({ ok: false, failure: "corrupt" });
    expect(result.ok ? "" : result.detail).not.toBe("");
  });

  it("calls random bytes, text and a PDF not a spreadsheet", () => {
    const random = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73 + 11) % 256));
    expect(readWorkbook(random, "a.xlsx")).toMatchObject({ ok: false, failure: "not-spreadsheet" });
    expect(readWorkbook(Buffer.from("名称,得分\n张三,90\n"), "a.xls")).toMatchObject({ ok: false, failure: "not-spreadsheet" });
    expect(readWorkbook(Buffer.from("%PDF-1.7\n1 0 obj\n"), "a.xlsx")).toMatchObject({ ok: false, failure: "not-spreadsheet" });
  });

  it("calls a zip without a workbook (a .docx) not a workbook", () => {
    const docx = storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(readWorkbook(docx, "a.xlsx")).toMatchObject({ ok: false, failure: "not-workbook" });
  });

  it("calls a truncated workbook damaged, with the reason", () => {
    const result = readWorkbook(sampleBytes(0).subarray(0, 2000), "cut.xlsx");
    expect(result).toMatchObject({ ok: false, failure: "corrupt" });
    expect(result.ok ? "" : result.detail).not.toBe("");
  });
});

describe("the committed samples", () => {
  it.each(SAMPLE_FILES.map((f, i) => [f, i] as const))("%s reads back as the seed rendered in layout A", (name, index) => {
    const [grid, ...others] = grids(readWorkbook(sampleBytes(index), name));
    expect(others).toEqual([]);
    expect(grid.sheet).toBe("自评表");
    const rendered = renderForm(SEED_FORMS[index], { variant: "A" });
    const width = Math.max(...rendered.values.map((r) => r.length));
    const dense = (rows: unknown[][]) => rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    expect(dense(grid.values)).toEqual(dense(rendered.values));
    expect(dense(grid.numberFormats ?? [])).toEqual(dense(rendered.formats));
    const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
    const read = new Set(grid.merges.map(key));
    for (const m of rendered.merges) expect(read.has(key(m)), key(m)).toBe(true);
  });

  it("stores form 1's truncated rate as 0.66 formatted 0%", () => {
    const [grid] = grids(readWorkbook(sampleBytes(0), SAMPLE_FILES[0]));
    const rateRow = renderForm(SEED_FORMS[0], { variant: "A" }).rows.fundTotal;
    expect(grid.values[rateRow][6]).toBe(0.66);
    expect(grid.numberFormats?.[rateRow][6]).toBe("0%");
  });

  // Fidelity with the former reader: the same Grid, hence the same engine reports, on every sample.
  it.each(SAMPLE_FILES.map((f, i) => [f, i] as const))("%s gives the ExcelJS reader's grid and reports", async (name, index) => {
    const old = await loadWithExcelJS(sampleBytes(index));
    if (!old.ok) throw new Error(old.failure);
    const [before] = exceljsGrids(old.workbook);
    const [after] = grids(readWorkbook(sampleBytes(index), name));
    expect(after.values).toEqual(before.values);
    expect(after.numberFormats).toEqual(before.numberFormats);
    const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(after.merges.map(key).sort()).toEqual(before.merges.map(key).sort());
    const summary = (g: Grid) =>
      checkGrid(g).map((r) => ({
        entered: r.entered,
        computed: r.computed,
        findings: r.findings.map((f) => [f.rule, f.cell, f.severity]),
        fixes: r.fixes,
      }));
    const reports = summary(after);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports).toEqual(summary(before));
  });
});
