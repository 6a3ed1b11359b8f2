// The controller knows the workbook only through WorkbookHost (src/taskpane/plan/workbook-host.ts): a host written
// straight against the interface, with no Office.js underneath (as a WPS adapter will be), drives every action.
// Also: the interface and the rest of the planning code compile without Office or DOM types.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parseA1, toA1, type CellValue, type Grid } from "../../src/model";
import { createController } from "../../src/taskpane/actions";
import type { CellFill, StoredHighlight } from "../../src/taskpane/plan/fill-record";
import type { PropertyOps } from "../../src/taskpane/plan/property-record";
import type { PreviousContent } from "../../src/taskpane/plan/undo-record";
import { decodeUndoStore } from "../../src/taskpane/plan/undo-record";
import {
  NO_LEGACY,
  type DocumentState,
  type FormulaWrite,
  type HostSession,
  type PaintOp,
  type ReadOptions,
  type SheetChange,
  type SheetSnapshot,
  type ValueWrite,
  type WorkbookHost,
} from "../../src/taskpane/plan/workbook-host";
import { INITIAL_STATE, type PaneState } from "../../src/taskpane/state";
import { createStore } from "../../src/taskpane/store";
import { renderForm } from "../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../scripts/forms/seed-forms";
import { ALL_CAPABILITIES } from "./controller-harness";
import { COL } from "./fakes/seed-workbook";

type Op =
  | { op: "restore"; cells: readonly StoredHighlight[] }
  | { op: "paint"; paint: readonly PaintOp[] }
  | { op: "properties"; ops: PropertyOps }
  | { op: "formulas"; writes: readonly FormulaWrite[] }
  | { op: "contents"; cells: readonly PreviousContent[] }
  | { op: "values"; cells: readonly ValueWrite[] }
  | { op: "select"; sheet: string; cell: string };

/** The document a MemoryHost opens: one sheet's cells (formulas beside values) and the custom properties. */
class MemoryDocument {
  readonly formulas = new Map<string, string>();
  readonly fills = new Map<string, CellFill>();
  readonly properties = new Map<string, string>();
  constructor(
    public sheetName: string,
    readonly values: CellValue[][],
  ) {}

  cell(a1: string): { value: CellValue; formula: string | null } {
    const at = parseA1(a1)!;
    return { value: this.values[at.row]?.[at.col] ?? null, formula: this.formulas.get(a1) ?? null };
  }
}

/** A host over plain data: reads are one round trip each, queued writes apply at commit, in order. */
class MemoryHost implements WorkbookHost {
  /** One entry per session: its round trips and what each commit applied. */
  readonly sessions: { roundTrips: number; commits: Op[][] }[] = [];
  readonly legacy = NO_LEGACY;

  constructor(
    readonly doc: MemoryDocument,
    readonly sheetId: string,
  ) {}

  private documentState(): DocumentState {
    return { properties: [...this.doc.properties], sheetNames: [this.doc.sheetName] };
  }

  async session<T>(action: (session: HostSession) => Promise<T>): Promise<T> {
    const record = { roundTrips: 0, commits: [] as Op[][] };
    this.sessions.push(record);
    let queued: Op[] = [];
    const { doc } = this;
    const session: HostSession = {
      readSheet: async (options: ReadOptions): Promise<SheetSnapshot> => {
        record.roundTrips++;
        const grid: Grid = { sheet: doc.sheetName, origin: { row: 0, col: 0 }, values: doc.values.map((r) => [...r]), merges: [] };
        const formulas = options.formulas
          ? doc.values.map((row, r) => row.map((v, c) => doc.formulas.get(toA1(r, c)) ?? (v === null ? "" : v)))
          : null;
        return {
          sheetId: this.sheetId,
          sheetName: doc.sheetName,
          grid,
          formulas,
          fills: options.fills ? new Map(doc.fills) : null,
          document: options.document ? this.documentState() : null,
          syncs: 1,
        };
      },
      readActive: async ({ document }) => {
        record.roundTrips++;
        return { sheet: { id: this.sheetId, name: doc.sheetName }, document: document ? this.documentState() : null };
      },
      queueRestoreFills: (_id, cells) => void queued.push({ op: "restore", cells }),
      queuePaint: (_id, paint) => void queued.push({ op: "paint", paint }),
      queueProperties: (ops) => void queued.push({ op: "properties", ops }),
      queueFormulas: (_id, writes) => void queued.push({ op: "formulas", writes }),
      queueContents: (_id, cells) => void queued.push({ op: "contents", cells }),
      queueValues: (_id, cells) => void queued.push({ op: "values", cells }),
      queueSelect: (sheet, cell) => void queued.push({ op: "select", sheet, cell }),
      commit: async () => {
        record.roundTrips++;
        for (const op of queued) this.apply(op);
        record.commits.push(queued);
        queued = [];
      },
    };
    return action(session);
  }

  private apply(op: Op): void {
    const { doc } = this;
    const set = (a1: string, value: CellValue) => {
      const at = parseA1(a1)!;
      doc.values[at.row][at.col] = value;
    };
    if (op.op === "properties") {
      for (const [name, value] of op.ops.set) doc.properties.set(name, value);
      for (const name of op.ops.remove) doc.properties.delete(name);
    } else if (op.op === "formulas") {
      for (const w of op.writes) doc.formulas.set(w.cell, w.formula);
    } else if (op.op === "contents") {
      for (const p of op.cells) {
        if (p.formula !== null) doc.formulas.set(p.cell, p.formula);
        else doc.formulas.delete(p.cell);
        set(p.cell, p.value);
      }
    }
  }

