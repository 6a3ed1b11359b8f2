// Acceptance test of issue 7 on the real-world fixtures (test/fixtures/real-world, made by
// scripts/fixtures/make-real-world.ts from seed form 1): what perf-check must report on each class
// of file that real offices send. Every expected figure and cell is worked out by hand from the
// seed form and the fixture's README line, never taken from a run of the code.
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "../../src/cli/batch";
import type { FileResult } from "../../src/cli/batch-result";
import type { Figures, Finding, FormReport } from "../../src/model";
import { readCells, recalculate, requireLibreOffice } from "../support/libreoffice";
import { ROOT, SAMPLES, tempDir } from "./helpers";

const DIR = path.join(ROOT, "test", "fixtures", "real-world");
const SAMPLE_1 = path.join(SAMPLES, "01-新建潇河派出所业务用房建设资金.xlsx");
const at = (name: string) => path.join(DIR, name);

/** Every fixture the script makes, in the order of README.md. */
const FIXTURES = [
  "01-text-typed.xlsx",
  "02-biff8.xls",
  "02-wps.et",
  "02-opendocument.ods",
  "03-html-table.xls",
  "04-uncached-formulas.xlsx",
  "04-cached-zero.xlsx",
  "05-overlapping-merges.xlsx",
  "06-blank-template.xlsx",
  "07-grade-boundary.xlsx",
  "08-ref-error.xlsx",
  "09-macros.xlsm",
  "10-libreoffice-saved.xlsx",
  "11-qingshen-narrative.xlsx",
  "12-no-indicators.xlsx",
];

// Seed form 1 (docs/rules.md#source-shanxi-jinzhong, test/fixtures/seed-expectations.ts): 全年预算数 150, 全年执行数 100,
// 执行率 written 66% (true 100/150 = 66.67%), 执行率得分 written 6.6 (10 × 0.6667 = 6.67),
// 总分 6.6 + 10 + 10 + 7 + 7 + 20 + 20 + 10 = 90.6 → 优; no grade written. Variant A at A1: the form
// spans A1:I39 (title … 制表人), 年度资金总额 is row 6, indicators rows 13–29, 总分 row 30.
const PROJECT = "新建潇河派出所业务用房建设资金";
const ENTERED_1: Figures = { execRate: 0.66, execScore: 6.6, total: 90.6, grade: null };
const COMPUTED_1: Figures = { execRate: 0.6667, execScore: 6.67, total: 90.6, grade: "优" };
/** Findings any reader of seed form 1 must give (docs/rules.md#source-shanxi-jinzhong): the truncated 执行率 and 满意度 "全部完成" against 95%. */
const ANCHORS_1 = [
  { rule: "exec-rate", cell: "G6" },
  { rule: "actual-unmeasurable", cell: "F29" },
];

const cache = new Map<string, Promise<FileResult>>();
/** The CLI's batch on one file (Chinese messages), run once per file. */
function check(file: string): Promise<FileResult> {
  let run = cache.get(file);
  if (!run) {
    run = runBatch([file], { lang: "zh" }).then(({ result }) => result.files[0]);
    cache.set(file, run);
  }
  return run;
}

/** The file's only form, after checking the file was read without error. */
async function onlyForm(file: string): Promise<FormReport> {
  const result = await check(file);
  expect(result.error, `${path.basename(file)} should be read`).toBeNull();
  expect(result.forms).toHaveLength(1);
  return result.forms[0];
}

const key = (f: Finding) => `${f.rule}|${f.severity}|${f.cell}|${f.row}`;
const keys = (form: FormReport) => form.findings.map(key).sort();
const fixOf = (form: FormReport, purpose: "total" | "grade") => form.fixes.find((f) => f.purpose === purpose);

/** Sample 1 itself, the reference every "same as sample 1" fixture is compared with. */
let sample1: FormReport;
beforeAll(async () => {
  sample1 = await onlyForm(SAMPLE_1);
});

function expectSampleFigures(form: FormReport): void {
  expect(form.project).toBe(PROJECT);
  expect(form.entered).toEqual(ENTERED_1);
  expect(form.computed).toEqual(COMPUTED_1);
  for (const anchor of ANCHORS_1) expect(form.findings).toContainEqual(expect.objectContaining(anchor));
}

