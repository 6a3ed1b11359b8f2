// 填写总分 / 撤销填写 / 转为数值 against the fake workbook and the real engine.
import { describe, expect, it } from "vitest";
import { toA1 } from "../../src/model/grid/address";
import { fillKey } from "../../src/taskpane/excel/fill-store";
import { harness } from "./controller-harness";
import { FakeOfficeError } from "./fakes/fake-excel";
import { FakeSheetModel, FakeWorkbookModel } from "./fakes/fake-model";
import { FakeDocument, FakeSettings } from "./fakes/fake-settings";
import { COL, contentsOf, seedWorkbook, storedFills, storedUndo } from "./fakes/seed-workbook";

function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => JSON.stringify(before.get(k) ?? null) !== JSON.stringify(after.get(k) ?? null)).sort();
}

describe("填写总分", () => {
  it("writes a native SUM into the 总分 row's 得分 cell and the grade next to it, and nothing else", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    const before = contentsOf(seed.sheet);
    const totalCell = toA1(seed.rows.total, COL.score);
    const gradeCell = toA1(seed.rows.total, COL.reason);

    await h.controller.fillTotal();

    expect(h.state().error).toBeNull();
    const after = contentsOf(seed.sheet);
    expect(changed(before, after)).toEqual([totalCell, gradeCell].sort());
    const total = after.get(totalCell)!;
    expect(total.formula).toMatch(/^=SUM\(/);
    // Seed form 1: 6.6 + 10 + 10 + 7 + 7 + 20 + 20 + 10 (docs/rules.md#source-shanxi-jinzhong), now computed by Excel's own SUM.
    expect(total.value).toBeCloseTo(90.6, 6);
    expect(after.get(gradeCell)!.formula).toMatch(/^=.*\b[A-Z]+\d+/);
    // One read sync, one write sync; writes only formulas.
    const ctx = h.runner.last();
    expect(ctx.syncCount).toBe(2);
    expect(ctx.writes.map((w) => [w.sync, w.property])).toEqual([
      [2, "formulas"],
      [2, "formulas"],
    ]);
    expect(h.state().notice).toEqual({ kind: "filled", count: 2 });
  });

  it("shows and keeps what it overwrote: the typed 90.6 and the empty grade cell", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.fillTotal();
    const totalCell = toA1(seed.rows.total, COL.score);
    const gradeCell = toA1(seed.rows.total, COL.reason);
    const filled = h.state().filled;
    expect(filled.find((p) => p.cell === totalCell)).toMatchObject({ formula: null, value: 90.6 });
    expect(filled.find((p) => p.cell === gradeCell)).toMatchObject({ formula: null, value: null });
    // Issue 9: kept in the document's properties, keyed by sheet name (the id only a hint), not in settings by id.
    expect(storedUndo(seed.model).sheets).toEqual([{ name: "自评表", idHint: seed.sheet.id, cells: filled }]);
    expect(h.settings.get(fillKey(seed.sheet.id))).toBeNull();
    expect(h.settings.saves).toBe(0);
  });

  it("records what it overwrites before writing, in the same sync, so a fill cut short can still be undone", async () => {
    const seed = seedWorkbook();
    const before = contentsOf(seed.sheet);
    const h = harness(seed.model, {
      // The record (two parts and the header: its JSON is longer than one 240-character part) is write
      // operations 1-3; the second formula, 5, fails after the first was written.
      beforeBatch: (ctx) => {
        if (h.runner.contexts.length === 1) ctx.failAtWrite(5, new FakeOfficeError("GeneralException", "stopped", "Range.formulas"));
      },
    });
    await h.controller.fillTotal();
    expect(h.state().error).toMatchObject({ action: "fill", code: "GeneralException" });
    const first = h.runner.contexts[0];
    expect(first.propertyWrites.map((w) => [w.key, w.sync])).toEqual([
      ["PERF_UNDO_1_1", 2],
      ["PERF_UNDO_1_2", 2],
      ["PERF_UNDO", 2],
    ]);
    expect(first.writes.map((w) => w.property)).toEqual(["formulas"]);
    expect(contentsOf(seed.sheet)).not.toEqual(before);
    expect(storedUndo(seed.model).sheets.map((s) => s.cells.length)).toEqual([2]);

    await h.controller.undoFill();
    expect(h.state().error).toBeNull();
    expect(contentsOf(seed.sheet)).toEqual(before);
    expect(seed.model.customProperties.size).toBe(0);
  });

  it("is undone exactly, also after the workbook was reopened", async () => {
    const seed = seedWorkbook();
    const document = new FakeDocument();
    const before = contentsOf(seed.sheet);
    await harness(seed.model, { settings: new FakeSettings(document) }).controller.fillTotal();

    const reopened = harness(seed.model, { settings: new FakeSettings(document) });
    await reopened.controller.undoFill();

    expect(reopened.state().error).toBeNull();
    expect(contentsOf(seed.sheet)).toEqual(before);
    expect(reopened.runner.last().syncCount).toBe(2);
    expect(reopened.state().notice).toEqual({ kind: "fillUndone", count: 2 });
    expect(seed.model.customProperties.size).toBe(0);
  });

  // Issue 9: the undo record used to be keyed by worksheet id, which some platforms change on reopen.
  it("is undone after a reopen that gave the worksheets new ids, found by sheet name", async () => {
    const seed = seedWorkbook();
    const before = contentsOf(seed.sheet);
    const oldId = seed.sheet.id;
    await harness(seed.model).controller.fillTotal();
    expect(contentsOf(seed.sheet)).not.toEqual(before);

    seed.model.reopen({ newSheetIds: true });
    expect(seed.sheet.id).not.toBe(oldId);
    const reopened = harness(seed.model);
    await reopened.controller.check();
    // The check already shows what 撤销填写 would bring back.
    expect(
      reopened
        .state()
        .filled.map((p) => p.cell)
        .sort(),
    ).toEqual([toA1(seed.rows.total, COL.score), toA1(seed.rows.total, COL.reason)].sort());
    await reopened.controller.undoFill();

    expect(reopened.state().error).toBeNull();
    expect(reopened.state().notice).toEqual({ kind: "fillUndone", count: 2 });
    expect(contentsOf(seed.sheet)).toEqual(before);
    expect(reopened.runner.last().syncCount).toBe(2);
    // The undo record is gone; the check's record of original fills stays for 清除标记.
    expect(storedUndo(seed.model).sheets).toEqual([]);
    expect(storedFills(seed.model).sheets.map((s) => s.name)).toEqual(["自评表"]);
  });

  it("is undone on a sheet renamed since the fill, found by its id hint", async () => {
    const seed = seedWorkbook();
    const before = contentsOf(seed.sheet);
    const h = harness(seed.model);
    await h.controller.fillTotal();
    seed.sheet.name = "自评表（修订）";
    await h.controller.undoFill();
    expect(h.state().notice).toEqual({ kind: "fillUndone", count: 2 });
    expect(contentsOf(seed.sheet)).toEqual(before);
  });

  it("undoes a fill the previous version kept in the settings by sheet id, and takes that entry over", async () => {
    const seed = seedWorkbook();
    const totalCell = toA1(seed.rows.total, COL.score);
    const settings = new FakeSettings();
    // What the previous version saved after writing =SUM(...) over the typed 90.6.
    Object.assign(seed.sheet.cell(seed.rows.total, COL.score), { formula: "=SUM(H6:H29)", value: 90.6 });
    settings.set(fillKey(seed.sheet.id), {
      v: 1,
      sheet: "自评表",
      cells: [{ cell: totalCell, formula: null, value: 90.6, written: "=SUM(H6:H29)" }],
    });
    const h = harness(seed.model, { settings });
    await h.controller.undoFill();
    expect(h.state().notice).toEqual({ kind: "fillUndone", count: 1 });
    expect(seed.sheet.read(seed.rows.total, COL.score)).toMatchObject({ formula: null, value: 90.6 });
    expect(settings.get(fillKey(seed.sheet.id))).toBeNull();
  });

  it("puts a previous formula back as a formula", async () => {
    const seed = seedWorkbook();
    const totalCell = toA1(seed.rows.total, COL.score);
    Object.assign(seed.sheet.cell(seed.rows.total, COL.score), { formula: "=90+0.6", value: 90.6 });
    const h = harness(seed.model);
    await h.controller.fillTotal();
    expect(h.state().filled.find((p) => p.cell === totalCell)).toMatchObject({ formula: "=90+0.6" });
    await h.controller.undoFill();
    expect(seed.sheet.read(seed.rows.total, COL.score)).toMatchObject({ formula: "=90+0.6" });
  });

  it("does not write twice and keeps the first original across fills", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    const before = contentsOf(seed.sheet);
    await h.controller.fillTotal();
    await h.controller.fillTotal();
    expect(h.runner.last().syncCount).toBe(1);
    expect(h.runner.last().writes).toEqual([]);
    expect(h.state().notice).toEqual({ kind: "nothingToFill" });

    // The user overwrites the total with a constant; filling again must still undo to the seed's 90.6.
    seed.sheet.cell(seed.rows.total, COL.score).formula = null;
    seed.sheet.cell(seed.rows.total, COL.score).value = 12;
    await h.controller.fillTotal();
    await h.controller.undoFill();
    expect(contentsOf(seed.sheet)).toEqual(before);
  });

  it("marks the shown result as stale after an undo, until the next check", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.check();
    await h.controller.fillTotal();
    await h.controller.undoFill();
    expect(h.state().stale).toBe(true);
    await h.controller.check();
    expect(h.state().stale).toBe(false);
    expect(h.state().filled).toEqual([]);
  });

  it("says there is nothing to undo on a sheet that was never filled", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.undoFill();
    expect(h.state().notice).toEqual({ kind: "nothingToUndo" });
    expect(h.runner.last().writes).toEqual([]);
  });
});

