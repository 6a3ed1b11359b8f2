// runBatch in-process with a stand-in engine: the batch's own logic (exit codes, failures that do
// not stop the batch, --fix planning and copies) tested independently of the real rules.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FormReport, Grid } from "../../src/model";
import { runBatch as runBatchWith, UsageError, type BatchOptions } from "../../src/cli/batch";
import { createInProcessChecker } from "../../src/cli/in-process";
import { encryptedPackage, finding, formReport, readWorkbook, tempDir, writeWorkbook } from "./helpers";

// The fake engine reads a command from A1: ERROR / WARN give one finding, FIX asks for a formula
// in B2 and a highlighted row 3, THROW fails; anything else is "no form".
vi.mock("../../src/model/check", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/model/check")>();
  const fake = (grid: Grid): FormReport[] => {
    const command = grid.values[0]?.[0];
    const base = { sheet: grid.sheet, cell: "A1", row: 1 };
    if (command === "ERROR") return [formReport({ sheet: grid.sheet, findings: [finding({ ...base, severity: "error" })] })];
    if (command === "WARN") return [formReport({ sheet: grid.sheet, findings: [finding({ ...base, severity: "warning" })] })];
    if (command === "FIX") {
      return [
        formReport({
          sheet: grid.sheet,
          fixes: [{ sheet: grid.sheet, cell: "B2", row: 1, col: 1, formula: "SUM(A2:A2)", value: 7, purpose: "total" }],
          findings: [finding({ ...base, severity: "warning", highlight: true, span: { top: 2, bottom: 2, left: 0, right: 1 } })],
        }),
      ];
    }
    if (command === "THROW") throw new Error("engine bug");
    return [];
  };
  return { ...original, checkGrid: vi.fn(fake) };
});

// The stand-in engine exists only in this thread: a worker would run the real, built one.
const runBatch = (paths: string[], options: BatchOptions) => runBatchWith(paths, { checker: createInProcessChecker(), ...options });

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

