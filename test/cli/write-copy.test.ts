// The --fix writer at the XML level: fix cells and fills go into the input's own package, and every
// other part (macros, protection, print settings, defined names, comments, custom properties) is kept.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CellWrite, Finding } from "../../src/model";
import { CopyError, patchSheetXml, shiftFormula, type CellPatch } from "../../src/cli/patch-package";
import { writeFixedCopy } from "../../src/cli/write-copy";
import { buildPackage, SHEET_DATA, VBA_BYTES, zipEntries } from "../support/package-fixture";
import { encodeGbk } from "../support/gbk";
import { finding, formReport, tempDir } from "./helpers";

const RED = "FFFFC7CE";
const YELLOW = "FFFFEB9C";
const GRADE = 'IF(ROUND(B5,2)>=90,"优",IF(ROUND(B5,2)>=80,"良",IF(ROUND(B5,2)>=60,"中","差")))';

function fix(cell: string, formula: string, value: number | string, sheet = "自评表"): CellWrite {
  return { sheet, cell, row: 0, col: 0, formula, value, purpose: "total" };
}

// B2:B4 hold 10, 20.5 and 30, so the total is 60.5 and its grade 中 (60 ≤ 60.5 < 80).
const FIXES = [fix("B5", "SUM(B2:B4)", 60.5), { ...fix("C5", GRADE, "中"), purpose: "grade" as const }];
// A2:C2 red (C2 has no cell yet), A3:B4 yellow.
const FINDINGS: Finding[] = [
  finding({ severity: "error", highlight: true, span: { top: 1, bottom: 1, left: 0, right: 2 } }),
  finding({ severity: "warning", highlight: true, span: { top: 2, bottom: 3, left: 0, right: 1 } }),
];

function sheetXmlOf(entries: Map<string, Buffer>): string {
  return entries.get("xl/worksheets/sheet1.xml")!.toString("utf8");
}

async function fillOf(file: string, address: string): Promise<string | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const fill = wb.worksheets[0].getCell(address).fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb ?? null) : null;
}

describe("writeFixedCopy on an .xlsx package", () => {
  const tmp = tempDir();
  let input: Buffer;
  let result: { output: string; formulas: number; filled: number };
  let copy: Buffer;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;

  beforeAll(async () => {
    input = await buildPackage();
    result = await writeFixedCopy(
      { bytes: input, format: "xlsx" },
      [formReport({ fixes: FIXES, findings: FINDINGS })],
      path.join(tmp.dir, "sub", "表.xlsx"),
    );
    copy = readFileSync(result.output);
    before = await zipEntries(input);
    after = await zipEntries(copy);
  });
  afterAll(() => tmp.cleanup());

  it("writes the copy (creating its folder) and counts two formulas and seven filled cells", () => {
    expect(result).toEqual({ output: path.join(tmp.dir, "sub", "表.xlsx"), formulas: 2, filled: 7, notes: 0 });
  });

  it("writes each formula with its cached value, a text result as t=str", () => {
    const ws = XLSX.read(copy, { cellFormula: true }).Sheets["自评表"];
    expect(ws.B5).toMatchObject({ t: "n", v: 60.5, f: "SUM(B2:B4)" });
    expect(ws.C5).toMatchObject({ v: "中", f: GRADE });
    const xml = sheetXmlOf(after);
    expect(xml).toContain(
      '<c r="C5" s="1" t="str"><f>IF(ROUND(B5,2)&gt;=90,"优",IF(ROUND(B5,2)&gt;=80,"良",IF(ROUND(B5,2)&gt;=60,"中","差")))</f><v>中</v></c>',
    );
    expect(xml).toContain('<c r="B5" s="1"><f>SUM(B2:B4)</f><v>60.5</v></c>');
  });

  it("keeps every other cell's value", () => {
    const was = XLSX.read(input).Sheets["自评表"];
    const now = XLSX.read(copy).Sheets["自评表"];
    for (const address of ["A1", "B1", "A2", "B2", "A3", "B3", "A4", "B4", "A5"]) {
      expect(now[address]?.v, address).toEqual(was[address]?.v);
    }
  });

  it("fills exactly the spans: red on A2:C2, yellow on A3:B4", async () => {
    for (let r = 1; r <= 5; r++) {
      for (const col of ["A", "B", "C", "D"]) {
        const address = `${col}${r}`;
        const expected = r === 2 && col <= "C" ? RED : (r === 3 || r === 4) && col <= "B" ? YELLOW : null;
        expect(await fillOf(result.output, address), address).toBe(expected);
      }
    }
  });

  it("keeps the filled cells' other formatting (font, border, number format)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.output);
    const ws = wb.worksheets[0];
    expect(ws.getCell("B2").font).toMatchObject({ bold: true, size: 10, name: "宋体" });
    expect(ws.getCell("B2").border?.top).toEqual({ style: "thin" });
    expect(ws.getCell("A3").numFmt).toBe("0.00%");
  });

  it("adds one cell-format clone per (format, colour) and one fill per colour, with matching counts", () => {
    const styles = after.get("xl/styles.xml")!.toString("utf8");
    // Clones: (1, red) for A2 and B2, (0, red) for the new C2, (2, yellow) for A3, (1, yellow) for B3, A4, B4.
    expect(styles).toContain('<cellXfs count="7">');
    expect(styles.match(/<xf\b/g)?.length).toBe(1 + 7);
    expect(styles).toContain('<fills count="4">');
    expect(styles).toContain(`<fgColor rgb="${RED}"/>`);
    expect(styles).toContain(`<fgColor rgb="${YELLOW}"/>`);
    expect(styles).toContain(
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyFill="1"><alignment horizontal="center"/></xf>',
    );
  });

  it("leaves every other zip entry byte-identical and adds or drops none", () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) {
      if (name === "xl/worksheets/sheet1.xml" || name === "xl/styles.xml") continue;
      expect(after.get(name)!.equals(bytes), name).toBe(true);
    }
  });

  it("keeps the sheet's protection, print settings and comment link: only <sheetData> changed", () => {
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
    expect(outside(sheetXmlOf(after))).toBe(outside(sheetXmlOf(before)));
    expect(sheetXmlOf(after)).toContain('<sheetProtection sheet="1"');
    expect(sheetXmlOf(after)).toContain('<pageSetup paperSize="9" orientation="landscape"');
  });
});

