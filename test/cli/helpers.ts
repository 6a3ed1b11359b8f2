// Fixture helpers for the CLI tests: temp folders, workbooks written with ExcelJS, raw zips and
// hand-made engine reports.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import type { Finding, FormReport } from "../../src/model";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SAMPLES = path.join(ROOT, "samples");

/** A fresh temp folder and a function that removes it. */
export function tempDir(prefix = "perf-cli-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a workbook built by the callback to the path. */
export async function writeWorkbook(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(file);
}

/** Reads a workbook with ExcelJS, for inspecting what the CLI wrote. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A valid zip archive (stored, uncompressed) holding the given text files: a zip that is not a workbook. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** An OLE file holding an encrypted Office package, as Office writes a password-protected .xlsx. */
export function encryptedPackage(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(64, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** A legacy BIFF8 .xls of a sample workbook, as a budget system or an old Excel saves it. */
export function sampleAsXls(sampleFile: string): Buffer {
  return Buffer.from(XLSX.write(XLSX.read(readFileSync(sampleFile)), { bookType: "biff8", type: "buffer" }) as Buffer);
}

/** A finding with sensible defaults, overridable per test. */
export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "reason-missing",
    severity: "error",
    sheet: "自评表",
    cell: "I21",
    row: 21,
    message: "得分低于分值但未填写偏差原因",
    highlight: false,
    ...over,
  };
}

/** A form report with sensible defaults, overridable per test. */
export function formReport(over: Partial<FormReport> = {}): FormReport {
  return {
    sheet: "自评表",
    range: "A1:I40",
    project: "新建潇河派出所业务用房建设资金",
    department: "晋中市公安局",
    implementer: "晋中市公安局开发区分局",
    entered: { execRate: 0.66, execScore: 6.6, total: 90.6, grade: null },
    computed: { execRate: 0.6667, execScore: 6.67, total: 90.6, grade: "优" },
    findings: [],
    fixes: [],
    ...over,
  };
}
