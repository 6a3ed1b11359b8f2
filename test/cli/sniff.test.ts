import { describe, expect, it } from "vitest";
import { sniffMagic } from "../../src/cli/sniff";

describe("sniffMagic", () => {
  it("recognises an OLE compound file by D0 CF 11 E0 A1 B1 1A E1", () => {
    expect(sniffMagic(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("ole");
  });

  it("needs all eight OLE bytes", () => {
    expect(sniffMagic(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a]))).toBe("other");
  });

  it("recognises a zip by PK 03 04 and an empty zip by PK 05 06", () => {
    expect(sniffMagic(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("zip");
    expect(sniffMagic(Uint8Array.from([0x50, 0x4b, 0x05, 0x06]))).toBe("zip");
  });

  it("calls zero bytes empty and anything else other", () => {
    expect(sniffMagic(new Uint8Array(0))).toBe("empty");
    expect(sniffMagic(Buffer.from("PK but text"))).toBe("other");
  });
});

describe("sniffMagic on text files", () => {
  it("recognises an HTML table saved as .xls, after a BOM or blank lines", () => {
    expect(sniffMagic(Buffer.from("<html><body><table><tr><td>1</td></tr></table>"))).toBe("html");
    expect(sniffMagic(Buffer.from("\ufeff\r\n  <TABLE border=1><tr><td>得分</td></tr></TABLE>", "utf8"))).toBe("html");
    expect(sniffMagic(Buffer.from("<!DOCTYPE html>\n<meta charset=gbk>"))).toBe("html");
  });

  it("recognises an Excel 2003 XML spreadsheet", () => {
    const xml = '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>';
    expect(sniffMagic(Buffer.from(xml))).toBe("xml-spreadsheet");
  });

  it("calls a PDF pdf, and a CSV, other XML or binary with a '<' other", () => {
    expect(sniffMagic(Buffer.from("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffMagic(Buffer.from("项目,得分\n<b>,90\n"))).toBe("other");
    expect(sniffMagic(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe("other");
    expect(sniffMagic(Uint8Array.from([0x3c, 0x74, 0x61, 0x62, 0x6c, 0x65, 0x3e, 0x00, 0x01]))).toBe("other");
  });
});
