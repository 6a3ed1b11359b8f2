/// <reference types="et-jsapi-declare" />
// The pane's host interface (WorkbookHost, src/taskpane/plan/workbook-host.ts) over WPS 表格, so the same
// controller (createController) drives Excel and WPS. Every ET call is synchronous, so a session has no batch:
// queue* methods write through the facade at once, in the order the controller queues them (the order its
// crash-safety relies on: the record before the paint it protects), and commit() only resolves. All object-model
// access goes through EtFacade, which handles the differences between WPS builds.
import { checkGrid, highlightSpans, toA1, type Grid } from "../../model";
import type { CellFill } from "../../taskpane/plan/fill-record";
import {
  NO_LEGACY,
  type DocumentState,
  type HostSession,
  type ReadOptions,
  type SheetChange,
  type SheetSnapshot,
  type WorkbookHost,
} from "../../taskpane/plan/workbook-host";
import { EtFacade, type EtRoot } from "./et-facade";

/**
 * The fills of a sheet, read from the workbook only for the cells asked for. Reading every cell's Interior of the
 * used range would cost five bridge calls per cell (≈ 0.2 ms each on a real machine: seconds for a 60 × 12 form),
 * while a check paints a few dozen. The cells the default engine will paint are read up front (see readSheet);
 * any other cell a planner asks for (another Engine, another Profile) is read on first `get`, before anything
 * is written, because the controller plans before it queues. Iteration lists only the cells read so far.
 */
class FillsOnDemand extends Map<string, CellFill> {
  constructor(private readonly read: (cells: string[]) => Map<string, CellFill>) {
    super();
  }

  override get(cell: string): CellFill | undefined {
    if (!super.has(cell)) for (const [a1, fill] of this.read([cell])) super.set(a1, fill);
    return super.get(cell);
  }

  override has(cell: string): boolean {
    return this.get(cell) !== undefined;
  }
}

/** The cells the engine's findings on `grid` paint on its sheet: the only ones whose original fill a check needs. */
function paintedCells(grid: Grid): string[] {
  const cells = new Set<string>();
  // Paint spans do not depend on the message language, so the default check finds the same cells as the pane's.
  const findings = checkGrid(grid).flatMap((report) => report.findings);
  for (const { sheet, range } of highlightSpans(findings)) {
    if (sheet !== grid.sheet) continue;
    for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) cells.add(toA1(row, col));
  }
  return [...cells];
}

export interface WpsHost extends WorkbookHost {
  /** Stops the SheetChange listener (the pane's unload); watchChanges may be called again after. */
  dispose(): void;
}

/**
 * `app` is WPS's `window.Application` (or the fake ET in tests). WPS has no previous-version settings to take
 * over, so `legacy` is NO_LEGACY.
 */
export function createWpsHost(app: EtRoot): WpsHost {
  const et = new EtFacade(app);
  // Sessions that wrote and whose SheetChange events may still arrive. ET may fire SheetChange during the write
  // call or, on some build, after it returns (unverified: docs/wps.md); the count drops one macrotask after the
  // session ends, so both report ownChange and 自动检查 does not re-check (and repaint) after its own writes.
  let writing = 0;
  let stopListening: (() => void) | null = null;

  function documentState(): DocumentState {
    return { properties: et.readProperties(), sheetNames: et.sheetNames() };
  }

  function readSheet(options: ReadOptions): SheetSnapshot {
    const read = et.readGrid({ merges: options.merges, formats: options.formats });
    let fills: Map<string, CellFill> | null = null;
    if (options.fills) {
      const sheetId = read.sheet.id;
      const onDemand = new FillsOnDemand((cells) => et.readFills(sheetId, cells));
      for (const [cell, fill] of et.readFills(sheetId, paintedCells(read.grid))) onDemand.set(cell, fill);
      fills = onDemand;
    }
    return {
      sheetId: read.sheet.id,
      sheetName: read.sheet.name,
      grid: read.grid,
      formulas: options.formulas ? read.formulas : null,
      fills,
      document: options.document ? documentState() : null,
      // No round trips in WPS: every call is synchronous. One read, as the interface counts it.
      syncs: 1,
    };
  }

  function session(): { api: HostSession; wrote: () => boolean } {
    let wrote = false;
    /** Runs one write with the flag up; the flag stays up until the session's end plus one macrotask. */
    const write = (apply: () => void): void => {
      if (!wrote) {
        wrote = true;
        writing++;
      }
      apply();
    };
    const api: HostSession = {
      readSheet: async (options) => readSheet(options),
      readActive: async (options) => ({ sheet: et.activeSheet(), document: options.document ? documentState() : null }),
      queueRestoreFills: (sheetId, cells) => {
        if (cells.length > 0) write(() => et.restoreFills(sheetId, cells));
      },
      queuePaint: (sheetId, paint) => {
        if (paint.length > 0) write(() => et.paint(sheetId, paint));
      },
      queueProperties: (ops) => {
        if (ops.set.length + ops.remove.length > 0) write(() => et.applyProperties(ops));
      },
      queueFormulas: (sheetId, writes) => {
        if (writes.length > 0) write(() => et.writeFormulas(sheetId, writes));
      },
      queueContents: (sheetId, cells) => {
        if (cells.length === 0) return;
        write(() =>
          et.withoutRedraw(() => {
            // One cell at a time, in the record's order: a formula goes back as a formula, a constant (or blank) as a value.
            for (const { cell, formula, value } of cells) {
              if (formula !== null) et.writeFormulas(sheetId, [{ cell, formula }]);
              else et.writeValues(sheetId, [{ cell, value }]);
            }
          }),
        );
      },
      queueValues: (sheetId, cells) => {
        if (cells.length > 0) write(() => et.writeValues(sheetId, cells));
      },
      // Selecting is not an edit (no SheetChange), so it does not raise the flag.
      queueSelect: (sheetName, cell) => et.select(sheetName, cell),
      commit: async () => undefined,
    };
    return { api, wrote: () => wrote };
  }

  return {
    async session(action) {
      const { api, wrote } = session();
      try {
        return await action(api);
      } finally {
        if (wrote()) setTimeout(() => writing--, 0);
      }
    },
    async watchChanges(onChange: (change: SheetChange) => void) {
      stopListening?.();
      stopListening = et.onSheetChange((sheet) => onChange({ worksheetId: sheet.id, ownChange: writing > 0 }));
    },
    legacy: NO_LEGACY,
    dispose() {
      stopListening?.();
      stopListening = null;
    },
  };
}