describe("the reference: samples/01 as committed", () => {
  it("gives seed form 1's figures and its known findings", () => {
    expect(sample1.sheet).toBe("自评表");
    expect(sample1.range).toBe("A1:I39");
    expectSampleFigures(sample1);
  });
});

describe("1. every number typed as text (format @)", () => {
  const file = at("01-text-typed.xlsx");

  it("is what the README says: 66% and 6.6 stored as text", () => {
    const sheet = XLSX.read(readFileSync(file), { cellNF: true }).Sheets["自评表"];
    expect(sheet["G6"]).toMatchObject({ t: "s", v: "66%", z: "@" });
    expect(sheet["H6"]).toMatchObject({ t: "s", v: "6.6", z: "@" });
    expect(sheet["H30"]).toMatchObject({ t: "s", v: "90.6", z: "@" });
  });

  it("computes the total 90.6 and the figures of sample 1", async () => {
    const form = await onlyForm(file);
    expect(form.range).toBe(sample1.range);
    expectSampleFigures(form);
  });

  it("gives sample 1's findings plus one info that scores are stored as text, at the first score cell", async () => {
    const form = await onlyForm(file);
    const extra = [...form.findings];
    for (const k of keys(sample1)) {
      const i = extra.findIndex((f) => key(f) === k);
      expect(i, `finding ${k} of sample 1`).toBeGreaterThanOrEqual(0);
      extra.splice(i, 1);
    }
    expect(extra).toHaveLength(1);
    expect(extra[0].severity).toBe("info");
    // The first text-typed score in the sheet is 执行率得分 H6; a rule that counts indicator scores only points at H13.
    expect(["H6", "H13"]).toContain(extra[0].cell);
  });

  it("writes a total that counts the text scores (plain SUM would give 0) with the value 90.6", async () => {
    const form = await onlyForm(file);
    const total = fixOf(form, "total");
    expect(total).toMatchObject({ cell: "H30", value: 90.6 });
    expect(total?.formula).not.toBe("SUM(H6,H13:H29)");
    expect(fixOf(form, "grade")).toMatchObject({ value: "优" });
  });
});

describe.each([
  ["2. BIFF8 .xls made by LibreOffice", "02-biff8.xls"],
  ["2. .et (the BIFF8 bytes; unverified against real WPS output)", "02-wps.et"],
  ["2. .ods made by LibreOffice", "02-opendocument.ods"],
  ["9. .xlsm with a VBA project part", "09-macros.xlsm"],
  ["10. .xlsx saved by LibreOffice (protection, print area, comment, image, chart, custom properties)", "10-libreoffice-saved.xlsx"],
])("%s", (_, name) => {
  it("gives the same form, figures, findings and fixes as sample 1", async () => {
    const form = await onlyForm(at(name));
    expect(form.sheet).toBe("自评表");
    expect(form.range).toBe(sample1.range);
    expectSampleFigures(form);
    expect(keys(form)).toEqual(keys(sample1));
    const fixes = (r: FormReport) => r.fixes.map((f) => ({ cell: f.cell, purpose: f.purpose, value: f.value }));
    expect(fixes(form)).toEqual(fixes(sample1));
  });
});

describe("3. an HTML table named .xls (budget-system export)", () => {
  const file = at("03-html-table.xls");

  it("is HTML with rowspan/colspan and a UTF-8 meta charset", () => {
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/<meta[^>]*charset=utf-8/i);
    expect(text).toContain('rowspan="5"');
    expect(text).toContain('colspan="9"');
    expect(text).toContain("<td>66%</td>");
  });

  it("is read as the table it is: sample 1's figures and findings", async () => {
    const form = await onlyForm(file);
    expectSampleFigures(form);
    // Cells of an HTML table are text: beyond sample 1's findings only an info (scores stored as text) may appear.
    const found = keys(form);
    for (const k of keys(sample1)) expect(found).toContain(k);
    const extra = form.findings.filter((f) => !keys(sample1).includes(key(f)));
    for (const f of extra) expect(f.severity, `${f.rule} ${f.cell}`).toBe("info");
    expect(fixOf(form, "total")?.value).toBe(90.6);
  });
});

