// The pane's controller on the WPS host (createWpsHost over the fake ET), under every build variant of the fake:
// 检查本表, 清除标记, 填写总分 / 撤销填写 give the workbook what they give it through the Excel host (fake Excel) on
// the same seed workbook, and the record of original fills written by one host is cleared by the other.
import { describe, expect, it } from "vitest";
import { toA1 } from "../../src/model";
import { createController, modelEngine, type Engine } from "../../src/taskpane/actions";
import { INITIAL_STATE, type PaneState } from "../../src/taskpane/state";
import { createStore } from "../../src/taskpane/store";
import type { CellFill } from "../../src/taskpane/plan/fill-record";
import { createWpsHost } from "../../src/hosts/wps/wps-host";
import { ALL_CAPABILITIES, harness } from "../taskpane/controller-harness";
import type { FakeSheetModel, FakeWorkbookModel } from "../taskpane/fakes/fake-model";
import { COL, contentsOf, fillsOf, seedWorkbook, storedFills, storedUndo } from "../taskpane/fakes/seed-workbook";
import { FakeEt, QUIRK_VARIANTS, quirkName, type EtQuirks } from "./fake-et";

/** Excel's 差 (Bad) style: the very colour the pane paints for errors. */
const STYLE_BAD: CellFill = { color: "#FFC7CE", pattern: "Solid", patternColor: null, tintAndShade: 0 };
/** The warning fill (Excel's 适中), solid, no tint: what a paint leaves. */
const WARNING: CellFill = { color: "#FFEB9C", pattern: "Solid", patternColor: null, tintAndShade: 0 };

function wpsHarness(model: FakeWorkbookModel, quirks: EtQuirks) {
  const et = new FakeEt(model, quirks);
  const host = createWpsHost(et.app);
  const store = createStore<PaneState>(INITIAL_STATE);
  const controller = createController({ host, lang: "zh", capabilities: ALL_CAPABILITIES, store });
  return { et, host, controller, state: () => store.get() };
}

/**
 * The cells the seed's three disagreeing rows span, 一级指标 … 偏差原因 (B..I), derived from the form: 时效指标's two
 * rows and 成本指标's row are scored below their weight though actual = target (seed-workbook.ts), an actual-vs-score
 * warning, painted yellow across the row.
 */
function disagreeingCells(rows: number[]): string[] {
  const out: string[] = [];
  for (const row of rows) for (let col = COL.level1; col <= COL.reason; col++) out.push(toA1(row, col));
  return out.sort();
}

function highlighted(sheet: FakeSheetModel): string[] {
  return [...fillsOf(sheet)]
    .filter(([, f]) => JSON.stringify(f) === JSON.stringify(WARNING) || JSON.stringify(f) === JSON.stringify(STYLE_BAD))
    .map(([a1]) => a1)
    .sort();
}

