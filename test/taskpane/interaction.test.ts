// Selecting a finding's cell, 自动检查 and the ribbon's 检查本表 command.
import { afterEach, describe, expect, it, vi } from "vitest";
import { harness } from "./controller-harness";
import { FakeOfficeError } from "./fakes/fake-excel";
import { FakeSheetModel, FakeWorkbookModel } from "./fakes/fake-model";
import { COL, seedWorkbook } from "./fakes/seed-workbook";

afterEach(() => {
  vi.useRealTimers();
});

describe("clicking a finding", () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const seed = seedWorkbook();
    const other = new FakeSheetModel("{OTHER}", "说明");
    const model = new FakeWorkbookModel([seed.sheet, other]);
    model.activeSheetId = other.id;
    const h = harness(model);
    await h.controller.selectFinding({ sheet: "自评表", cell: "H21" });
    expect(model.activeSheetId).toBe(seed.sheet.id);
    expect(model.selection).toEqual({ sheetId: seed.sheet.id, address: "H21" });
    expect(h.runner.last().syncCount).toBe(1);
  });

  it("shows the error when the sheet is gone", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.selectFinding({ sheet: "已删除", cell: "A1" });
    expect(h.state().error).toMatchObject({ action: "select", code: "ItemNotFound" });
  });
});

describe("自动检查", () => {
  it("re-checks about a second after the user edits the checked sheet, once per burst", async () => {
    vi.useFakeTimers();
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.check();
    await h.controller.setAutoCheck(true);
    expect(h.state().autoCheck).toBe(true);
    const runsBefore = h.runner.contexts.length;

    await seed.model.userEdit(seed.sheet.id, seed.rows.total, COL.score, 95);
    await vi.advanceTimersByTimeAsync(500);
    await seed.model.userEdit(seed.sheet.id, seed.rows.total, COL.score, 96);
    await vi.advanceTimersByTimeAsync(999);
    expect(h.runner.contexts.length).toBe(runsBefore);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(h.runner.contexts.length).toBe(runsBefore + 1));
    await vi.waitFor(() => expect(h.state().busy).toBeNull());
    expect(h.state().result?.reports[0].entered.total).toBe(96);
  });

  it("ignores the add-in's own writes and every edit once switched off", async () => {
    vi.useFakeTimers();
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.check();
    await h.controller.setAutoCheck(true);
    await h.controller.fillTotal(); // fires onChanged with triggerSource ThisLocalAddin
    const runs = h.runner.contexts.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.runner.contexts.length).toBe(runs);

    await h.controller.setAutoCheck(false);
    await seed.model.userEdit(seed.sheet.id, seed.rows.total, COL.score, 1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.runner.contexts.length).toBe(runs);
  });

  it("registers the change handler once, however often it is toggled", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.setAutoCheck(true);
    await h.controller.setAutoCheck(false);
    await h.controller.setAutoCheck(true);
    expect(seed.model.changeHandlers).toHaveLength(1);
  });
});

describe("the ribbon's 检查本表 (ExecuteFunction checkSheet)", () => {
  it("shows the pane, checks the sheet and completes the event", async () => {
    const seed = seedWorkbook();
    const calls: string[] = [];
    const h = harness(seed.model, { showTaskpane: async () => void calls.push("show") });
    await h.controller.checkFromRibbon({ completed: () => calls.push("completed") });
    expect(calls).toEqual(["show", "completed"]);
    expect(h.state().result?.reports).toHaveLength(1);
  });

  it("still checks, shows the failure and completes the event when the pane cannot be shown", async () => {
    const seed = seedWorkbook();
    const completed = vi.fn();
    const h = harness(seed.model, {
      showTaskpane: () => Promise.reject(new FakeOfficeError("GenericResponseError", "The pane could not be shown.", "Office.addin")),
    });
    await h.controller.checkFromRibbon({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(h.state().result?.reports).toHaveLength(1);
    expect(h.state().error).toMatchObject({ action: "show", code: "GenericResponseError" });
  });

  it("completes the event when the check itself fails", async () => {
    const seed = seedWorkbook();
    const completed = vi.fn();
    const h = harness(seed.model, {
      beforeBatch: (ctx) => ctx.failAtSync(1, new FakeOfficeError("AccessDenied", "No.", "Worksheet.getUsedRange")),
    });
    await h.controller.checkFromRibbon({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(h.state().error).toMatchObject({ action: "check", code: "AccessDenied" });
  });
});
