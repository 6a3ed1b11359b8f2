// The real bin (node bin/perf-check.js) on the samples and on broken files. Each spawn pays the
// start-up cost, so the cases share as few runs as possible.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { FormReportSchema, parseRangeA1, type FormReport } from "../../src/model";
import { encryptedPackage, readWorkbook, ROOT, SAMPLES, sampleAsXls, tempDir, writeWorkbook } from "./helpers";

const BIN = path.join(ROOT, "bin", "perf-check.js");
const SAMPLE_NAMES = readdirSync(SAMPLES)
  .filter((n) => n.endsWith(".xlsx"))
  .sort();

function perfCheck(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const JsonSchema = z.object({
  files: z.array(z.object({ file: z.string(), error: z.string().nullable(), forms: z.array(FormReportSchema) })),
});
type JsonOutput = z.infer<typeof JsonSchema>;

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const tmp = tempDir("perf-e2e-");
const at = (name: string) => path.join(tmp.dir, name);

beforeAll(async () => {
  // Random bytes that cannot pass for a zip or an OLE file.
  writeFileSync(at("损坏.xlsx"), Buffer.concat([Buffer.from([0]), randomBytes(2047)]));
  writeFileSync(at("旧格式.xls"), sampleAsXls(path.join(SAMPLES, SAMPLE_NAMES[0])));
  writeFileSync(at("加密.xlsx"), encryptedPackage());
  await writeWorkbook(at("职工名单.xlsx"), (wb) => {
    const ws = wb.addWorksheet("职工名单");
    ws.addRow(["姓名", "部门", "得分"]);
    ws.addRow(["张三", "办公室", 95]);
    ws.addRow(["李四", "财务科", 82.5]);
  });
});
afterAll(() => tmp.cleanup());

describe("perf-check on the samples folder", () => {
  let run: ReturnType<typeof perfCheck>;
  beforeAll(() => {
    run = perfCheck("samples");
  });

  it("exits 1: form 1 shows its 66.67% execution rate as 66%, an error-severity finding (docs/rules.md#exec-rate)", () => {
    expect(run.code).toBe(1);
  });

  it("prints a table per form and a summary counting three files and three forms", () => {
    for (const name of SAMPLE_NAMES) expect(run.stdout).toContain(`文件：${path.join("samples", name)}`);
    expect(run.stdout.match(/工作表「自评表」/g)).toHaveLength(3);
    expect(run.stdout).toContain("项目：新建潇河派出所业务用房建设资金");
    expect(run.stdout).toMatch(/汇总\n已检查文件 3 个，未能检查 0 个，跳过 0 个；自评表 3 份；/);
    expect(run.stderr).toBe("");
  });
});

describe("perf-check --json on a mixed batch", () => {
  let run: ReturnType<typeof perfCheck>;
  let json: JsonOutput;
  const bad = ["损坏.xlsx", "旧格式.xls", "加密.xlsx"].map(at);

  beforeAll(() => {
    run = perfCheck("--json", bad[0], path.join("samples", SAMPLE_NAMES[0]), bad[1], bad[2], at("职工名单.xlsx"));
    json = JsonSchema.parse(JSON.parse(run.stdout));
  });

  it("exits 2 because some files are unreadable", () => {
    expect(run.code).toBe(2);
  });

  it("keeps the files in order with their paths as given", () => {
    expect(json.files.map((f) => f.file)).toEqual([bad[0], path.join("samples", SAMPLE_NAMES[0]), bad[1], bad[2], at("职工名单.xlsx")]);
  });

  it("still checks the valid workbook after a corrupt one", () => {
    const [form] = json.files[1].forms;
    expect(json.files[1].error).toBeNull();
    expect(form).toMatchObject({ sheet: "自评表", project: "新建潇河派出所业务用房建设资金" });
    expect(form.entered).toMatchObject({ execRate: 0.66, execScore: 6.6, total: 90.6 });
  });

  it("names the file and the reason for each unreadable one, with no forms", () => {
    const [corrupt, , , encrypted] = json.files;
    expect(corrupt.error).toContain(bad[0]);
    expect(corrupt.error).toContain("不是电子表格文件");
    expect(encrypted.error).toContain(bad[2]);
    expect(encrypted.error).toContain("已加密");
    for (const f of [corrupt, encrypted]) expect(f.forms).toEqual([]);
  });

  it("checks a legacy .xls like the .xlsx it was saved from", () => {
    const xls = json.files[2];
    expect(xls.error).toBeNull();
    expect(xls.forms.map((f) => f.entered)).toEqual(json.files[1].forms.map((f) => f.entered));
    expect(xls.forms.map((f) => f.computed)).toEqual(json.files[1].forms.map((f) => f.computed));
  });

  it("finds no form in a staff list that merely has a 得分 column", () => {
    expect(json.files[4]).toMatchObject({ error: null, forms: [] });
  });
});

describe("perf-check --lang en on a workbook without forms", () => {
  it("exits 0 and speaks English", () => {
    const run = perfCheck("--lang", "en", at("职工名单.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No self-evaluation form found.");
    expect(run.stdout).toContain("Verdict: no errors found.");
  });
});

describe("perf-check bad arguments", () => {
  it("exits 2 with a usage message for no paths", () => {
    const run = perfCheck();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("请至少给出一个 .xlsx 文件或文件夹");
  });

  it("exits 2 for --fix without --out", () => {
    const run = perfCheck("--fix", "samples");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--fix 需要配合 --out");
  });
});

describe("perf-check --fix --out", () => {
  const out = at("修正");
  const inputs = SAMPLE_NAMES.map((n) => path.join(SAMPLES, n));
  let before: string[];
  let run: ReturnType<typeof perfCheck>;
  let json: JsonOutput;

  beforeAll(() => {
    before = inputs.map(sha256);
    run = perfCheck("--json", "--fix", "--out", out, "--report", at("复核汇总.xlsx"), "--html", at("复核报告.html"), "samples");
    json = JsonSchema.parse(JSON.parse(run.stdout));
  });

  it("writes the reviewer's summary workbook: one row per form with its total and a link to its annotated copy", () => {
    const report = XLSX.read(readFileSync(at("复核汇总.xlsx")));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(report.Sheets[report.SheetNames[0]], { header: 1 });
    const text = JSON.stringify(rows);
    // The three seed forms' written totals (90.6, 96, 95) and projects.
    for (const project of ["新建潇河派出所业务用房建设资金", "日常运行公用经费", "分局及派出所运行费"]) expect(text).toContain(project);
    for (const total of [90.6, 96, 95]) expect(rows.some((row) => row.includes(total))).toBe(true);
    const links = Object.values(report.Sheets[report.SheetNames[0]]).filter((cell) => (cell as XLSX.CellObject)?.l);
    expect(links.length).toBe(3);
  });

  it("writes the self-contained HTML report with the same forms", () => {
    const html = readFileSync(at("复核报告.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    for (const project of ["新建潇河派出所业务用房建设资金", "日常运行公用经费", "分局及派出所运行费"]) expect(html).toContain(project);
  });

  it("carries the review in each copy as notes (批注) on the cells with findings", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, SAMPLE_NAMES[0])));
    const comments = Object.keys(zip.files).find((name) => /^xl\/comments\d*\.xml$/.test(name));
    expect(comments).toBeDefined();
    const xml = await zip.file(comments!)!.async("string");
    expect(xml).toContain('ref="G6"');
    expect(xml).toContain("【错误】执行率填写为66.00%");
  });

  it("leaves every input byte for byte unchanged", () => {
    expect(inputs.map(sha256)).toEqual(before);
  });

  it("writes one copy per sample under its own name", () => {
    expect(readdirSync(out).sort()).toEqual(SAMPLE_NAMES);
  });

  it.each(SAMPLE_NAMES)("%s: only the fix cells change value, and fills change only inside the spans", async (name) => {
    const form = formOf(json, name);
    const original = (await readWorkbook(path.join(SAMPLES, name))).getWorksheet(form.sheet)!;
    const copy = (await readWorkbook(path.join(out, name))).getWorksheet(form.sheet)!;
    const fixes = new Map(form.fixes.map((f) => [f.cell, f]));
    const fills = expectedFills(form);
    const rows = Math.max(original.rowCount, copy.rowCount);
    const cols = Math.max(original.columnCount, copy.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const was = original.getCell(r, c);
        const now = copy.getCell(r, c);
        const fix = fixes.get(now.address);
        if (fix) expect(now.value, now.address).toEqual({ formula: fix.formula, result: fix.value });
        else expect(now.value, now.address).toEqual(was.value);
        const argb = fills.get(`${r - 1},${c - 1}`);
        if (argb) expect(now.fill, now.address).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb } });
        else expect(now.fill, now.address).toEqual(was.fill);
      }
    }
  });

  // Totals added by hand from the seeds: 执行率得分 plus every group's 得分.
  const HAND_TOTALS = [
    6.6 + 10 + 10 + 7 + 7 + 20 + 20 + 10, // form 1: 90.6
    10 + 15 + 10 + 15 + 16 + 10 + 10 + 10, // form 2: 96
    10 + 18 + 15 + 15 + 7 + 10 + 10 + 10, // form 3: 95
  ];

  it.each(SAMPLE_NAMES.map((n, i) => [n, HAND_TOTALS[i]] as const))(
    "%s: the total is a formula whose cached result is the engine's total, %d by hand",
    async (name, handTotal) => {
      const form = formOf(json, name);
      const total = form.fixes.find((f) => f.purpose === "total");
      if (!total) throw new Error(`no total fix for ${name}`);
      const sheet = (await readWorkbook(path.join(out, name))).getWorksheet(form.sheet)!;
      const cell = sheet.getCell(total.cell).value as ExcelJS.CellFormulaValue;
      expect(cell.formula).toBe(total.formula);
      expect(cell.result).toBe(form.computed.total);
      expect(cell.result).toBeCloseTo(handTotal, 9);
      // The formula itself adds the sheet's cached scores to the same total.
      expect(evaluateSum(cell.formula, sheet)).toBeCloseTo(handTotal, 9);
    },
  );

  it("writes form 1's grade 优 where the layout has a place for it", async () => {
    const form = formOf(json, SAMPLE_NAMES[0]);
    const grade = form.fixes.find((f) => f.purpose === "grade");
    expect(grade?.value).toBe("优");
  });
});

