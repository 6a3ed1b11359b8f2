import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderForm } from "../../scripts/forms/render-form";
import { SEED_FORMS } from "../../scripts/forms/seed-forms";
import type { CellRange, Grid } from "../../src/model";
import { loadWorkbook, plainValue, workbookToGrids, worksheetToGrid } from "../../src/cli/read-workbook";
import { oleBytes, SAMPLES, storedZip, tempDir, writeWorkbook } from "./helpers";

async function gridsOf(file: string): Promise<Grid[]> {
  const loaded = await loadWorkbook(readFileSync(file));
  if (!loaded.ok) throw new Error(`fixture did not load: ${loaded.failure}`);
  return workbookToGrids(loaded.workbook);
}

describe("worksheetToGrid on a workbook written by ExcelJS", () => {
  const tmp = tempDir();
  const file = path.join(tmp.dir, "cells.xlsx");
  let grid: Grid;

  beforeAll(async () => {
    await writeWorkbook(file, (wb) => {
      const ws = wb.addWorksheet("表一");
      ws.getCell("A1").value = "项目支出绩效自评表";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = 150;
      ws.getCell("B2").value = 100;
      ws.getCell("C2").value = { formula: "B2/A2", result: 0.6667 };
      ws.getCell("D2").value = 0.66;
      ws.getCell("D2").numFmt = "0%";
      ws.getCell("A3").value = { richText: [{ text: "偏差" }, { text: "原因", font: { bold: true } }] };
      ws.getCell("B3").value = { text: "财政部", hyperlink: "https://www.mof.gov.cn" };
      ws.getCell("C3").value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell("D3").value = { error: "#DIV/0!" };
      ws.getCell("A4").value = true;
      ws.getCell("B4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("C4").value = { formula: "A2&\"万元\"", result: "150万元" };
      ws.getCell("B5").value = 10;
      ws.mergeCells("B5:B7");
      // A shared formula: B9 is the master, B10 reuses it with its own cached result.
      ws.getCell("A9").value = 1;
      ws.getCell("A10").value = 2;
      // shareType and ref are what ExcelJS reads and writes for a shared master, though its types omit them.
      ws.getCell("B9").value = { formula: "A9*2", result: 2, shareType: "shared", ref: "B9:B10" } as ExcelJS.CellFormulaValue;
      ws.getCell("B10").value = { sharedFormula: "B9", result: 4 };
    });
    [grid] = await gridsOf(file);
  });
  afterAll(() => tmp.cleanup());

  it("keeps the sheet name and anchors at A1", () => {
    expect(grid.sheet).toBe("表一");
    expect(grid.origin).toEqual({ row: 0, col: 0 });
  });

  it("puts a merged area's value in its top-left cell only", () => {
    expect(grid.values[0]).toEqual(["项目支出绩效自评表"]);
    expect(grid.values[4]).toEqual([null, 10]);
    expect(grid.values[5] ?? []).toEqual([]);
  });

  it("parses merges into 0-based ranges", () => {
    const sorted = [...grid.merges].sort((a, b) => a.top - b.top);
    expect(sorted).toEqual<CellRange[]>([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 4, left: 1, bottom: 6, right: 1 },
    ]);
  });

  it("reads numbers, formula results and number formats", () => {
    expect(grid.values[1]).toEqual([150, 100, 0.6667, 0.66]);
    expect(grid.numberFormats?.[1][3]).toBe("0%");
    expect(grid.numberFormats?.[1][0]).toBeNull();
  });

  it("joins rich text, takes a hyperlink's text, writes dates as ISO and errors as their text", () => {
    expect(grid.values[2]).toEqual(["偏差原因", "财政部", "2021-12-31", "#DIV/0!"]);
  });

  it("reads booleans, error results and text results of formulas", () => {
    expect(grid.values[3]).toEqual([true, "#DIV/0!", "150万元"]);
  });

  it("reads the cached results of a shared formula's master and clone", () => {
    expect(grid.values[8]).toEqual([1, 2]);
    expect(grid.values[9]).toEqual([2, 4]);
  });

  it("gives values and number formats the same shape", () => {
    expect(grid.numberFormats?.length).toBe(grid.values.length);
    grid.values.forEach((row, r) => expect(grid.numberFormats?.[r].length).toBe(row.length));
  });
});