// A workbook whose second sheet points past the end of the shared strings: SheetJS cannot parse it.
async function withBrokenSheet(file: string): Promise<void> {
  await writeWorkbook(file, (wb) => {
    wb.addWorksheet("好").getCell("A1").value = "ERROR";
    wb.addWorksheet("坏").getCell("A1").value = "x";
  });
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = "xl/worksheets/sheet2.xml";
  const xml = (await zip.file(part)!.async("string")).replace(/<c r="A1"([^>]*)t="s"([^>]*)><v>\d+<\/v>/, '<c r="A1"$1t="s"$2><v>99</v>');
  zip.file(part, xml);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("runBatch", () => {
  const tmp = tempDir();
  const at = (name: string) => path.join(tmp.dir, name);
  const book = (name: string, a1: string, a2: number | null = null) =>
    writeWorkbook(at(name), (wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = a1;
      if (a2 !== null) ws.getCell("A2").value = a2;
      ws.getCell("B3").value = "原值";
    });

  beforeAll(async () => {
    mkdirSync(at("a"));
    mkdirSync(at("b"));
    await book("error.xlsx", "ERROR");
    await book("warn.xlsx", "WARN");
    await book("plain.xlsx", "名单");
    await book("throw.xlsx", "THROW");
    await book(path.join("a", "fix.xlsx"), "FIX", 7);
    await book(path.join("b", "fix.xlsx"), "FIX", 7);
    writeFileSync(at("random.xlsx"), Buffer.from("no zip here"));
    writeFileSync(at("locked.xlsx"), encryptedPackage());
    // The WARN workbook saved as a legacy .xls by SheetJS.
    const warn = XLSX.read(readFileSync(at("warn.xlsx")));
    writeFileSync(at("old.xls"), XLSX.write(warn, { bookType: "biff8", type: "buffer" }) as Buffer);
    await withBrokenSheet(at("broken-sheet.xlsx"));
  });
  afterAll(() => tmp.cleanup());

  it("exits 0 when the findings are only warnings", async () => {
    const { exitCode, result } = await runBatch([at("warn.xlsx"), at("plain.xlsx")], { lang: "zh" });
    expect(exitCode).toBe(0);
    expect(result.summary).toEqual({
      files: 2,
      checked: 2,
      failed: 0,
      forms: 1,
      errors: 0,
      warnings: 1,
      infos: 0,
      sheetErrors: 0,
      skipped: 0,
    });
  });

  it("exits 1 when some finding is an error", async () => {
    expect((await runBatch([at("warn.xlsx"), at("error.xlsx")], { lang: "zh" })).exitCode).toBe(1);
  });

  it("exits 2 for an unreadable file and still checks the rest of the batch", async () => {
    const { exitCode, result } = await runBatch([at("random.xlsx"), at("error.xlsx")], { lang: "zh" });
    expect(exitCode).toBe(2);
    expect(result.files[0]).toMatchObject({ errorCode: "not-spreadsheet", forms: [], sheetErrors: [] });
    expect(result.files[0].error).toContain(at("random.xlsx"));
    expect(result.files[1]).toMatchObject({ error: null, forms: [{ sheet: "表" }] });
  });

  it("checks a legacy .xls and calls an encrypted package encrypted", async () => {
    const { result } = await runBatch([at("old.xls"), at("locked.xlsx")], { lang: "en" });
    expect(result.files.map((f) => f.errorCode)).toEqual([null, "encrypted"]);
    expect(result.files[0].forms[0].findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(result.files[1].error).toContain("encrypted");
  });

  it("checks the good sheets of a workbook with a broken one, names the broken one and exits 2", async () => {
    const { exitCode, result } = await runBatch([at("broken-sheet.xlsx")], { lang: "zh" });
    expect(exitCode).toBe(2);
    const [file] = result.files;
    expect(file).toMatchObject({ error: null, errorCode: null, forms: [{ sheet: "好" }] });
    expect(file.sheetErrors).toHaveLength(1);
    expect(file.sheetErrors[0].sheet).toBe("坏");
    expect(file.sheetErrors[0].error).toMatch(/^工作表「坏」无法读取，未检查：.+/);
    expect(result.summary).toMatchObject({ failed: 0, sheetErrors: 1, errors: 1 });
  });

  it("lists what a folder walk skipped", async () => {
    const { result } = await runBatch([at("a")], { lang: "zh" });
    expect(result.skipped).toEqual([]);
    writeFileSync(at(path.join("a", "~$fix.xlsx")), "lock");
    writeFileSync(at(path.join("a", "说明.docx")), "doc");
    const again = await runBatch([at("a")], { lang: "zh" });
    expect(again.result.skipped).toEqual([
      { file: at(path.join("a", "~$fix.xlsx")), reason: "lock-file" },
      { file: at(path.join("a", "说明.docx")), reason: "not-a-workbook-name" },
    ]);
    expect(again.result.summary.skipped).toBe(2);
    expect(again.exitCode).toBe(0);
  });

  it("reports an engine failure with the file and sheet and goes on", async () => {
    const { exitCode, result } = await runBatch([at("throw.xlsx"), at("warn.xlsx")], { lang: "zh" });
    expect(exitCode).toBe(2);
    expect(result.files[0].errorCode).toBe("check-failed");
    expect(result.files[0].error).toBe(`检查「${at("throw.xlsx")}」的工作表「表」时出错：engine bug`);
    expect(result.files[1].forms).toHaveLength(1);
  });

  it("reports a missing path as not found", async () => {
    const { exitCode, result } = await runBatch([at("nope.xlsx")], { lang: "zh" });
    expect(exitCode).toBe(2);
    expect(result.files[0]).toEqual({
      file: at("nope.xlsx"),
      error: `找不到「${at("nope.xlsx")}」。`,
      errorCode: "not-found",
      sheetErrors: [],
      forms: [],
    });
  });

  it("reports progress once per file", async () => {
    const seen: string[] = [];
    await runBatch([at("warn.xlsx"), at("plain.xlsx")], {
      lang: "zh",
      onProgress: (d, t, f) => seen.push(`${d}/${t} ${path.basename(f)}`),
    });
    expect(seen).toEqual(["1/2 warn.xlsx", "2/2 plain.xlsx"]);
  });

  it("refuses no paths at all", async () => {
    await expect(runBatch([], { lang: "en" })).rejects.toThrow(UsageError);
  });

  describe("with --fix", () => {
    const out = at("out");
    const inputs = [path.join("a", "fix.xlsx"), path.join("b", "fix.xlsx"), "plain.xlsx"].map(at);
    let before: string[];
    let fixed: Awaited<ReturnType<typeof runBatch>>;

    beforeAll(async () => {
      before = inputs.map(hash);
      fixed = await runBatch(inputs, { lang: "zh", outDir: out });
    });

    it("names the copies after the inputs, numbering a second fix.xlsx", () => {
      expect(fixed.result.files.map((f) => f.output)).toEqual([
        path.join(out, "fix.xlsx"),
        path.join(out, "fix (2).xlsx"),
        path.join(out, "plain.xlsx"),
      ]);
    });

    it("leaves the inputs byte for byte as they were", () => {
      expect(inputs.map(hash)).toEqual(before);
    });

    it("copies a workbook without fixes byte for byte", () => {
      expect(hash(path.join(out, "plain.xlsx"))).toBe(before[2]);
    });

    it("writes the fix as a formula and fills the highlighted row", async () => {
      const ws = (await readWorkbook(path.join(out, "fix (2).xlsx"))).getWorksheet("表")!;
      expect(ws.getCell("B2").value).toEqual({ formula: "SUM(A2:A2)", result: 7 });
      expect(ws.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
      expect(ws.getCell("B3").value).toBe("原值");
    });

    it("refuses an output folder where a copy would overwrite an input", async () => {
      const run = runBatch([at("warn.xlsx")], { lang: "zh", outDir: tmp.dir });
      await expect(run).rejects.toThrow(`输出会覆盖输入文件「${at("warn.xlsx")}」`);
    });

    it("refuses an output path that is a file", async () => {
      await expect(runBatch([at("warn.xlsx")], { lang: "en", outDir: at("plain.xlsx") })).rejects.toThrow(UsageError);
    });

    it("can run again with its output folder inside the input folder, skipping the earlier copies", async () => {
      const first = await runBatch([at("a")], { lang: "zh", outDir: at(path.join("a", "修正")) });
      const again = await runBatch([at("a")], { lang: "zh", outDir: at(path.join("a", "修正")) });
      expect(first.result.files.map((f) => f.file)).toEqual([at(path.join("a", "fix.xlsx"))]);
      // Issue 8: a rerun never silently replaces an earlier copy: it numbers the new one, or replaces with --overwrite.
      expect(again.result.files.map((f) => f.output)).toEqual([at(path.join("a", "修正", "fix (2).xlsx"))]);
      const replaced = await runBatch([at("a")], { lang: "zh", outDir: at(path.join("a", "修正")), overwrite: true });
      expect(replaced.result.files.map((f) => f.output)).toEqual([at(path.join("a", "修正", "fix.xlsx"))]);
      expect(again.result.skipped).toContainEqual({ file: at(path.join("a", "修正")), reason: "output-folder" });
    });

    it("writes no copy for an unreadable file", async () => {
      const { result } = await runBatch([at("random.xlsx")], { lang: "zh", outDir: at("out2") });
      expect(result.files[0].output).toBeNull();
    });
  });
});