describe("writeFixedCopy on an .xlsm package", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("keeps the VBA project, its content types and the .xlsm extension", async () => {
    const input = await buildPackage({ macro: true });
    const result = await writeFixedCopy({ bytes: input, format: "xlsm" }, [formReport({ fixes: FIXES })], path.join(tmp.dir, "宏.xlsm"));
    expect(result.output).toBe(path.join(tmp.dir, "宏.xlsm"));
    const entries = await zipEntries(readFileSync(result.output));
    expect(entries.get("xl/vbaProject.bin")!.equals(VBA_BYTES)).toBe(true);
    const types = entries.get("[Content_Types].xml")!.toString("utf8");
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    expect(entries.get("xl/_rels/workbook.xml.rels")!.toString("utf8")).toContain('Target="vbaProject.bin"');
  });

  it("names the copy .xlsm even when the planned name said .xlsx", async () => {
    const input = await buildPackage({ macro: true });
    const result = await writeFixedCopy({ bytes: input, format: "xlsm" }, [], path.join(tmp.dir, "改名.xlsx"));
    expect(result.output).toBe(path.join(tmp.dir, "改名.xlsm"));
  });
});

describe("writeFixedCopy edge cases", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("copies the bytes as they are when there is nothing to write", async () => {
    const input = await buildPackage();
    const result = await writeFixedCopy({ bytes: input, format: "xlsx" }, [formReport()], path.join(tmp.dir, "same.xlsx"));
    expect(result).toMatchObject({ formulas: 0, filled: 0 });
    expect(readFileSync(result.output).equals(input)).toBe(true);
  });

  it("throws a CopyError naming a missing sheet, and writes nothing", async () => {
    const input = await buildPackage();
    const out = path.join(tmp.dir, "missing.xlsx");
    const run = writeFixedCopy({ bytes: input, format: "xlsx" }, [formReport({ fixes: [fix("A1", "1", 1, "别的表")] })], out);
    await expect(run).rejects.toThrow(CopyError);
    await expect(run).rejects.toThrow(/工作簿中没有工作表「别的表」.*sheet "别的表" not found/);
    expect(existsSync(out)).toBe(false);
  });

  it("finds a sheet whose name is XML-escaped in workbook.xml", async () => {
    const name = `A&B<'表'>`;
    const input = await buildPackage({ sheetName: name });
    const result = await writeFixedCopy(
      { bytes: input, format: "xlsx" },
      [formReport({ sheet: name, fixes: [fix("B5", "SUM(B2:B4)", 60.5, name)] })],
      path.join(tmp.dir, "escaped.xlsx"),
    );
    const ws = XLSX.read(readFileSync(result.output), { cellFormula: true }).Sheets[name];
    expect(ws.B5).toMatchObject({ v: 60.5, f: "SUM(B2:B4)" });
  });

  it("places rows and cells that have no r attribute by position and makes them explicit", async () => {
    const input = await buildPackage({
      sheetData: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="5"><c r="A5"><v>4</v></c></row>',
    });
    const result = await writeFixedCopy(
      { bytes: input, format: "xlsx" },
      [formReport({ fixes: [fix("B2", "A1+B1", 3), fix("A4", "A2+1", 4)] })],
      path.join(tmp.dir, "no-r.xlsx"),
    );
    const ws = XLSX.read(readFileSync(result.output), { cellFormula: true }).Sheets["自评表"];
    expect([ws.A1?.v, ws.B1?.v, ws.A2?.v, ws.A5?.v]).toEqual([1, 2, 3, 4]);
    expect(ws.B2).toMatchObject({ v: 3, f: "A1+B1" });
    expect(ws.A4).toMatchObject({ v: 4, f: "A2+1" });
  });

  it("refuses to write one cell of a multi-cell array formula", async () => {
    const input = await buildPackage({
      sheetData: SHEET_DATA.replace(
        '<c r="C5" s="1"/>',
        '<c r="C5" s="1"><f t="array" ref="C5:D5">B2:B3*2</f><v>20</v></c><c r="D5"><v>41</v></c>',
      ),
    });
    const run = writeFixedCopy(
      { bytes: input, format: "xlsx" },
      [formReport({ fixes: [fix("D5", "1", 1)] })],
      path.join(tmp.dir, "array.xlsx"),
    );
    await expect(run).rejects.toThrow(/D5.*数组公式 C5:D5/);
  });

  it("gives the dependents of a shared formula whose master it overwrites their own moved formulas", async () => {
    const input = await buildPackage({
      sheetData:
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" ref="A2:C3" si="0">A1*2</f><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>6</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c><c r="B3"><f t="shared" si="0"/><v>8</v></c></row>',
    });
    const result = await writeFixedCopy(
      { bytes: input, format: "xlsx" },
      [formReport({ fixes: [fix("A2", "SUM(A1:C1)", 6)] })],
      path.join(tmp.dir, "shared.xlsx"),
    );
    const ws = XLSX.read(readFileSync(result.output), { cellFormula: true }).Sheets["自评表"];
    expect(ws.A2).toMatchObject({ v: 6, f: "SUM(A1:C1)" });
    expect([ws.B2?.f, ws.C2?.f, ws.A3?.f, ws.B3?.f]).toEqual(["B1*2", "C1*2", "A2*2", "B2*2"]);
    expect([ws.B2?.v, ws.C2?.v, ws.A3?.v, ws.B3?.v]).toEqual([4, 6, 4, 8]);
    const xml = sheetXmlOf(await zipEntries(readFileSync(result.output)));
    expect(xml).not.toContain('t="shared"');
  });
});

