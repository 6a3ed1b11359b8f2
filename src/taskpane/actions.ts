// The controller: one Excel.run per user action, wiring adapters → Grid → engine → report → adapter
// writes, and putting the outcome (or the Office.js error) into the pane's store.
import { checkGrid, expectedHeaders, type Finding, type FormReport, type Grid, type Lang } from "../model";
import { debounce } from "./debounce";
import { toPaneError } from "./errors";
import { readActiveSheet } from "./excel/active-sheet";
import { queueRestoreFills } from "./excel/clear-highlights";
import { writeFormulas } from "./excel/fill-total";
import { loadFill, saveFill } from "./excel/fill-store";
import { writeValues } from "./excel/freeze-values";
import { forgetLegacyHighlights, loadLegacyHighlights } from "./excel/highlight-store";
import { OriginalsWriter, readActiveOriginals, type LoadedOriginals } from "./excel/originals-store";
import { queueHighlights } from "./excel/paint-highlights";
import { readSheet, type SheetSnapshot } from "./excel/read-sheet";
import { selectCell } from "./excel/select-cell";
import type { SettingsLike } from "./excel/settings";
import { restoreContents } from "./excel/undo-fill";
import { watchChanges, type SheetChange } from "./excel/watch-changes";
import type { Capabilities } from "./host";
import { planFill } from "./plan/fill-plan";
import { findSheetRecord, withSheetRecord, type SheetIdentity } from "./plan/fill-record";
import { planFreeze } from "./plan/freeze-plan";
import { planHighlights, unionOfOriginals } from "./plan/highlight-plan";
import type { ActionName, CheckResult, PaneState } from "./state";
import type { Store } from "./store";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Engine {
  check(grid: Grid, lang: Lang): FormReport[];
  expectedHeaders(lang: Lang): string[];
}

export const modelEngine: Engine = {
  check: (grid, lang) => checkGrid(grid, { lang }),
  expectedHeaders: (lang) => expectedHeaders(lang),
};

export interface ControllerDeps {
  run: ExcelRunner;
  settings: SettingsLike;
  lang: Lang;
  capabilities: Capabilities;
  store: Store<PaneState>;
  engine?: Engine;
  /** Office.addin.showAsTaskpane in the shared runtime; the ribbon command calls it before checking. */
  showTaskpane?: () => Promise<void>;
  autoCheckDelayMs?: number;
}

