// Issue 9, the record of original fills in the document: highlight-coloured user fills, a reopen that
// changes worksheet ids, a renamed sheet, the previous version's settings, and batches cut short.
import { describe, expect, it } from "vitest";
import { toA1 } from "../../src/model/grid/address";
import { highlightKey } from "../../src/taskpane/excel/highlight-store";
import { harness } from "./controller-harness";
import { FakeOfficeError } from "./fakes/fake-excel";
import { FakeSheetModel, FakeWorkbookModel } from "./fakes/fake-model";
import { FakeDocument, FakeSettings } from "./fakes/fake-settings";
import { COL, fillsOf, seedWorkbook, storedFills, USER_PATTERN, USER_TINT, USER_WHITE, USER_YELLOW } from "./fakes/seed-workbook";

/** Excel's built-in cell styles 差 (Bad) and 适中 (Neutral): the same colours the pane paints. */
const STYLE_BAD = { color: "#FFC7CE", pattern: "Solid", patternColor: null, tintAndShade: 0 };
const STYLE_NEUTRAL = { color: "#FFEB9C", pattern: "Solid", patternColor: null, tintAndShade: 0 };
const HIGHLIGHTS = ["#FFC7CE", "#FFEB9C"];
/** Seed form 1's three disagreeing rows, painted across 一级指标 … 偏差原因 (B..I): 3 × 8 cells. */
const PAINTED_CELLS = 24;

function highlightColoured(sheet: FakeSheetModel): string[] {
  return [...fillsOf(sheet)].filter(([, f]) => f.pattern === "Solid" && HIGHLIGHTS.includes(f.color)).map(([a1]) => a1);
}

