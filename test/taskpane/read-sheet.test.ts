import { describe, expect, it } from "vitest";
import { formGrid } from "../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../scripts/forms/seed-forms";
import { BLOCK_CELL_BUDGET, FIRST_BLOCK_COLS, FIRST_BLOCK_ROWS, readSheet } from "../../src/taskpane/excel/read-sheet";
import { asExcelContext, FakeRequestContext } from "./fakes/fake-excel";
import { FakeSheetModel, FakeWorkbookModel, sheetFromGrid } from "./fakes/fake-model";
import { seedWorkbook, USER_YELLOW } from "./fakes/seed-workbook";

const ALL = { formats: true, formulas: true, fills: true, merges: true };

function numberedSheet(rows: number, cols: number): FakeSheetModel {
  const sheet = new FakeSheetModel("{BIG}", "Big");
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sheet.cell(r, c).value = r * 1000 + c;
  return sheet;
}

describe("readSheet", () => {
  it("reads seed form 1 into the same Grid the form renderer made, in one sync", async () => {
    const expected = formGrid(SEED_FORM_1, "自评表");
    const { model } = seedWorkbook();
    const ctx = new FakeRequestContext(model);
    const snap = await readSheet(asExcelContext(ctx), ALL);

    expect(ctx.syncCount).toBe(1);
    expect(snap.sheetName).toBe("自评表");
    expect(snap.sheetId).toBe("{8D1C0A52-SEED-0001}");
    expect(snap.grid.origin).toEqual({ row: 0, col: 0 });
    const width = Math.max(...expected.values.map((r) => r.length));
    const pad = (rows: unknown[][]) => rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
    expect(pad(snap.grid.values)).toEqual(pad(expected.values));
    const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(snap.grid.merges.map(key).sort()).toEqual(expected.merges.map(key).sort());
    // The seed types 执行率 as "66%": the format must reach the engine.
    expect(snap.grid.numberFormats?.[5]?.[6]).toBe("0%");
    // Excel reports a pattern colour even for solid fills; the fake does the same.
    expect(snap.fills?.get("A1")).toEqual({ ...USER_YELLOW, patternColor: "#000000" });
    expect(snap.fills?.get("B2")).toEqual({ color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: null });
  });

  it("keeps sheet coordinates when the form does not start at A1", async () => {
    const grid = formGrid(SEED_FORM_1, "Offset", { startRow: 4, startCol: 2 });
    const model = new FakeWorkbookModel([sheetFromGrid(grid)]);
    const snap = await readSheet(asExcelContext(new FakeRequestContext(model)), ALL);
    expect(snap.grid.origin).toEqual({ row: 4, col: 2 });
    expect(snap.grid.values[0][0]).toBe("项目支出绩效自评表");
    expect(snap.grid.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 10 });
  });

  it("returns formulas as written and values as computed", async () => {
    const sheet = new FakeSheetModel("{F}", "F");
    Object.assign(sheet.cell(0, 0), { value: 3 });
    Object.assign(sheet.cell(0, 1), { value: 0.75, formula: "=PERF.EXECRATE(A1,4)" });
    const snap = await readSheet(asExcelContext(new FakeRequestContext(new FakeWorkbookModel([sheet]))), ALL);
    expect(snap.formulas).toEqual([[3, "=PERF.EXECRATE(A1,4)"]]);
    expect(snap.grid.values).toEqual([[3, 0.75]]);
  });

  it("leaves merges out and never calls the 1.13 API when the host lacks it", async () => {
    const { model } = seedWorkbook();
    model.maxMergedAreas = 0; // the fake would throw if getMergedAreasOrNullObject were used
    const snap = await readSheet(asExcelContext(new FakeRequestContext(model)), { ...ALL, merges: false, fills: false });
    expect(snap.grid.merges).toEqual([]);
    expect(snap.fills).toBeNull();
  });

  it("surfaces the 512-merged-areas failure instead of returning a grid without merges", async () => {
    const { model } = seedWorkbook();
    model.maxMergedAreas = 10;
    await expect(readSheet(asExcelContext(new FakeRequestContext(model)), ALL)).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("reads a blank sheet as one empty cell", async () => {
    const model = new FakeWorkbookModel([new FakeSheetModel("{E}", "Empty")]);
    const ctx = new FakeRequestContext(model);
    const snap = await readSheet(asExcelContext(ctx), ALL);
    expect(snap.grid.values).toEqual([[null]]);
    expect(snap.grid.merges).toEqual([]);
    expect(ctx.syncCount).toBe(1);
  });

  it("reads a tall sheet in row blocks that each stay under the 5 MB payload limit", async () => {
    const rows = 4_200;
    const cols = 8;
    const model = new FakeWorkbookModel([numberedSheet(rows, cols)]);
    // The whole sheet in one request would be refused: the reason for blocks.
    const naive = new FakeRequestContext(model);
    const all = naive.workbook.worksheets.getActiveWorksheet().getUsedRange();
    all.load(["values", "numberFormat", "formulas"]);
    all.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } });
    await expect(naive.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });

    const ctx = new FakeRequestContext(model);
    const snap = await readSheet(asExcelContext(ctx), ALL);
    const blockRows = Math.floor(BLOCK_CELL_BUDGET / cols);
    expect(ctx.syncCount).toBe(1 + Math.ceil((rows - FIRST_BLOCK_ROWS) / blockRows));
    expect(ctx.payloads.every((b) => b <= model.payloadLimitBytes)).toBe(true);
    expect(snap.grid.values).toHaveLength(rows);
    expect(snap.grid.values[rows - 1][cols - 1]).toBe((rows - 1) * 1000 + cols - 1);
    expect(snap.grid.values[FIRST_BLOCK_ROWS][0]).toBe(FIRST_BLOCK_ROWS * 1000);
    expect(snap.fills?.size).toBe(rows * cols);
  });

  it("re-reads a sheet wider than the first window in full-width blocks", async () => {
    const rows = 900;
    const cols = FIRST_BLOCK_COLS + 10;
    const model = new FakeWorkbookModel([numberedSheet(rows, cols)]);
    const ctx = new FakeRequestContext(model);
    const snap = await readSheet(asExcelContext(ctx), ALL);
    expect(ctx.syncCount).toBe(1 + Math.ceil(rows / Math.floor(BLOCK_CELL_BUDGET / cols)));
    expect(snap.grid.values.every((r) => r.length === cols)).toBe(true);
    expect(snap.grid.values[rows - 1][cols - 1]).toBe((rows - 1) * 1000 + cols - 1);
  });
});

describe("the fake context", () => {
  it("throws like Excel when a property is read without load and sync", async () => {
    const { model } = seedWorkbook();
    const ctx = new FakeRequestContext(model);
    const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange();
    expect(() => used.values).toThrow(/load method/);
    used.load("values");
    expect(() => used.values).toThrow(/PropertyNotLoaded|load method/);
    await ctx.sync();
    expect(used.values[0][0]).toBe("项目支出绩效自评表");
  });

  it("applies writes only at sync and records them with the sync's number", async () => {
    const { model, sheet } = seedWorkbook();
    const ctx = new FakeRequestContext(model);
    ctx.workbook.worksheets.getActiveWorksheet().getRange("C3").format.fill.color = "#123456";
    expect(sheet.read(2, 2).fill.pattern).toBe("None");
    await ctx.sync();
    expect(sheet.read(2, 2).fill).toMatchObject({ color: "#123456", pattern: "Solid" });
    expect(ctx.writes).toEqual([{ sync: 1, sheet: "自评表", address: "C3", property: "fill.color", value: "#123456" }]);
  });
});