describe("4. formulas without cached values (Apache POI) and a cached 0", () => {
  it("uncached 执行率/执行率得分/总分: nothing reported as 未填写, figures evaluated or one formula-uncomputed finding", async () => {
    const form = await onlyForm(at("04-uncached-formulas.xlsx"));
    const blank = form.findings.filter((f) => ["G6", "H6", "H30"].includes(f.cell) && f.message.includes("未填写"));
    expect(blank).toEqual([]);
    const uncomputed = form.findings.filter((f) => f.message.includes("公式未计算"));
    if (uncomputed.length > 0) {
      expect(uncomputed).toHaveLength(1);
      return;
    }
    // Evaluated by hand: G6 = 100/150 = 0.6667, H6 = ROUND(10 × MIN(0.6667, 1), 2) = 6.67,
    // H30 = SUM(6.67, 10, 10, 7, 7, 20, 20, 10) = 90.67 → 优; 执行率 and its score are then right.
    expect(form.entered.execRate).toBeCloseTo(0.6667, 4);
    expect(form.entered.execScore).toBeCloseTo(6.67, 9);
    expect(form.entered.total).toBeCloseTo(90.67, 9);
    expect(form.computed).toMatchObject({ execScore: 6.67, total: 90.67, grade: "优" });
    expect(form.findings.filter((f) => ["exec-rate", "exec-score", "total"].includes(f.rule))).toEqual([]);
  });

  it("a score formula cached as 0 is the score 0, not a blank", async () => {
    const form = await onlyForm(at("04-cached-zero.xlsx"));
    // 成本指标 H23 = 0: 6.6 + 10 + 10 + 7 + 0 + 20 + 20 + 10 = 83.6, the written 总分 → 良.
    expect(form.findings.filter((f) => f.cell === "H23" && f.message.includes("未填写"))).toEqual([]);
    expect(form.entered.total).toBe(83.6);
    expect(form.computed).toMatchObject({ total: 83.6, grade: "良" });
    expect(form.findings.filter((f) => f.rule === "total")).toEqual([]);
  });
});

describe("5. a sibling sheet with overlapping merges (A1:C3 and B2:D4)", () => {
  it("does not sink the workbook: the form sheet is checked as sample 1", async () => {
    const result = await check(at("05-overlapping-merges.xlsx"));
    expect(result.error).toBeNull();
    expect(result.forms.map((f) => f.sheet)).toEqual(["自评表"]);
    expectSampleFigures(result.forms[0]);
    expect(keys(result.forms[0])).toEqual(keys(sample1));
  });
});

describe("6. a blank template (no 实际完成值, no 得分, no 总分)", () => {
  it("gives exactly one finding: form-empty", async () => {
    const form = await onlyForm(at("06-blank-template.xlsx"));
    expect(form.findings.map((f) => [f.rule, f.severity])).toEqual([["form-empty", "error"]]);
  });
});

describe("7. a grade boundary: scores that sum to 90 in decimal, 89.99999999999999 in floating point", () => {
  it("is 优 in the engine, with no grade or total finding and no float noise in the fix", async () => {
    const form = await onlyForm(at("07-grade-boundary.xlsx"));
    // 99/150 = 66% → 6.6; 6.6 + 10 + 10 + 6.3 + 7.3 + 20 + 20 + 9.8 = 90.0, written 总分 90 and grade 优.
    expect(form.entered).toEqual({ execRate: 0.66, execScore: 6.6, total: 90, grade: "优" });
    expect(form.computed).toEqual({ execRate: 0.66, execScore: 6.6, total: 90, grade: "优" });
    expect(form.findings.filter((f) => ["grade", "total", "exec-rate", "exec-score"].includes(f.rule))).toEqual([]);
    expect(fixOf(form, "total")?.value).toBe(90);
    const grade = fixOf(form, "grade");
    if (grade) expect(grade).toMatchObject({ cell: "I30", value: "优" });
  });
});

describe("8. a cached #REF! among the scores (社会效益 H25)", () => {
  it("names #REF! in a finding and writes no total formula", async () => {
    const form = await onlyForm(at("08-ref-error.xlsx"));
    expect(form.findings.some((f) => f.cell === "H25" && f.message.includes("#REF!"))).toBe(true);
    expect(fixOf(form, "total")).toBeUndefined();
  });
});