describe("originals that equal a highlight colour", () => {
  it("gives cells styled 差 / 适中 before the check their exact fill back, not No Fill", async () => {
    const seed = seedWorkbook();
    const [timeliness, , cost] = seed.disagreeing;
    const bad = toA1(timeliness, COL.score);
    const neutral = toA1(cost, COL.weight);
    seed.sheet.cell(timeliness, COL.score).fill = { ...STYLE_BAD };
    seed.sheet.cell(cost, COL.weight).fill = { ...STYLE_NEUTRAL };
    const before = fillsOf(seed.sheet);
    const h = harness(seed.model);

    await h.controller.check();
    // The 适中 cell is painted with its own colour, the 差 one with the warning colour.
    expect(fillsOf(seed.sheet).get(bad)?.color).toBe("#FFEB9C");
    await h.controller.clearHighlights();

    expect(h.state().error).toBeNull();
    expect(fillsOf(seed.sheet).get(bad)).toEqual(STYLE_BAD);
    expect(fillsOf(seed.sheet).get(neutral)).toEqual(STYLE_NEUTRAL);
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(h.runner.contexts.map((c) => c.syncCount)).toEqual([2, 2]);
  });

  it("keeps them exact through a re-check in a later session", async () => {
    const seed = seedWorkbook();
    seed.sheet.cell(seed.disagreeing[2], COL.reason).fill = { ...STYLE_NEUTRAL };
    const before = fillsOf(seed.sheet);
    await harness(seed.model).controller.check();
    seed.model.reopen({ newSheetIds: false });
    const later = harness(seed.model);
    await later.controller.check();
    await later.controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});

describe("a reopen that gives the worksheets new ids", () => {
  it("清除标记 still finds the record by sheet name and puts every original back", async () => {
    const seed = seedWorkbook();
    const document = new FakeDocument();
    const before = fillsOf(seed.sheet);
    const oldId = seed.sheet.id;
    await harness(seed.model, { settings: new FakeSettings(document) }).controller.check();
    expect(highlightColoured(seed.sheet)).toHaveLength(PAINTED_CELLS);

    seed.model.reopen({ newSheetIds: true });
    expect(seed.sheet.id).not.toBe(oldId);
    const reopened = harness(seed.model, { settings: new FakeSettings(document) });
    await reopened.controller.clearHighlights();

    expect(reopened.state().error).toBeNull();
    expect(reopened.state().notice).toEqual({ kind: "cleared", count: PAINTED_CELLS });
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(highlightColoured(seed.sheet)).toEqual([]);
    expect(seed.model.customProperties.size).toBe(0);
    expect(reopened.runner.last().syncCount).toBe(2);
  });

  it("a check after the reopen repaints without stacking, records the new id as the hint, and clears back", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    await harness(seed.model).controller.check();
    seed.model.reopen({ newSheetIds: true });
    const reopened = harness(seed.model);
    await reopened.controller.check();

    expect(reopened.state().result?.highlighted).toBe(PAINTED_CELLS);
    const [record] = storedFills(seed.model).sheets;
    expect(record.name).toBe("自评表");
    expect(record.idHint).toBe(seed.sheet.id);
    // The original (as getCellProperties reported it, pattern colour included), not the highlight the second check read.
    const { color, pattern, tintAndShade } = USER_YELLOW;
    expect(record.cells.find((c) => c.cell === toA1(seed.disagreeing[0], COL.level3))?.original).toMatchObject({
      color,
      pattern,
      tintAndShade,
    });
    await reopened.controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });

  it("does not take another sheet's record when ids were handed out anew and one sheet got the other's old id", async () => {
    const seed = seedWorkbook();
    const cover = new FakeSheetModel("{COVER}", "封面");
    cover.cell(0, 0).value = "封面";
    cover.cell(2, 1).fill = { ...USER_TINT };
    const model = new FakeWorkbookModel([seed.sheet, cover]);
    const before = fillsOf(seed.sheet);
    const coverBefore = fillsOf(cover);
    const seedId = seed.sheet.id;
    await harness(model).controller.check();

    // A host numbering sheets by position after they were reordered: 封面 now has 自评表's old id.
    model.reopen({ newSheetIds: ["{NEW-SEED}", seedId] });
    model.activeSheetId = cover.id;
    const reopened = harness(model);
    await reopened.controller.clearHighlights();
    expect(reopened.state().notice).toEqual({ kind: "nothingToClear" });
    expect(fillsOf(cover)).toEqual(coverBefore);

    model.activeSheetId = seed.sheet.id;
    await reopened.controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});

describe("a sheet renamed between 检查本表 and 清除标记", () => {
  it("is found by its id hint while the id is the same (same session, or a platform that keeps ids)", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    const h = harness(seed.model);
    await h.controller.check();
    seed.sheet.name = "自评表（修订）";
    await h.controller.clearHighlights();

    expect(h.state().notice).toEqual({ kind: "cleared", count: PAINTED_CELLS });
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(seed.model.customProperties.size).toBe(0);
  });

  it("a check after the rename moves the record to the new name, so a reopen with new ids still clears", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    const h = harness(seed.model);
    await h.controller.check();
    seed.sheet.name = "自评表（修订）";
    await h.controller.check();
    expect(storedFills(seed.model).sheets.map((s) => s.name)).toEqual(["自评表（修订）"]);

    seed.model.reopen({ newSheetIds: true });
    await harness(seed.model).controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });

  it("renamed and reopened with a new id is beyond reach: it says so and touches no cell", async () => {
    // Neither the name nor the id match any more; restoring by a guess could paint another sheet's
    // originals. The record stays, so renaming the sheet back makes it clearable again.
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    await harness(seed.model).controller.check();
    const painted = fillsOf(seed.sheet);
    seed.sheet.name = "自评表（修订）";
    seed.model.reopen({ newSheetIds: true });
    const reopened = harness(seed.model);
    await reopened.controller.clearHighlights();
    expect(reopened.state().notice).toEqual({ kind: "nothingToClear" });
    expect(fillsOf(seed.sheet)).toEqual(painted);

    seed.sheet.name = "自评表";
    await reopened.controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});

describe("several sheets share one record", () => {
  it("clearing one sheet leaves the other's originals in the document", async () => {
    const first = seedWorkbook();
    const second = seedWorkbook();
    second.sheet.id = "{SECOND}";
    second.sheet.name = "自评表 (2)";
    const model = new FakeWorkbookModel([first.sheet, second.sheet]);
    const beforeFirst = fillsOf(first.sheet);
    const beforeSecond = fillsOf(second.sheet);
    const h = harness(model);
    await h.controller.check();
    model.activeSheetId = second.sheet.id;
    await h.controller.check();
    expect(storedFills(model).sheets.map((s) => s.name)).toEqual(["自评表", "自评表 (2)"]);

    await h.controller.clearHighlights();
    expect(fillsOf(second.sheet)).toEqual(beforeSecond);
    expect(storedFills(model).sheets.map((s) => s.name)).toEqual(["自评表"]);

    model.reopen({ newSheetIds: true });
    model.activeSheetId = first.sheet.id;
    await harness(model).controller.clearHighlights();
    expect(fillsOf(first.sheet)).toEqual(beforeFirst);
    expect(model.customProperties.size).toBe(0);
  });
});

describe("the previous version's record in the document settings", () => {
  /**
   * What the previous version left on seed form 1: its rows painted light yellow, and under
   * "perf.highlights.<sheet id>" the originals in its own format, written out by hand from the seed's
   * user fills (seed-workbook.ts) and No Fill elsewhere.
   */
  function previousVersionDocument() {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    const cells = seed.disagreeing.flatMap((row) =>
      Array.from({ length: 8 }, (_, i) => {
        const cell = toA1(row, COL.level1 + i);
        const user = seed.userFills[cell];
        return user
          ? { cell, color: user.color, pattern: user.pattern, patternColor: user.patternColor, tintAndShade: user.tintAndShade }
          : { cell, color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: null };
      }),
    );
    // The seed's user fills in these rows, so the hand-written list above covers them all.
    expect(
      cells
        .filter((c) => c.pattern !== "None")
        .map((c) => c.color)
        .sort(),
    ).toEqual([USER_YELLOW, USER_WHITE, USER_PATTERN, USER_TINT].map((f) => f.color).sort());
    for (const row of seed.disagreeing)
      for (let i = 0; i < 8; i++)
        seed.sheet.cell(row, COL.level1 + i).fill = { color: "#FFEB9C", pattern: "Solid", patternColor: null, tintAndShade: 0 };
    const document = new FakeDocument();
    const settings = new FakeSettings(document);
    settings.set(highlightKey(seed.sheet.id), { v: 1, sheet: "自评表", cells });
    settings.saveAsync(() => undefined);
    return { seed, before, document };
  }

  it("清除标记 restores from it and removes it", async () => {
    const { seed, before, document } = previousVersionDocument();
    const h = harness(seed.model, { settings: new FakeSettings(document) });
    await h.controller.clearHighlights();

    expect(h.state().error).toBeNull();
    expect(h.state().notice).toEqual({ kind: "cleared", count: PAINTED_CELLS });
    expect(fillsOf(seed.sheet)).toEqual(before);
    expect(new FakeSettings(document).get(highlightKey(seed.sheet.id))).toBeNull();
    expect(h.runner.last().syncCount).toBe(2);
  });

  it("检查本表 takes its originals over into the document record, once", async () => {
    const { seed, before, document } = previousVersionDocument();
    const h = harness(seed.model, { settings: new FakeSettings(document) });
    await h.controller.check();

    expect(h.state().error).toBeNull();
    expect(new FakeSettings(document).get(highlightKey(seed.sheet.id))).toBeNull();
    const [record] = storedFills(seed.model).sheets;
    expect(record.cells).toHaveLength(PAINTED_CELLS);
    // Taken over as the previous version stored it.
    expect(record.cells.find((c) => c.cell === toA1(seed.disagreeing[2], COL.reason))?.original).toEqual(USER_PATTERN);

    seed.model.reopen({ newSheetIds: true });
    await harness(seed.model, { settings: new FakeSettings(document) }).controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});

describe("a batch cut short", () => {
  /** Seed form 1 checked once, then 时效指标 fixed so a re-check restores that group and repaints the cost row. */
  async function recheckSetup() {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    await harness(seed.model).controller.check();
    seed.sheet.cell(seed.disagreeing[0], COL.score).value = 10;
    seed.sheet.cell(seed.disagreeing[0], COL.reason).value = "无偏差";
    return { seed, before };
  }

  it("leaves every cell restorable wherever the re-check's write sync stops", async () => {
    const probe = await recheckSetup();
    const ok = harness(probe.seed.model);
    await ok.controller.check();
    const total = ok.runner.last().writes.length + ok.runner.last().propertyWrites.length;
    // Record (old ∪ new), restores, paints, record (new): enough operations for the cut points to mean something.
    expect(total).toBeGreaterThan(20);

    for (let n = 1; n <= total; n++) {
      const { seed, before } = await recheckSetup();
      const failing = harness(seed.model, {
        beforeBatch: (ctx) =>
          ctx.failAtWrite(n, new FakeOfficeError("GeneralException", "An internal error has occurred.", "RangeFill.color")),
      });
      await failing.controller.check();
      expect(failing.state().error, `cut at write ${n}`).toMatchObject({ action: "check", code: "GeneralException" });

      const clearing = harness(seed.model);
      await clearing.controller.clearHighlights();
      expect(clearing.state().error, `cut at write ${n}`).toBeNull();
      expect(fillsOf(seed.sheet), `cut at write ${n}`).toEqual(before);
    }
  });

  it("leaves the sheet highlighted and the record whole when 清除标记's sync stops half-way", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    await harness(seed.model).controller.check();
    const failing = harness(seed.model, {
      beforeBatch: (ctx) =>
        ctx.failAtWrite(5, new FakeOfficeError("GeneralException", "An internal error has occurred.", "RangeFill.clear")),
    });
    await failing.controller.clearHighlights();
    expect(failing.state().error).toMatchObject({ action: "clear", code: "GeneralException" });
    expect(storedFills(seed.model).sheets[0].cells).toHaveLength(PAINTED_CELLS);

    await harness(seed.model).controller.clearHighlights();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});

describe("a host that trims property values below what the record needs", () => {
  it("reports the record as unreadable instead of restoring from a part of it", async () => {
    const seed = seedWorkbook();
    seed.model.customPropertyValueLimit = 100;
    await harness(seed.model).controller.check();
    const painted = fillsOf(seed.sheet);

    const h = harness(seed.model);
    await h.controller.clearHighlights();
    expect(h.state().error).toMatchObject({ action: "clear", code: "PerfFillRecordCorrupt" });
    expect(fillsOf(seed.sheet)).toEqual(painted);
  });
});
