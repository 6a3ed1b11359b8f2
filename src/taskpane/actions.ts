// The controller: one host session per user action (Office.js: one Excel.run), wiring the host → Grid → engine →
// report → host writes, and putting the outcome (or the host's error) into the pane's store. It knows the workbook
// only through WorkbookHost (plan/workbook-host.ts), so the Excel adapter, a WPS adapter and test fakes all fit.
import { checkGrid, expectedHeaders, type Finding, type FormReport, type Grid, type Lang } from "../model";
import { debounce } from "./debounce";
import { toPaneError } from "./errors";
import type { Capabilities } from "./plan/host-info";
import { planFill } from "./plan/fill-plan";
import { decodeFillStore, FILL_RECORD, fillDocument, findSheetRecord, withSheetRecord, type FillStore } from "./plan/fill-record";
import { planFreeze } from "./plan/freeze-plan";
import { planHighlights, unionOfOriginals } from "./plan/highlight-plan";
import { RecordError, RecordWriter, type SheetIdentity } from "./plan/property-record";
import {
  decodeUndoStore,
  findUndoRecord,
  planUndoWrite,
  withUndoRecord,
  type PreviousContent,
  type UndoSheetRecord,
  type UndoStore,
} from "./plan/undo-record";
import type { DocumentState, SheetChange, SheetSnapshot, WorkbookHost } from "./plan/workbook-host";
import type { ActionName, CheckResult, PaneState } from "./state";
import type { Store } from "./store";

export interface Engine {
  check(grid: Grid, lang: Lang): FormReport[];
  expectedHeaders(lang: Lang): string[];
}

export const modelEngine: Engine = {
  check: (grid, lang) => checkGrid(grid, { lang }),
  expectedHeaders: (lang) => expectedHeaders(lang),
};