describe("11. the 青神 layout (variant D) with a 评价结论 paragraph", () => {
  const file = at("11-qingshen-narrative.xlsx");
  // Variant D at A1: 4 其中 rows, so the indicator header is row 13, indicators 14–30, 总分 row 31
  // (权重 I31 = 100, 得分 J31 = 90.6), and 评价结论 in A32 with its paragraph in B32 (merged B32:K32).
  const NARRATIVE_CELL = "B32";

  it("has the paragraph where the README says", () => {
    const sheet = XLSX.read(readFileSync(file)).Sheets["项目支出绩效自评表"];
    expect(sheet["A32"]?.v).toBe("评价结论");
    expect(String(sheet[NARRATIVE_CELL]?.v)).toContain("自评结论为");
    expect(sheet["J31"]?.v).toBe(90.6);
  });

  it("is checked, and no fix ever writes into the narrative", async () => {
    const form = await onlyForm(file);
    expect(form.project).toBe(PROJECT);
    expect(form.computed).toMatchObject({ total: 90.6, grade: "优" });
    expect(form.fixes.map((f) => f.cell)).not.toContain(NARRATIVE_CELL);
  });
});

describe("12. a form with no indicator rows (header, then 总分)", () => {
  it("is reported, with no total formula (it could only be circular)", async () => {
    const form = await onlyForm(at("12-no-indicators.xlsx"));
    expect(form.project).toBe(PROJECT);
    expect(fixOf(form, "total")).toBeUndefined();
  });
});

describe("folder walk over every fixture, extensions in mixed case", () => {
  const tmp = tempDir("perf-real-world-");
  afterAll(() => tmp.cleanup());
  // Upper- and mixed-case copies of the extensions offices' file servers produce.
  const renamed: Record<string, string> = {
    "02-biff8.xls": "02-biff8.XLS",
    "02-wps.et": "02-wps.ET",
    "02-opendocument.ods": "02-opendocument.Ods",
    "09-macros.xlsm": "09-macros.XLSM",
  };

  it("finds every fixture and no Excel lock file", async () => {
    const names = FIXTURES.map((n) => renamed[n] ?? n);
    FIXTURES.forEach((n, i) => copyFileSync(at(n), path.join(tmp.dir, names[i])));
    copyFileSync(at("01-text-typed.xlsx"), path.join(tmp.dir, "~$01-text-typed.xlsx"));
    const { result } = await runBatch([tmp.dir], { lang: "zh" });
    expect(result.files.map((f) => path.basename(f.file)).sort()).toEqual([...names].sort());
  });
});