describe("转为数值", () => {
  function sheetWithFormulas(): FakeSheetModel {
    const sheet = new FakeSheetModel("{F}", "公式");
    Object.assign(sheet.cell(0, 0), { value: 150 });
    Object.assign(sheet.cell(0, 1), { value: 100 });
    Object.assign(sheet.cell(0, 2), { value: 0.6667, formula: "=PERF.EXECRATE(A1,B1)" });
    Object.assign(sheet.cell(0, 3), { value: 6.67, formula: "=ROUND(perf.SCORE(C1,10),2)" });
    Object.assign(sheet.cell(0, 4), { value: 250, formula: "=SUM(A1:B1)" });
    Object.assign(sheet.cell(0, 5), { value: "#BUSY!", formula: "=PERF.EXECRATE(A1,B1)" });
    Object.assign(sheet.cell(0, 6), { value: "PERF.EXECRATE is text" });
    return sheet;
  }

  it("replaces only =PERF.* formulas by their values, in one read and one write", async () => {
    const sheet = sheetWithFormulas();
    const h = harness(new FakeWorkbookModel([sheet]));
    await h.controller.freezeValues();

    expect(h.state().error).toBeNull();
    expect(sheet.read(0, 2)).toMatchObject({ formula: null, value: 0.6667 });
    expect(sheet.read(0, 3)).toMatchObject({ formula: null, value: 6.67 });
    expect(sheet.read(0, 4)).toMatchObject({ formula: "=SUM(A1:B1)", value: 250 });
    expect(sheet.read(0, 5)).toMatchObject({ formula: "=PERF.EXECRATE(A1,B1)" });
    expect(sheet.read(0, 6)).toMatchObject({ formula: null, value: "PERF.EXECRATE is text" });
    const ctx = h.runner.last();
    expect(ctx.syncCount).toBe(2);
    expect(ctx.writes.map((w) => [w.address, w.property, w.sync])).toEqual([
      ["C1", "values", 2],
      ["D1", "values", 2],
    ]);
    expect(h.state().notice).toEqual({ kind: "frozen", count: 2, busy: 1 });
  });

  it("says so when the sheet has no PERF formulas", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.freezeValues();
    expect(h.state().notice).toEqual({ kind: "noPerfFormulas" });
    expect(h.runner.last().syncCount).toBe(1);
  });
});