export interface ControllerDeps {
  host: WorkbookHost;
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

function propertyNames(document: DocumentState): string[] {
  return document.properties.map(([name]) => name);
}

function identityOf(snapshot: SheetSnapshot): SheetIdentity {
  return { id: snapshot.sheetId, name: snapshot.sheetName };
}

/** What 撤销填写 would put back on a sheet, and where it came from. */
interface UndoState {
  /** Null when the host cannot keep records in the document: nothing is recorded then. */
  store: UndoStore | null;
  found: UndoSheetRecord | null;
  /** The previous version's settings entry (taken over by the next write, then forgotten). */
  legacy: PreviousContent[];
  cells: PreviousContent[];
}

export function createController(deps: ControllerDeps): Controller {
  const { host, lang, capabilities, store } = deps;
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

  function undoStateOf(document: DocumentState | null, sheet: SheetIdentity): UndoState {
    const undoStore = document ? decodeUndoStore(document.properties) : null;
    const found = undoStore && document ? findUndoRecord(undoStore, sheet, document.sheetNames) : null;
    const legacy = host.legacy.fill(sheet.id);
    // The record wins: a legacy entry next to one is from before the record took it over.
    return { store: undoStore, found, legacy, cells: found ? found.cells : legacy };
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

  // Round trips: readSheet 1 (the document's records come in it) + 1 write when anything is painted or restored
  // (the record of originals is written in that same commit).
  const check = () =>
    perform("check", () =>
      host.session(async (session) => {
        // Nothing is painted unless its original can be both read (1.9) and kept in the document (1.7).
        const paints = capabilities.cellProperties && capabilities.documentProperties;
        const snapshot = await session.readSheet({
          formats: true,
          formulas: false,
          fills: paints,
          merges: capabilities.merges,
          document: capabilities.documentProperties,
        });
        const sheet = identityOf(snapshot);
        const { document } = snapshot;
        // Decoded before anything is written: an unreadable record stops the action, never a guessed restore.
        const fills: FillStore | null = document ? decodeFillStore(document.properties) : null;
        const reports = engine.check(snapshot.grid, lang);
        let highlighted = 0;
        if (snapshot.fills && fills && document) {
          const found = findSheetRecord(fills, sheet, document.sheetNames);
          // The previous version's entry is taken over here; the record's own cells win where both have one.
          const legacy = host.legacy.highlights(sheet.id);
          const previous = unionOfOriginals(found?.cells ?? [], legacy);
          const plan = planHighlights(
            reports.flatMap((r) => r.findings),
            sheet.name,
            snapshot.fills,
            previous,
          );
          if (plan.restore.length > 0 || plan.paint.length > 0) {
            const writer = new RecordWriter(FILL_RECORD, propertyNames(document), fills.generation);
            // Writes apply in order and stop at a failing one: recording old and new originals first means a
            // paint cut short leaves every touched cell restorable.
            session.queueProperties(
              writer.write(fillDocument(withSheetRecord(fills, sheet, unionOfOriginals(previous, plan.next), found))),
            );
            session.queueRestoreFills(sheet.id, plan.restore);
            session.queuePaint(sheet.id, plan.paint);
            session.queueProperties(writer.write(fillDocument(withSheetRecord(fills, sheet, plan.next, found))));
            await session.commit();
            if (legacy.length > 0) await host.legacy.forget(sheet.id, "highlights");
          }
          highlighted = plan.next.length;
        }
        let filled: PreviousContent[] = [];
        try {
          filled = undoStateOf(document, sheet).cells;
        } catch (error) {
          // Only shown here, never written: an unreadable undo record must not stop the check (撤销填写 reports it).
          if (!(error instanceof RecordError)) throw error;
        }
        store.set({
          result: resultFrom(snapshot, reports, highlighted),
          filled,
          notice: highlighted > 0 ? { kind: "highlighted", count: highlighted } : null,
          stale: false,
        });
      }),
    );

  // Round trips: 1 (the sheet's identity and the record) + 1 restore (with the record's update) when something was highlighted.
  const clearHighlights = () =>
    perform("clear", () =>
      host.session(async (session) => {
        const { sheet, document } = await session.readActive({ document: capabilities.documentProperties });
        const fills = document ? decodeFillStore(document.properties) : null;
        const found = fills && document ? findSheetRecord(fills, sheet, document.sheetNames) : null;
        const legacy = host.legacy.highlights(sheet.id);
        const stored = unionOfOriginals(found?.cells ?? [], legacy);
        if (stored.length === 0) {
          store.set({ notice: { kind: "nothingToClear" } });
          return;
        }
        session.queueRestoreFills(sheet.id, stored);
        if (fills && document && found) {
          const writer = new RecordWriter(FILL_RECORD, propertyNames(document), fills.generation);
          session.queueProperties(writer.write(fillDocument(withSheetRecord(fills, sheet, [], found))));
        }
        await session.commit();
        if (legacy.length > 0) await host.legacy.forget(sheet.id, "highlights");
        const result = store.get().result;
        store.set({
          notice: { kind: "cleared", count: stored.length },
          result: result && result.sheetId === sheet.id ? { ...result, highlighted: 0 } : result,
        });
      }),
    );

  // Round trips: readSheet 1 (with the undo record) + 1 write when a formula is missing or different.
  const fillTotal = () =>
    perform("fill", () =>
      host.session(async (session) => {
        const snapshot = await session.readSheet({
          formats: true,
          formulas: true,
          fills: false,
          merges: capabilities.merges,
          document: capabilities.documentProperties,
        });
        const sheet = identityOf(snapshot);
        const undo = undoStateOf(snapshot.document, sheet);
        const reports = engine.check(snapshot.grid, lang);
        const fixes = reports.flatMap((r) => r.fixes);
        const plan = planFill(fixes, snapshot, undo.cells);
        const previous = store.get().result;
        const highlighted = previous && previous.sheetId === snapshot.sheetId ? previous.highlighted : 0;
        if (plan.writes.length === 0) {
          store.set({
            result: resultFrom(snapshot, reports, highlighted),
            filled: undo.cells,
            notice: { kind: "nothingToFill" },
            stale: false,
          });
          return;
        }
        // The record goes first in the batch: a fill cut short can still be undone. A host that cannot keep it
        // (no document properties) still fills; there is then nothing to undo.
        if (undo.store && snapshot.document) {
          session.queueProperties(
            planUndoWrite(propertyNames(snapshot.document), withUndoRecord(undo.store, sheet, plan.next, undo.found)),
          );
        }
        session.queueFormulas(sheet.id, plan.writes);
        await session.commit();
        if (undo.store && undo.legacy.length > 0) await host.legacy.forget(sheet.id, "fill");
        const after = engine.check(withFixValues(snapshot.grid, fixes), lang);
        store.set({
          result: resultFrom(snapshot, after, highlighted),
          filled: undo.store ? plan.next : [],
          notice: { kind: "filled", count: plan.writes.length },
          stale: false,
        });
      }),
    );

  // Round trips: 1 (the sheet's identity and the undo record) + 1 restore (with the record's update).
  const undoFill = () =>
    perform("undoFill", () =>
      host.session(async (session) => {
        const { sheet, document } = await session.readActive({ document: capabilities.documentProperties });
        const undo = undoStateOf(document, sheet);
        if (undo.cells.length === 0) {
          store.set({ notice: { kind: "nothingToUndo" }, filled: [] });
          return;
        }
        // Contents first: if they stop half-way, the record is still there for another try.
        session.queueContents(sheet.id, undo.cells);
        if (undo.store && undo.found && document) {
          session.queueProperties(planUndoWrite(propertyNames(document), withUndoRecord(undo.store, sheet, [], undo.found)));
        }
        await session.commit();
        if (undo.legacy.length > 0) await host.legacy.forget(sheet.id, "fill");
        const result = store.get().result;
        store.set({
          filled: [],
          notice: { kind: "fillUndone", count: undo.cells.length },
          stale: store.get().stale || (result !== null && result.sheetId === sheet.id),
        });
      }),
    );

  // Round trips: readSheet 1 + 1 write when the sheet has PERF formulas.
  const freezeValues = () =>
    perform("freeze", () =>
      host.session(async (session) => {
        const snapshot = await session.readSheet({ formats: false, formulas: true, fills: false, merges: false });
        const plan = planFreeze(snapshot);
        if (plan.cells.length === 0 && plan.busy.length === 0) {
          store.set({ notice: { kind: "noPerfFormulas" } });
          return;
        }
        if (plan.cells.length > 0) {
          session.queueValues(snapshot.sheetId, plan.cells);
          await session.commit();
        }
        store.set({ notice: { kind: "frozen", count: plan.cells.length, busy: plan.busy.length } });
      }),
    );

  async function selectFinding(finding: Pick<Finding, "sheet" | "cell">): Promise<void> {
    try {
      await host.session(async (session) => {
        session.queueSelect(finding.sheet, finding.cell);
        await session.commit();
      });
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
        await host.watchChanges(onSheetChange);
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