describe("--fix copies of the fixtures", () => {
  const tmp = tempDir("perf-real-world-fix-");
  afterAll(() => tmp.cleanup());
  const fixed = new Map<string, FileResult>();
  const copy = async (name: string): Promise<FileResult> => {
    const done = fixed.get(name);
    if (done) return done;
    const { result } = await runBatch([at(name)], { lang: "zh", outDir: path.join(tmp.dir, path.parse(name).name) });
    fixed.set(name, result.files[0]);
    return result.files[0];
  };
  const parts = async (file: string) => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const out = new Map<string, Buffer>();
    for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
    return out;
  };

  it("9. .xlsm: the copy keeps its extension, the macro part byte for byte and the macro content type", async () => {
    const result = await copy("09-macros.xlsm");
    expect(result.error).toBeNull();
    expect(result.output).toMatch(/\.xlsm$/);
    const [input, output] = [await parts(at("09-macros.xlsm")), await parts(result.output!)];
    expect(output.get("xl/vbaProject.bin")).toEqual(input.get("xl/vbaProject.bin"));
    expect(output.get("[Content_Types].xml")?.toString()).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(output.get("xl/_rels/workbook.xml.rels")?.toString()).toContain("vbaProject.bin");
  });

  it("10. LibreOffice-saved: image, chart, drawing and custom properties kept byte for byte; the comment kept beside the review's notes; protection and print settings kept", async () => {
    const name = "10-libreoffice-saved.xlsx";
    const result = await copy(name);
    expect(result.error).toBeNull();
    const [input, output] = [await parts(at(name)), await parts(result.output!)];
    for (const part of ["xl/media/image1.png", "xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "docProps/custom.xml"]) {
      expect(input.has(part), `fixture has ${part}`).toBe(true);
      expect(output.get(part), part).toEqual(input.get(part));
    }
    // The copy carries the review as notes (批注) on the cells with findings; the person's own comment stays.
    const texts = (xml: string) => [...xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const before = texts(input.get("xl/comments1.xml")?.toString() ?? "");
    const after = texts(output.get("xl/comments1.xml")?.toString() ?? "").join("\n");
    expect(before.length).toBeGreaterThan(0);
    for (const text of before) expect(after).toContain(text);
    expect(after).toContain("【错误】");
    const sheet = output.get("xl/worksheets/sheet1.xml")?.toString() ?? "";
    for (const element of ["<sheetProtection", "<printOptions", "<pageSetup", "<headerFooter", "<drawing", "<legacyDrawing"])
      expect(sheet).toContain(element);
    expect(output.get("xl/workbook.xml")?.toString()).toContain("_xlnm.Print_Area");
  });

  it.each(["02-biff8.xls", "02-wps.et", "02-opendocument.ods", "03-html-table.xls"])("%s: the copy is an .xlsx, named so", async (name) => {
    const result = await copy(name);
    expect(result.error).toBeNull();
    expect(result.output).toMatch(/\.xlsx$/);
    expect(XLSX.read(readFileSync(result.output!)).SheetNames.length).toBeGreaterThan(0);
  });

  it("11. the 青神 copy still holds the 评价结论 paragraph", async () => {
    const result = await copy("11-qingshen-narrative.xlsx");
    expect(result.error).toBeNull();
    const before = XLSX.read(readFileSync(at("11-qingshen-narrative.xlsx"))).Sheets["项目支出绩效自评表"]["B32"]?.v;
    const after = XLSX.read(readFileSync(result.output!)).Sheets["项目支出绩效自评表"]["B32"]?.v;
    expect(after).toBe(before);
  });

  it("12. the copy of the form without indicators has no formula in its 总分 cell", async () => {
    const result = await copy("12-no-indicators.xlsx");
    expect(result.error).toBeNull();
    // 总分 is row 13 (header row 12, then 总分), 得分 column H.
    const sheet = XLSX.read(readFileSync(result.output ?? at("12-no-indicators.xlsx")), { cellFormula: true }).Sheets["自评表"];
    expect(sheet["H13"]?.f).toBeUndefined();
  });

  // A real spreadsheet engine recalculates each copy (forced on load): the fix cells must come out as
  // the report says, and no formula in the copy may recalculate to anything but its cached value.
  describe.skipIf(!requireLibreOffice("the fixtures recalculated by LibreOffice"))("recalculated by LibreOffice", () => {
    it.each([
      ["01-text-typed.xlsx", true],
      ["02-biff8.xls", true],
      ["07-grade-boundary.xlsx", true],
      ["08-ref-error.xlsx", false],
    ])(
      "%s: every fix cell and every formula recalculates to the value written",
      async (name, hasTotalFix) => {
        const result = await copy(name);
        expect(result.error).toBeNull();
        const form = result.forms[0];
        expect(fixOf(form, "total") !== undefined).toBe(hasTotalFix);
        const cached = readCells(result.output!);
        const recalculated = readCells(await recalculate(result.output!));
        for (const fix of form.fixes) {
          const got = recalculated[`${fix.sheet}!${fix.cell}`]?.value;
          if (typeof fix.value === "number") expect(got, fix.cell).toBeCloseTo(fix.value, 9);
          else expect(got, fix.cell).toBe(fix.value);
        }
        const formulas = Object.entries(cached).filter(([, c]) => c.formula !== null);
        for (const [cell, c] of formulas) {
          const got = recalculated[cell]?.value;
          if (typeof c.value === "number") expect(got, cell).toBeCloseTo(c.value, 9);
          else expect(got, cell).toBe(c.value);
        }
      },
      200_000,
    );
  });
});