  async watchChanges(_onChange: (change: SheetChange) => void): Promise<void> {}
}

function seedDocument(): { doc: MemoryDocument; totalRow: number } {
  const out = renderForm(SEED_FORM_1);
  return { doc: new MemoryDocument("自评表", out.values), totalRow: out.rows.total };
}

function controllerOn(host: WorkbookHost) {
  const store = createStore<PaneState>(INITIAL_STATE);
  return { controller: createController({ host, lang: "zh", capabilities: ALL_CAPABILITIES, store }), state: () => store.get() };
}

describe("a host written against WorkbookHost alone", () => {
  it("检查本表 paints the disagreeing rows in Excel's 差/适中 colours, the record queued before the paint, in one commit", async () => {
    const { doc } = seedDocument();
    const host = new MemoryHost(doc, "{ID-1}");
    const { controller, state } = controllerOn(host);
    await controller.check();

    expect(state().error).toBeNull();
    const [session] = host.sessions;
    expect(session.roundTrips).toBe(2);
    expect(session.commits).toHaveLength(1);
    const ops = session.commits[0].map((o) => o.op);
    // Record of old+new originals, (nothing to restore), paint, final record: a paint cut short stays restorable.
    expect(ops).toEqual(["properties", "restore", "paint", "properties"]);
    const paint = session.commits[0].find((o) => o.op === "paint") as { paint: readonly PaintOp[] };
    // Seed form 1's three disagreeing rows are warnings (得分与说明不一致): light yellow.
    expect(new Set(paint.paint.map((p) => p.color))).toEqual(new Set(["#FFEB9C"]));
    expect(state().result?.highlighted).toBe(24);
    expect([...doc.properties.keys()].some((k) => k === "PERF_FILLS")).toBe(true);

    await controller.clearHighlights();
    const clear = host.sessions[1];
    expect(clear.roundTrips).toBe(2);
    const restored = clear.commits[0].find((o) => o.op === "restore") as { cells: readonly StoredHighlight[] };
    expect(restored.cells).toHaveLength(24);
    expect(doc.properties.size).toBe(0);
  });

  it("填写总分 records what it overwrites before writing; 撤销填写 in a reopened document with a new sheet id puts it back", async () => {
    const { doc, totalRow } = seedDocument();
    const totalCell = toA1(totalRow, COL.score);
    const before = doc.cell(totalCell);
    // Seed form 1 types the total, 90.6, as a constant.
    expect(before).toEqual({ value: 90.6, formula: null });

    const first = controllerOn(new MemoryHost(doc, "{ID-1}"));
    await first.controller.fillTotal();
    expect(first.state().error).toBeNull();
    expect(doc.cell(totalCell).formula).toMatch(/^=SUM\(/);
    const undo = decodeUndoStore(doc.properties);
    expect(undo.sheets).toHaveLength(1);
    expect(undo.sheets[0]).toMatchObject({ name: "自评表", idHint: "{ID-1}" });
    expect(undo.sheets[0].cells.find((p) => p.cell === totalCell)).toMatchObject({ formula: null, value: 90.6 });

    const reopenedHost = new MemoryHost(doc, "{ID-2}");
    const reopened = controllerOn(reopenedHost);
    await reopened.controller.undoFill();
    expect(reopened.state().error).toBeNull();
    expect(reopened.state().notice).toEqual({ kind: "fillUndone", count: 2 });
    expect(doc.cell(totalCell)).toEqual(before);
    expect(reopenedHost.sessions[0].roundTrips).toBe(2);
    // Contents before the record's removal: a restore cut short leaves the record for another try.
    expect(reopenedHost.sessions[0].commits[0].map((o) => o.op)).toEqual(["contents", "properties"]);
    expect(doc.properties.size).toBe(0);
  });

  it("selects a finding's cell in one commit", async () => {
    const host = new MemoryHost(seedDocument().doc, "{ID-1}");
    await controllerOn(host).controller.selectFinding({ sheet: "自评表", cell: "H21" });
    expect(host.sessions[0].commits).toEqual([[{ op: "select", sheet: "自评表", cell: "H21" }]]);
  });
});

describe("the host interface is host-neutral", () => {
  it("src/taskpane/plan (WorkbookHost and the records) compiles with no Office, DOM or Node types", () => {
    const dir = join(__dirname, "../../src/taskpane/plan");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(dir, f));
    expect(files.some((f) => f.endsWith("workbook-host.ts"))).toBe(true);
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  });

  it("would notice an Office type there", () => {
    const host = ts.createSourceFile("probe.ts", "export type X = Excel.RequestContext;", ts.ScriptTarget.ES2022);
    const program = ts.createProgram({
      rootNames: ["probe.ts"],
      options: { lib: ["lib.es2022.d.ts"], types: [], noEmit: true },
      host: {
        ...ts.createCompilerHost({}),
        getSourceFile: (name, v) => (name === "probe.ts" ? host : ts.createCompilerHost({}).getSourceFile(name, v)),
      },
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => d.code)).toContain(2503);
  });
});