function formOf(json: JsonOutput, name: string): FormReport {
  const file = json.files.find((f) => path.basename(f.file) === name);
  if (!file || file.forms.length !== 1) throw new Error(`expected one form in ${name}`);
  return file.forms[0];
}

// 0-based "row,col" → the fill the copy must have there: red for errors, yellow for warnings.
function expectedFills(form: FormReport): Map<string, string> {
  const fills = new Map<string, string>();
  for (const f of form.findings) {
    if (!f.highlight || !f.span || f.severity === "info") continue;
    const argb = f.severity === "error" ? "FFFFC7CE" : "FFFFEB9C";
    for (let r = f.span.top; r <= f.span.bottom; r++) {
      for (let c = f.span.left; c <= f.span.right; c++) {
        if (fills.get(`${r},${c}`) !== "FFFFC7CE") fills.set(`${r},${c}`, argb);
      }
    }
  }
  return fills;
}

// Evaluates SUM(A1,B2:B9,…) over the sheet's cached numbers; any other formula fails the test.
function evaluateSum(formula: string, sheet: ExcelJS.Worksheet): number {
  const m = /^SUM\((.+)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUM formula: ${formula}`);
  let sum = 0;
  for (const ref of m[1].split(",")) {
    const range = parseRangeA1(ref);
    if (!range) throw new Error(`bad reference ${ref} in ${formula}`);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        const value = cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
        if (typeof value === "number") sum += value;
      }
    }
  }
  return sum;
}