export interface Controller {
  check(): Promise<void>;
  clearHighlights(): Promise<void>;
  fillTotal(): Promise<void>;
  undoFill(): Promise<void>;
  freezeValues(): Promise<void>;
  selectFinding(finding: Pick<Finding, "sheet" | "cell">): Promise<void>;
  setAutoCheck(enabled: boolean): Promise<void>;
  /** The ribbon's ExecuteFunction "checkSheet": shows the pane, checks, and always completes the event. */
  checkFromRibbon(event: { completed: () => void }): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

/** The grid as it reads after the fixes were written, so the pane shows the corrected figures without a re-read. */
function withFixValues(grid: Grid, fixes: FormReport["fixes"]): Grid {
  const values = grid.values.map((row) => [...row]);
  for (const fix of fixes) {
    // fix.row is the 1-based sheet row, fix.col the 0-based column (see CellWriteSchema).
    const r = fix.row - 1 - grid.origin.row;
    const c = fix.col - grid.origin.col;
    if (r < 0 || c < 0) continue;
    while (values.length <= r) values.push([]);
    values[r][c] = fix.value;
  }
  return { ...grid, values };
}

export function createController(deps: ControllerDeps): Controller {
  const { run, settings, lang, capabilities, store } = deps;
  const engine = deps.engine ?? modelEngine;
  let watching = false;

  function resultFrom(snapshot: SheetSnapshot, reports: FormReport[], highlighted: number): CheckResult {
    return {
      sheetId: snapshot.sheetId,
      sheetName: snapshot.sheetName,
      reports,
      expectedHeaders: reports.length === 0 ? engine.expectedHeaders(lang) : [],
      highlighted,
    };
  }

  /** Runs one action; an error of any kind lands in the MessageBar, never only in a log. */
  async function perform(action: ActionName, body: () => Promise<void>): Promise<void> {
    if (store.get().busy !== null) return;
    store.set({ busy: action, error: null, notice: null });
    try {
      await body();
    } catch (error) {
      store.set({ error: toPaneError(action, error) });
    } finally {
      store.set({ busy: null });
    }
  }

  // Syncs: readSheet 1 (for used ranges within its first block; it also reads the record of original
  // fills) + 1 write when anything is painted or restored (the record is written in that same sync).
  const check = () =>
    perform("check", () =>
      run(async (context) => {
        // Nothing is painted unless its original can be both read (1.9) and kept in the document (1.7).
        const paints = capabilities.cellProperties && capabilities.documentProperties;
        const snapshot = await readSheet(context, {
          formats: true,
          formulas: false,
          fills: paints,
          merges: capabilities.merges,
          originals: paints,
        });
        const reports = engine.check(snapshot.grid, lang);
        let highlighted = 0;
        if (snapshot.fills && snapshot.originals) {
          const sheet: SheetIdentity = { id: snapshot.sheetId, name: snapshot.sheetName };
          const { store } = snapshot.originals;
          const found = findSheetRecord(store, sheet, snapshot.originals.sheetNames);
          // The previous version's entry is taken over here; the record's own cells win where both have one.
          const legacy = loadLegacyHighlights(settings, sheet.id);
          const previous = unionOfOriginals(found?.cells ?? [], legacy);
          const plan = planHighlights(
            reports.flatMap((r) => r.findings),
            sheet.name,
            snapshot.fills,
            previous,
          );
          if (plan.restore.length > 0 || plan.paint.length > 0) {
            const writer = new OriginalsWriter(context, snapshot.originals);
            // Office.js applies a batch in order and stops at a failing operation: recording old and new
            // originals first means a paint cut short leaves every touched cell restorable.
            writer.queue(withSheetRecord(store, sheet, unionOfOriginals(previous, plan.next), found));
            queueHighlights(context, sheet.id, plan);
            writer.queue(withSheetRecord(store, sheet, plan.next, found));
            await context.sync();
            if (legacy.length > 0) await forgetLegacyHighlights(settings, sheet.id);
          }
          highlighted = plan.next.length;
        }
        store.set({
          result: resultFrom(snapshot, reports, highlighted),
          filled: loadFill(settings, snapshot.sheetId),
          notice: highlighted > 0 ? { kind: "highlighted", count: highlighted } : null,
          stale: false,
        });
      }),
    );

  // Syncs: 1 (sheet id and name, the record) + 1 restore (with the record's removal) when something was highlighted.
  const clearHighlights = () =>
    perform("clear", () =>
      run(async (context) => {
        let sheet: SheetIdentity;
        let originals: LoadedOriginals | null = null;
        if (capabilities.documentProperties) ({ sheet, originals } = await readActiveOriginals(context));
        else sheet = await readActiveSheet(context);
        const found = originals ? findSheetRecord(originals.store, sheet, originals.sheetNames) : null;
        const legacy = loadLegacyHighlights(settings, sheet.id);
        const stored = unionOfOriginals(found?.cells ?? [], legacy);
        if (stored.length === 0) {
          store.set({ notice: { kind: "nothingToClear" } });
          return;
        }
        queueRestoreFills(context, sheet.id, stored);
        if (originals && found) new OriginalsWriter(context, originals).queue(withSheetRecord(originals.store, sheet, [], found));
        await context.sync();
        if (legacy.length > 0) await forgetLegacyHighlights(settings, sheet.id);
        const result = store.get().result;
        store.set({
          notice: { kind: "cleared", count: stored.length },
          result: result && result.sheetId === sheet.id ? { ...result, highlighted: 0 } : result,
        });
      }),
    );

  // Syncs: readSheet 1 + 1 write when a formula is missing or different.
  const fillTotal = () =>
    perform("fill", () =>
      run(async (context) => {
        const snapshot = await readSheet(context, { formats: true, formulas: true, fills: false, merges: capabilities.merges });
        const reports = engine.check(snapshot.grid, lang);
        const fixes = reports.flatMap((r) => r.fixes);
        const stored = loadFill(settings, snapshot.sheetId);
        const plan = planFill(fixes, snapshot, stored);
        const previous = store.get().result;
        const highlighted = previous && previous.sheetId === snapshot.sheetId ? previous.highlighted : 0;
        if (plan.writes.length === 0) {
          store.set({ result: resultFrom(snapshot, reports, highlighted), filled: stored, notice: { kind: "nothingToFill" }, stale: false });
          return;
        }
        // Saved before writing, so an interrupted fill can still be undone.
        await saveFill(settings, snapshot.sheetId, snapshot.sheetName, plan.next);
        await writeFormulas(context, snapshot.sheetId, plan.writes);
        const after = engine.check(withFixValues(snapshot.grid, fixes), lang);
        store.set({
          result: resultFrom(snapshot, after, highlighted),
          filled: plan.next,
          notice: { kind: "filled", count: plan.writes.length },
          stale: false,
        });
      }),
    );

  // Syncs: 1 (sheet id) + 1 restore.
  const undoFill = () =>
    perform("undoFill", () =>
      run(async (context) => {
        const sheet = await readActiveSheet(context);
        const stored = loadFill(settings, sheet.id);
        if (stored.length === 0) {
          store.set({ notice: { kind: "nothingToUndo" }, filled: [] });
          return;
        }
        await restoreContents(context, sheet.id, stored);
        await saveFill(settings, sheet.id, sheet.name, []);
        const result = store.get().result;
        store.set({
          filled: [],
          notice: { kind: "fillUndone", count: stored.length },
          stale: store.get().stale || (result !== null && result.sheetId === sheet.id),
        });
      }),
    );

  // Syncs: readSheet 1 + 1 write when the sheet has PERF formulas.
  const freezeValues = () =>
    perform("freeze", () =>
      run(async (context) => {
        const snapshot = await readSheet(context, { formats: false, formulas: true, fills: false, merges: false });
        const plan = planFreeze(snapshot);
        if (plan.cells.length === 0 && plan.busy.length === 0) {
          store.set({ notice: { kind: "noPerfFormulas" } });
          return;
        }
        await writeValues(context, snapshot.sheetId, plan.cells);
        store.set({ notice: { kind: "frozen", count: plan.cells.length, busy: plan.busy.length } });
      }),
    );

  async function selectFinding(finding: Pick<Finding, "sheet" | "cell">): Promise<void> {
    try {
      await run((context) => selectCell(context, finding.sheet, finding.cell));
    } catch (error) {
      store.set({ error: toPaneError("select", error) });
    }
  }

  const recheck = debounce(() => {
    const state = store.get();
    if (!state.autoCheck) return;
    // A check already running will see the latest sheet only if the edit came before its read; try again later.
    if (state.busy !== null) recheck.trigger();
    else void check();
  }, deps.autoCheckDelayMs ?? 1000);

  function onSheetChange(change: SheetChange): void {
    const state = store.get();
    if (!state.autoCheck || change.ownChange) return;
    if (state.result && state.result.sheetId !== change.worksheetId) return;
    recheck.trigger();
  }

  async function setAutoCheck(enabled: boolean): Promise<void> {
    if (!enabled) {
      recheck.cancel();
      store.set({ autoCheck: false });
      return;
    }
    try {
      if (!watching) {
        await run((context) => watchChanges(context, onSheetChange));
        watching = true;
      }
      store.set({ autoCheck: true });
    } catch (error) {
      store.set({ autoCheck: false, error: toPaneError("autoCheck", error) });
    }
  }

  async function checkFromRibbon(event: { completed: () => void }): Promise<void> {
    try {
      let showFailure: { error: unknown } | null = null;
      if (deps.showTaskpane) {
        try {
          await deps.showTaskpane();
        } catch (error) {
          // The check still runs; its result waits in the pane for when the user opens it.
          showFailure = { error };
        }
      }
      await check();
      if (showFailure && store.get().error === null) store.set({ error: toPaneError("show", showFailure.error) });
    } finally {
      event.completed();
    }
  }

  return {
    check,
    clearHighlights,
    fillTotal,
    undoFill,
    freezeValues,
    selectFinding,
    setAutoCheck,
    checkFromRibbon,
    dismissError: () => store.set({ error: null }),
    dismissNotice: () => store.set({ notice: null }),
  };
}