describe.each(QUIRK_VARIANTS.map((q) => [quirkName(q), q] as const))("WPS host, %s", (_name, quirks) => {
  it("检查本表: the findings of the Excel host, and highlights on the same cells in the same colours", async () => {
    const viaExcel = seedWorkbook();
    const viaWps = seedWorkbook();
    const before = fillsOf(viaWps.sheet);
    const excel = harness(viaExcel.model);
    const wps = wpsHarness(viaWps.model, quirks);

    await excel.controller.check();
    await wps.controller.check();

    expect(wps.state().error).toBeNull();
    const wpsResult = wps.state().result!;
    const excelResult = excel.state().result!;
    expect(wpsResult.reports).toEqual(excelResult.reports);
    expect(wpsResult.sheetName).toBe("自评表");
    expect(wpsResult.highlighted).toBe(24);
    expect(highlighted(viaWps.sheet)).toEqual(disagreeingCells(viaWps.disagreeing));
    for (const cell of disagreeingCells(viaWps.disagreeing)) expect([cell, fillsOf(viaWps.sheet).get(cell)]).toEqual([cell, WARNING]);
    // Outside the painted rows every fill is what it was (the A1 user yellow included).
    for (const [cell, fill] of before)
      if (!disagreeingCells(viaWps.disagreeing).includes(cell)) expect([cell, fillsOf(viaWps.sheet).get(cell)]).toEqual([cell, fill]);
    expect(fillsOf(viaWps.sheet)).toEqual(fillsOf(viaExcel.sheet));
  });

  it("检查本表 reads the original fill of the painted cells only, not of the whole used range", async () => {
    const seed = seedWorkbook();
    const wps = wpsHarness(seed.model, quirks);
    await wps.controller.check();
    // fillFromInterior reads ColorIndex once per cell: 3 rows × 8 columns, and no other cell.
    expect(wps.et.log.filter((line) => line === "Interior.ColorIndex")).toHaveLength(24);
  });

  it("清除标记 restores every original fill exactly, a cell styled 差 (FFC7CE) before the check included", async () => {
    const seed = seedWorkbook();
    const [timeliness] = seed.disagreeing;
    seed.sheet.cell(timeliness, COL.score).fill = { ...STYLE_BAD };
    const before = fillsOf(seed.sheet);
    const wps = wpsHarness(seed.model, quirks);

    await wps.controller.check();
    expect(fillsOf(seed.sheet).get(toA1(timeliness, COL.score))).toEqual(WARNING);
    await wps.controller.clearHighlights();

    expect(wps.state().error).toBeNull();
    expect(wps.state().notice).toEqual({ kind: "cleared", count: 24 });
    expect(fillsOf(seed.sheet).get(toA1(timeliness, COL.score))).toEqual(STYLE_BAD);
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(storedFills(seed.model).sheets).toEqual([]);
  });

  it("填写总分 writes the Excel host's formulas, and 撤销填写 puts back what was there", async () => {
    const viaExcel = seedWorkbook();
    const viaWps = seedWorkbook();
    const before = contentsOf(viaWps.sheet);
    const excel = harness(viaExcel.model);
    const wps = wpsHarness(viaWps.model, quirks);
    const totalCell = toA1(viaWps.rows.total, COL.score);
    const gradeCell = toA1(viaWps.rows.total, COL.reason);

    await excel.controller.fillTotal();
    await wps.controller.fillTotal();

    expect(wps.state().error).toBeNull();
    expect(wps.state().notice).toEqual({ kind: "filled", count: 2 });
    const after = contentsOf(viaWps.sheet);
    expect(after).toEqual(contentsOf(viaExcel.sheet));
    // Only the 总分 row's 得分 and 等级 cells change: the typed 90.6 becomes a SUM, the empty grade cell a formula.
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (k) => JSON.stringify(before.get(k) ?? null) !== JSON.stringify(after.get(k) ?? null),
    );
    expect(changed.sort()).toEqual([totalCell, gradeCell].sort());
    expect(after.get(totalCell)!.formula).toMatch(/^=SUM\(/);
    // Seed form 1: 6.6 + 10 + 10 + 7 + 7 + 20 + 20 + 10 (docs/rules.md#source-shanxi-jinzhong).
    expect(after.get(totalCell)!.value).toBeCloseTo(90.6, 6);
    expect(before.get(totalCell)).toEqual({ value: 90.6, formula: null });
    expect(storedUndo(viaWps.model).sheets.map((s) => s.cells.map((c) => c.cell).sort())).toEqual([[totalCell, gradeCell].sort()]);

    await wps.controller.undoFill();
    expect(wps.state().error).toBeNull();
    expect(wps.state().notice).toEqual({ kind: "fillUndone", count: 2 });
    expect(contentsOf(viaWps.sheet)).toEqual(before);
    expect(storedUndo(viaWps.model).sheets).toEqual([]);
  });

  it("clears highlights made by the Excel host (the shared record), and the Excel host clears the WPS host's", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    await harness(seed.model).controller.check();
    expect(highlighted(seed.sheet)).toEqual(disagreeingCells(seed.disagreeing));

    const wps = wpsHarness(seed.model, quirks);
    await wps.controller.clearHighlights();
    expect(wps.state().error).toBeNull();
    expect(wps.state().notice).toEqual({ kind: "cleared", count: 24 });
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(seed.model.customProperties.size).toBe(0);

    await wps.controller.check();
    expect(highlighted(seed.sheet)).toEqual(disagreeingCells(seed.disagreeing));
    const excel = harness(seed.model);
    await excel.controller.clearHighlights();
    expect(excel.state().error).toBeNull();
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(seed.model.customProperties.size).toBe(0);
  });

  it("转为数值 replaces =PERF.* formulas by their values, as through the Excel host", async () => {
    const put = (sheet: FakeSheetModel) => {
      // A grade by the add-in's function next to the form: 90.6 is 优 (≥ 90).
      const cell = sheet.cell(0, 11);
      cell.formula = "=PERF.GRADE(H30)";
      cell.value = "优";
    };
    const viaExcel = seedWorkbook();
    const viaWps = seedWorkbook();
    put(viaExcel.sheet);
    put(viaWps.sheet);
    const excel = harness(viaExcel.model);
    const wps = wpsHarness(viaWps.model, quirks);

    await excel.controller.freezeValues();
    await wps.controller.freezeValues();

    expect(wps.state().error).toBeNull();
    expect(wps.state().notice).toEqual({ kind: "frozen", count: 1, busy: 0 });
    expect(contentsOf(viaWps.sheet).get("L1")).toEqual({ value: "优", formula: null });
    expect(contentsOf(viaWps.sheet)).toEqual(contentsOf(viaExcel.sheet));
  });

  it("selects a finding's cell, activating its sheet", async () => {
    const seed = seedWorkbook();
    const wps = wpsHarness(seed.model, quirks);
    await wps.controller.check();
    const finding = wps.state().result!.reports[0].findings.find((f) => f.cell !== undefined)!;
    await wps.controller.selectFinding(finding);
    expect(wps.state().error).toBeNull();
    expect(seed.model.selection).toEqual({ sheetId: seed.sheet.id, address: finding.cell });
  });
});

