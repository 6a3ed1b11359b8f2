// --report FILE.xlsx: the reviewer's summary workbook, written as results stream in, read back with ExcelJS
// and SheetJS (independent readers) and checked against the samples' figures as the forms state them.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarize, type FileResult } from "../../src/cli/batch-result";
import { createXlsxReport } from "../../src/cli/review/xlsx-report";
import { finding, formReport, tempDir } from "./helpers";
import { checkSample, SAMPLE_FILES } from "./review-support";

const FAILED: FileResult = {
  file: "坏文件.xlsx",
  error: "文件已损坏 (the file is corrupt)",
  errorCode: "corrupt",
  sheetErrors: [],
  forms: [],
};

async function sheetXml(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file(part)!.async("string");
}

describe("createXlsxReport on the three samples, a failed file and a copy link", () => {
  const tmp = tempDir("perf-review-xlsx-");
  const reportFile = () => path.join(tmp.dir, "复核汇总.xlsx");
  let results: FileResult[];
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    results = SAMPLE_FILES.map((name) => checkSample(name));
    // As with --fix --out 已修正: the first sample's annotated copy.
    results[0] = { ...results[0], output: path.join(tmp.dir, "已修正", SAMPLE_FILES[0]) };
    results.push(FAILED);
    const report = createXlsxReport(reportFile(), "zh");
    for (const r of results) await report.add(r);
    await report.finish(summarize(results));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(reportFile());
  });
  afterAll(() => tmp.cleanup());

  it("has the forms sheet, the findings sheet and the summary, named in Chinese", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(["自评表汇总", "问题清单", "统计"]);
  });

  it("heads the forms sheet with the shared vocabulary", () => {
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "文件",
      "工作表",
      "项目名称",
      "主管部门",
      "实施单位",
      "执行率（填报值）",
      "执行率（复算值）",
      "执行率得分（填报值）",
      "执行率得分（复算值）",
      "总分（填报值）",
      "总分（复算值）",
      "等级（填报值）",
      "等级（复算值）",
      "错误",
      "警告",
      "提示",
      "批注副本",
      "备注",
    ]);
  });

  it("gives each sample's figures as numbers: sample 1 writes 66% and 6.6, recomputed 100/150 and 10×100/150", () => {
    const sheet = wb.worksheets[0];
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const [file, sh, project, , , rateE, rateC, scoreE, scoreC, totalE, totalC, gradeE, gradeC] = row(2);
    expect([file, sh, project]).toEqual([`samples/${SAMPLE_FILES[0]}`, "自评表", "新建潇河派出所业务用房建设资金"]);
    expect(rateE).toBe(0.66);
    expect(rateC as number).toBeCloseTo(100 / 150, 4);
    expect(scoreE).toBe(6.6);
    expect(scoreC as number).toBeCloseTo((10 * 100) / 150, 2);
    // 6.6+10+10+7+7+20+20+10 = 90.6 (docs/rules.md#source-shanxi-jinzhong): 优 (≥ 90), the grade cell left empty.
    expect([totalE, totalC, gradeE ?? null, gradeC]).toEqual([90.6, 90.6, null, "优"]);
    expect(sheet.getCell("F2").numFmt).toBe("0.00%");
    // Sample 2: 372.6 of 372.6 spent, total 96; sample 3: total 95 with 优 written.
    expect(row(3).slice(5, 13)).toEqual([1, 1, 10, 10, 96, 96, undefined, "优"].map((v) => v));
    expect(row(4).slice(9, 13)).toEqual([95, 95, "优", "优"]);
  });

  it("counts findings by severity per form, adding up to the batch's counts", () => {
    const sheet = wb.worksheets[0];
    const sum = (col: number) => [2, 3, 4].reduce((n, r) => n + Number(sheet.getRow(r).getCell(col).value), 0);
    const summary = summarize(results);
    expect([sum(14), sum(15), sum(16)]).toEqual([summary.errors, summary.warnings, summary.infos]);
    expect(summary.errors).toBeGreaterThan(0);
  });

  it("links the annotated copy relative to the report, and leaves the link empty without one", () => {
    const sheet = wb.worksheets[0];
    const link = sheet.getCell("Q2").value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe(`已修正/${SAMPLE_FILES[0]}`);
    expect(sheet.getCell("Q3").value).toBeNull();
  });

  it("gives a failed file a row with its error and no counts", () => {
    const row = (wb.worksheets[0].getRow(5).values as unknown[]).slice(1);
    expect(row[0]).toBe("坏文件.xlsx");
    expect(row[13]).toBeUndefined();
    expect(row[17]).toBe("文件已损坏 (the file is corrupt)");
  });

  it("freezes the header rows, sets column widths and an autofilter over each table", async () => {
    for (const sheet of wb.worksheets.slice(0, 2)) expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(wb.worksheets[0].getColumn(1).width).toBe(36);
    expect(wb.worksheets[1].getColumn(6).width).toBe(80);
    expect(await sheetXml(reportFile(), "xl/worksheets/sheet1.xml")).toContain('<autoFilter ref="A1:R5"/>');
    const findings = summarize(results);
    const total = findings.errors + findings.warnings + findings.infos;
    expect(await sheetXml(reportFile(), "xl/worksheets/sheet2.xml")).toContain(`<autoFilter ref="A1:G${total + 1}"/>`);
  });

  it("lists every finding with its rule title and severity word (read with SheetJS)", () => {
    const book = XLSX.read(readFileSync(reportFile()));
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets["问题清单"]);
    const all = results.flatMap((r) => r.forms.flatMap((f) => f.findings.map((x) => ({ file: r.file, ...x }))));
    expect(rows).toHaveLength(all.length);
    const rate = rows.find((r) => r["单元格"] === "G6" && r["文件"] === `samples/${SAMPLE_FILES[0]}`);
    expect(rate).toMatchObject({ 工作表: "自评表", 规则: "执行率", 级别: "错误", 规则编号: "exec-rate" });
    expect(rate!["问题说明"]).toMatch(/^执行率填写为66\.00%，按全年执行数100÷全年预算数150应为66\.67%/);
  });
});

describe("createXlsxReport in English, and with nothing to report", () => {
  const tmp = tempDir("perf-review-xlsx-en-");
  afterAll(() => tmp.cleanup());

  it("names sheets and headers in English", async () => {
    const file = path.join(tmp.dir, "review.xlsx");
    const result: FileResult = {
      file: "a.xlsx",
      error: null,
      errorCode: null,
      sheetErrors: [],
      forms: [formReport({ findings: [finding()] })],
    };
    const report = createXlsxReport(file, "en");
    await report.add(result);
    await report.finish(summarize([result]));
    const book = XLSX.read(readFileSync(file));
    expect(book.SheetNames).toEqual(["Forms", "Findings", "Summary"]);
    const forms = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Forms, { header: 1 });
    expect(forms[0]).toContain("Execution rate (Entered)");
    expect(forms[0]).toContain("Supervising department");
    const findings = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Findings);
    expect(findings[0]).toMatchObject({ Rule: "Deduction without reason", Severity: "Error", Cell: "I21" });
  });

  it("writes a valid workbook with only the headers for an empty batch", async () => {
    const file = path.join(tmp.dir, "empty.xlsx");
    const report = createXlsxReport(file, "zh");
    await report.finish(summarize([]));
    const book = XLSX.read(readFileSync(file));
    expect(XLSX.utils.sheet_to_json(book.Sheets["问题清单"])).toEqual([]);
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["统计"], { header: 1 })[0]).toEqual(["文件数", 0]);
  });
});