describe("patchSheetXml", () => {
  const patches = (entries: [string, CellPatch][]) => new Map(entries);

  it("creates rows and cells in sorted position", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>' +
      '<row r="3"><c r="A3"><v>5</v></c></row></sheetData></worksheet>';
    const out = patchSheetXml(
      xml,
      "S",
      patches([
        ["0,1", { fix: fix("B1", "A1+1", 2) }],
        ["1,0", { fix: fix("A2", "A1*3", 3) }],
        ["3,0", { fix: fix("A4", "A3", 5) }],
      ]),
      null,
    );
    expect([...out.matchAll(/<row r="(\d+)"/g)].map((m) => m[1])).toEqual(["1", "2", "3", "4"]);
    expect([...out.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(["A1", "B1", "C1", "A2", "A3", "A4"]);
  });

  it("writes into a self-closing <sheetData/> and keeps a namespace prefix", () => {
    const xml = '<x:worksheet xmlns:x="main"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>';
    const out = patchSheetXml(xml, "S", patches([["1,1", { fix: fix("B2", "1+1", 2) }]]), null);
    expect(out).toBe(
      '<x:worksheet xmlns:x="main"><x:dimension ref="A1:B2"/><x:sheetData><x:row r="2"><x:c r="B2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it("widens a row's spans hint to the new cell", () => {
    const xml = '<worksheet><sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    const out = patchSheetXml(xml, "S", patches([["0,3", { fix: fix("D1", "A1", 1) }]]), null);
    expect(out).toContain('<row r="1" spans="1:4">');
  });
});

describe("shiftFormula", () => {
  it("moves relative parts and keeps absolute ones", () => {
    expect(shiftFormula("SUM(B2:B4)", 1, 1)).toBe("SUM(C3:C5)");
    expect(shiftFormula("$A$1+A$1+$A1", 2, 3)).toBe("$A$1+D$1+$A3");
    expect(shiftFormula("A:A+1:1", 1, 1)).toBe("B:B+2:2");
  });

  it("leaves text, function names and quoted sheet names alone", () => {
    expect(shiftFormula(`IF(A1>0,"B2",'Sheet 1'!C3)`, 1, 0)).toBe(`IF(A2>0,"B2",'Sheet 1'!C4)`);
    expect(shiftFormula("LOG10(A1)+ATAN2(A1,1)", 0, 1)).toBe("LOG10(B1)+ATAN2(B1,1)");
    expect(shiftFormula("1E5+A1", 1, 0)).toBe("1E5+A2");
  });

  it("is null when a reference would leave the sheet", () => {
    expect(shiftFormula("A1", -1, 0)).toBeNull();
    expect(shiftFormula("A1", 0, -1)).toBeNull();
  });
});

describe("writeFixedCopy on .xls and .ods inputs", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  for (const [format, bookType] of [
    ["xls", "biff8"],
    ["ods", "ods"],
  ] as const) {
    it(`writes an .xlsx copy of a .${format} input, with the fix and every value`, async () => {
      const ws = XLSX.utils.aoa_to_sheet([
        ["项目", "得分"],
        ["数量", 10],
        ["质量", 20.5],
        ["时效", 30],
        ["总分", 1],
      ]);
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, "自评表");
      const bytes = XLSX.write(wb, { bookType, type: "buffer" }) as Buffer;
      const result = await writeFixedCopy(
        { bytes, format },
        [formReport({ fixes: [fix("B5", "SUM(B2:B4)", 60.5)], findings: FINDINGS })],
        path.join(tmp.dir, `表.${format}`),
      );
      expect(result.output).toBe(path.join(tmp.dir, "表.xlsx"));
      const copy = readFileSync(result.output);
      expect(copy.subarray(0, 2).toString("latin1")).toBe("PK");
      const read = XLSX.read(copy, { cellFormula: true }).Sheets["自评表"];
      expect(read.B5).toMatchObject({ v: 60.5, f: "SUM(B2:B4)" });
      expect([read.A1?.v, read.B2?.v, read.B3?.v, read.A5?.v]).toEqual(["项目", 10, 20.5, "总分"]);
      expect(await fillOf(result.output, "A2")).toBe(RED);
    });
  }

  it("writes an .xlsx copy of a GBK HTML table named .xls with its Chinese text intact and the fix where the reader saw it", async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table>' +
      "<tr><td>项目</td><td>得分</td></tr><tr><td>数量</td><td>10</td></tr><tr><td>质量</td><td>20.5</td></tr>" +
      "<tr><td>总分</td><td></td></tr></table></body></html>";
    const result = await writeFixedCopy(
      { bytes: encodeGbk(html), format: "html" },
      [formReport({ fixes: [fix("B4", "SUM(B2:B3)", 30.5, "Sheet1")], findings: [] })],
      path.join(tmp.dir, "导出.xls"),
    );
    expect(result.output).toBe(path.join(tmp.dir, "导出.xlsx"));
    const read = XLSX.read(readFileSync(result.output), { cellFormula: true }).Sheets["Sheet1"];
    expect([read.A1?.v, read.B1?.v, read.A4?.v]).toEqual(["项目", "得分", "总分"]);
    // HTML cells are kept as the text they show, as the reader reads them.
    expect(read.B2?.v).toBe("10");
    expect(read.B4).toMatchObject({ v: 30.5, f: "SUM(B2:B3)" });
  });
});