describe("WPS host: fills outside the default engine's paint", () => {
  it("reads on demand the original of a cell another engine paints, so 清除标记 still restores it exactly", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    // A1 carries the user's yellow (seed-workbook.ts) and is far from any row the default engine paints.
    expect(before.get("A1")).toEqual({ color: "#FFFF00", pattern: "Solid", patternColor: null, tintAndShade: 0 });
    const engine: Engine = {
      check(grid, lang) {
        const reports = modelEngine.check(grid, lang);
        const [first] = reports[0].findings.filter((f) => f.highlight && f.severity === "warning");
        reports[0].findings.push({ ...first, cell: "A1", row: 1, span: { top: 0, bottom: 0, left: 0, right: 0 } });
        return reports;
      },
      expectedHeaders: modelEngine.expectedHeaders,
    };
    const et = new FakeEt(seed.model, QUIRK_VARIANTS[0]);
    const store = createStore<PaneState>(INITIAL_STATE);
    const controller = createController({ host: createWpsHost(et.app), lang: "zh", capabilities: ALL_CAPABILITIES, store, engine });

    await controller.check();
    expect(store.get().result?.highlighted).toBe(25);
    expect(fillsOf(seed.sheet).get("A1")).toEqual(WARNING);
    await controller.clearHighlights();
    expect(store.get().error).toBeNull();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});

describe("WPS host: SheetChange", () => {
  const quirks = QUIRK_VARIANTS[0];
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  it("reports a user's edit as not its own, and an edit arriving during or just after its own writes as its own", async () => {
    const seed = seedWorkbook();
    const et = new FakeEt(seed.model, quirks);
    const host = createWpsHost(et.app);
    const changes: { worksheetId: string; ownChange: boolean }[] = [];
    await host.watchChanges((change) => changes.push(change));

    et.userEdit("自评表", "J1", "用户");
    await host.session(async (session) => {
      session.queuePaint("Sheet1", [{ address: "J2", color: "#FFC7CE" }]);
      // Stands for the SheetChange of the write above, fired during the session.
      et.userEdit("自评表", "J2", "x");
      await session.commit();
    });
    // …or delivered after the write call returned, before the next task.
    et.userEdit("自评表", "J3", "y");
    await nextTask();
    et.userEdit("自评表", "J4", "z");

    expect(changes).toEqual([
      { worksheetId: "Sheet1", ownChange: false },
      { worksheetId: "Sheet1", ownChange: true },
      { worksheetId: "Sheet1", ownChange: true },
      { worksheetId: "Sheet1", ownChange: false },
    ]);
    host.dispose();
    expect(et.listenerCount).toBe(0);
  });

  it("a session that only reads or selects does not hide the user's edits", async () => {
    const seed = seedWorkbook();
    const et = new FakeEt(seed.model, quirks);
    const host = createWpsHost(et.app);
    const changes: boolean[] = [];
    await host.watchChanges((change) => changes.push(change.ownChange));
    await host.session(async (session) => {
      await session.readSheet({ formats: true, formulas: true, fills: false, merges: true, document: true });
      session.queueSelect("自评表", "B2");
      et.userEdit("自评表", "J1", "用户");
      await session.commit();
    });
    expect(changes).toEqual([false]);
  });

  it("watching twice keeps one listener", async () => {
    const et = new FakeEt(seedWorkbook().model, quirks);
    const host = createWpsHost(et.app);
    await host.watchChanges(() => undefined);
    await host.watchChanges(() => undefined);
    expect(et.listenerCount).toBe(1);
  });
});