describe("plainValue", () => {
  it("keeps a date with a time of day as a full ISO timestamp", () => {
    expect(plainValue(new Date(Date.UTC(2021, 0, 2, 3, 4, 5)))).toBe("2021-01-02T03:04:05.000Z");
  });

  it("reads a formula without a cached result as empty", () => {
    expect(plainValue({ formula: "A1+1" })).toBeNull();
  });

  it("reads the text of a hyperlink whose text is rich text", () => {
    const value = { text: { richText: [{ text: "链" }, { text: "接" }] }, hyperlink: "x" } as unknown as Parameters<typeof plainValue>[0];
    expect(plainValue(value)).toBe("链接");
  });

  it("reads an invalid date as empty", () => {
    expect(plainValue(new Date(Number.NaN))).toBeNull();
  });
});

describe("loadWorkbook's reasons", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("calls an empty file empty", async () => {
    expect(await loadWorkbook(Buffer.alloc(0))).toMatchObject({ ok: false, failure: "empty" });
  });

  it("calls an OLE compound file ole (legacy .xls or encrypted .xlsx)", async () => {
    expect(await loadWorkbook(oleBytes())).toMatchObject({ ok: false, failure: "ole" });
  });

  it("calls bytes that are not a zip not-zip", async () => {
    expect(await loadWorkbook(Buffer.from("名称,得分\n张三,90\n"))).toMatchObject({ ok: false, failure: "not-zip" });
  });

  it("calls a zip without worksheets not-workbook", async () => {
    const zip = storedZip({ "readme.txt": "hello", "data/notes.txt": "不是工作簿" });
    expect(await loadWorkbook(zip)).toMatchObject({ ok: false, failure: "not-workbook" });
  });

  it("calls a truncated workbook corrupt and keeps ExcelJS's reason", async () => {
    const file = path.join(tmp.dir, "ok.xlsx");
    await writeWorkbook(file, (wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    const truncated = readFileSync(file).subarray(0, 200);
    const result = await loadWorkbook(truncated);
    expect(result).toMatchObject({ ok: false, failure: "corrupt" });
    expect(result.ok ? "" : result.detail).not.toBe("");
  });
});

describe("the committed samples", () => {
  const files = [
    "01-新建潇河派出所业务用房建设资金.xlsx",
    "02-日常运行公用经费.xlsx",
    "03-分局及派出所运行费.xlsx",
  ];

  it.each(files.map((f, i) => [f, i] as const))("%s reads back as the seed rendered in layout A", async (name, index) => {
    const [grid, ...others] = await gridsOf(path.join(SAMPLES, name));
    expect(others).toEqual([]);
    expect(grid.sheet).toBe("自评表");
    const rendered = renderForm(SEED_FORMS[index], { variant: "A" });
    const width = Math.max(...rendered.values.map((r) => r.length));
    const dense = (rows: unknown[][]) =>
      rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    expect(dense(grid.values)).toEqual(dense(rendered.values));
    expect(dense(grid.numberFormats ?? [])).toEqual(dense(rendered.formats));
    // The sample adds merges for the narrative below 总分; every merge of the seed must be there.
    const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
    const read = new Set(grid.merges.map(key));
    for (const m of rendered.merges) expect(read.has(key(m)), key(m)).toBe(true);
    for (const m of grid.merges.filter((m) => !rendered.merges.some((r) => key(r) === key(m)))) {
      expect(m.top).toBeGreaterThan(rendered.rows.total);
    }
  });

  it("stores form 1's truncated rate as 0.66 formatted 0%", async () => {
    const [grid] = await gridsOf(path.join(SAMPLES, files[0]));
    const rendered = renderForm(SEED_FORMS[0], { variant: "A" });
    const rateRow = rendered.rows.fundTotal;
    expect(grid.values[rateRow][6]).toBe(0.66);
    expect(grid.numberFormats?.[rateRow][6]).toBe("0%");
  });
});

describe("worksheetToGrid on an empty sheet", () => {
  it("gives no rows and no merges", async () => {
    const tmp = tempDir();
    const file = path.join(tmp.dir, "empty.xlsx");
    await writeWorkbook(file, (wb) => {
      wb.addWorksheet("空");
      wb.addWorksheet("有").getCell("B2").value = "x";
    });
    const loaded = await loadWorkbook(readFileSync(file));
    tmp.cleanup();
    if (!loaded.ok) throw new Error(loaded.failure);
    expect(worksheetToGrid(loaded.workbook.worksheets[0])).toMatchObject({ sheet: "空", values: [], merges: [] });
    expect(worksheetToGrid(loaded.workbook.worksheets[1]).values).toEqual([[], [null, "x"]]);
  });
});
