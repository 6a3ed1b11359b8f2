/// <reference types="et-jsapi-declare" />
// Our own fake of WPS 表格's object model (ET JSAPI), typed against et-jsapi-declare (members picked from Et.*),
// backed by the same FakeWorkbookModel as the Excel fake (test/taskpane/fakes), so one seeded workbook can be
// read through both hosts. Every member access and call is logged. It is parameterised by the build differences
// of the build differences in docs/wps.md ("Build differences handled"): what each variant does is stated where it acts.
import { errorCode, parseA1, parseRangeA1, rangeToA1, type CellRange, type ErrorCode } from "../../src/model";
import { bgrToHex, cvErrNumber, hexToBgr, MISSING_ARG, patternName, patternNumber, XL } from "../../src/hosts/wps/et-normalize";
import type { EtRoot } from "../../src/hosts/wps/et-facade";
import { NO_FILL } from "../../src/taskpane/plan/fill-record";
import { FakeSheetModel, FakeWorkbookModel, type FakeScalar } from "../taskpane/fakes/fake-model";

export interface EtQuirks {
  /** Range.Address: a parameterised method (et-jsapi-declare) or an always-absolute property (the v19 doc example). */
  address: "method" | "property";
  /** Value2/Formula of a one-row or one-column range: a 2-D array, or 1-D. */
  oneRowValue2: "2d" | "1d";
  /** Error cells in Value2: CVErr numbers (real machine, 0x800A0000 + code) or their text. Empty cells: null, or "" with text errors. */
  errors: "cverr" | "string";
  /** NumberFormat of a range whose cells differ: null (VBA), or the first cell's. */
  mixedFormat: "null" | "first";
  /** An omitted optional custom-function argument: the DISP_E_PARAMNOTFOUND sentinel, or undefined. */
  missingArg: "sentinel" | "undefined";
}

/** Every combination: 2⁵ = 32 builds. */
export const QUIRK_VARIANTS: EtQuirks[] = (() => {
  const out: EtQuirks[] = [];
  for (const address of ["method", "property"] as const)
    for (const oneRowValue2 of ["2d", "1d"] as const)
      for (const errors of ["cverr", "string"] as const)
        for (const mixedFormat of ["null", "first"] as const)
          for (const missingArg of ["sentinel", "undefined"] as const) out.push({ address, oneRowValue2, errors, mixedFormat, missingArg });
  return out;
})();

export const quirkName = (q: EtQuirks): string =>
  `Address ${q.address}, 1-row ${q.oneRowValue2}, errors ${q.errors}, mixed format ${q.mixedFormat}, missing ${q.missingArg}`;

/** What an omitted argument arrives as under `q`. */
export const missingArgOf = (q: EtQuirks): unknown => (q.missingArg === "sentinel" ? MISSING_ARG : undefined);

function letters(col: number): string {
  return rangeToA1({ top: 0, left: col, bottom: 0, right: col }).replace(/\d+$/, "");
}

/** Sheet-wide logging proxy: records `Type.member`, `Type.member(args)` and `Type.member=value`. */
function logged<T extends object>(target: T, type: string, log: string[]): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === "symbol") return Reflect.get(obj, prop, receiver);
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          log.push(`${type}.${prop}(${args.map((a) => JSON.stringify(a)).join(",")})`);
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      log.push(`${type}.${prop}`);
      return value;
    },
    set(obj, prop, value, receiver) {
      log.push(`${type}.${String(prop)}=${JSON.stringify(value)}`);
      return Reflect.set(obj, prop, value, receiver);
    },
  });
}

class Ctx {
  readonly log: string[] = [];
  constructor(
    readonly model: FakeWorkbookModel,
    readonly quirks: EtQuirks,
  ) {}
  codeName(sheet: FakeSheetModel): string {
    return `Sheet${this.model.sheets.indexOf(sheet) + 1}`;
  }
}

type RangeMembers = Pick<
  Et.Range,
  "Row" | "Column" | "Formula" | "NumberFormat" | "Value2" | "Text" | "MergeCells" | "Select" | "ClearContents"
>;

class FakeInterior implements Pick<
  Et.Interior,
  "Color" | "ColorIndex" | "Pattern" | "PatternColor" | "PatternColorIndex" | "TintAndShade"
> {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: FakeSheetModel,
    private readonly rect: CellRange,
  ) {}

  private cells() {
    const out = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++)
      for (let c = this.rect.left; c <= this.rect.right; c++) out.push(this.sheet.cell(r, c));
    return out;
  }

  /** VBA: one value when every cell agrees, null when they differ. */
  private uniform<T>(read: (fill: typeof NO_FILL) => T): T | null {
    const seen = this.cells().map((c) => read(c.fill));
    return seen.every((v) => JSON.stringify(v) === JSON.stringify(seen[0])) ? seen[0] : null;
  }

  get Color(): number | null {
    return this.uniform((f) => hexToBgr(f.color));
  }
  set Color(bgr: number) {
    const hex = bgrToHex(bgr);
    if (!hex) throw new Error(`fake ET: bad colour ${bgr}`);
    for (const cell of this.cells()) {
      const wasNone = cell.fill.pattern === "None";
      cell.fill = { ...cell.fill, color: hex, pattern: wasNone ? "Solid" : cell.fill.pattern, tintAndShade: cell.fill.tintAndShade ?? 0 };
    }
  }
  get ColorIndex(): number | null {
    return this.uniform((f) => (f.pattern === "None" ? XL.colorIndexNone : 6));
  }
  set ColorIndex(index: number) {
    if (index !== XL.colorIndexNone) throw new Error("fake ET: only xlColorIndexNone is modelled");
    for (const cell of this.cells()) cell.fill = { ...NO_FILL };
  }
  get Pattern(): number | null {
    return this.uniform((f) => patternNumber(f.pattern));
  }
  set Pattern(n: number) {
    for (const cell of this.cells()) {
      if (n === XL.patternNone) cell.fill = { ...NO_FILL };
      else cell.fill = { ...cell.fill, pattern: patternName(n), tintAndShade: cell.fill.tintAndShade ?? 0 };
    }
  }
  get PatternColor(): number | null {
    return this.uniform((f) => hexToBgr(f.patternColor ?? "#000000"));
  }
  set PatternColor(bgr: number) {
    for (const cell of this.cells()) cell.fill = { ...cell.fill, patternColor: bgrToHex(bgr) };
  }
  get PatternColorIndex(): number | null {
    return this.uniform((f) => (f.patternColor === null ? XL.colorIndexAutomatic : 1));
  }
  set PatternColorIndex(_n: number) {
    throw new Error("fake ET: PatternColorIndex writes are not modelled");
  }
  get TintAndShade(): number | null {
    return this.uniform((f) => f.tintAndShade ?? 0);
  }
  set TintAndShade(t: number) {
    for (const cell of this.cells()) if (cell.fill.pattern !== "None") cell.fill = { ...cell.fill, tintAndShade: t };
  }
}

class FakeRange implements RangeMembers {
  constructor(
    private readonly ctx: Ctx,
    readonly sheet: FakeSheetModel,
    readonly rect: CellRange,
  ) {}

  private get rows(): number {
    return this.rect.bottom - this.rect.top + 1;
  }
  private get cols(): number {
    return this.rect.right - this.rect.left + 1;
  }

  /** Shapes a block of per-cell answers as this build returns it. */
  private shaped(read: (r: number, c: number) => unknown): unknown {
    const block: unknown[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(read(r, c));
      block.push(row);
    }
    if (this.rows === 1 && this.cols === 1) return block[0][0];
    if (this.ctx.quirks.oneRowValue2 === "1d" && this.rows === 1) return block[0];
    if (this.ctx.quirks.oneRowValue2 === "1d" && this.cols === 1) return block.map((row) => row[0]);
    return block;
  }

  private cellValue(r: number, c: number): unknown {
    const v = this.sheet.read(r, c).value;
    if (v === "") return this.ctx.quirks.errors === "cverr" ? null : "";
    const error = typeof v === "string" ? errorCode(v) : null;
    if (error && this.ctx.quirks.errors === "cverr") return cvErrNumber(error as ErrorCode) ?? v;
    return v;
  }

  private forEachCell(write: (r: number, c: number) => void): void {
    for (let r = this.rect.top; r <= this.rect.bottom; r++) for (let c = this.rect.left; c <= this.rect.right; c++) write(r, c);
  }

  get Row(): number {
    return this.rect.top + 1;
  }
  get Column(): number {
    return this.rect.left + 1;
  }
  get Rows() {
    return logged(counter(this.ctx, this.rows), "Rows", this.ctx.log);
  }
  get Columns() {
    return logged(counter(this.ctx, this.cols), "Columns", this.ctx.log);
  }

  get Value2(): string | unknown[] {
    return this.shaped((r, c) => this.cellValue(r, c)) as string | unknown[];
  }
  set Value2(v: string | unknown[]) {
    this.forEachCell((r, c) => {
      const x = Array.isArray(v) ? (v as unknown[][])[r - this.rect.top][c - this.rect.left] : v;
      const cell = this.sheet.cell(r, c);
      cell.value = (x ?? "") as FakeScalar;
      cell.formula = null;
    });
  }

  get Formula(): string {
    return this.shaped((r, c) => {
      const cell = this.sheet.read(r, c);
      return cell.formula ?? (cell.value === "" ? "" : String(cell.value));
    }) as string;
  }
  set Formula(f: string) {
    this.forEachCell((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (typeof f === "string" && f.startsWith("=")) {
        cell.formula = f;
        cell.value = this.ctx.model.evaluate(this.sheet, f);
      } else {
        cell.formula = null;
        cell.value = f;
      }
    });
  }

  get NumberFormat(): string {
    const formats: string[] = [];
    this.forEachCell((r, c) => formats.push(this.sheet.read(r, c).numberFormat));
    if (formats.every((f) => f === formats[0])) return formats[0];
    return (this.ctx.quirks.mixedFormat === "null" ? null : formats[0]) as string;
  }
  set NumberFormat(f: string) {
    this.forEachCell((r, c) => (this.sheet.cell(r, c).numberFormat = f));
  }

  /** The displayed text of the top-left cell: errors as their code, percent formats as percentages. */
  get Text(): string {
    const cell = this.sheet.read(this.rect.top, this.rect.left);
    if (typeof cell.value === "number" && /%/.test(cell.numberFormat)) {
      const decimals = /\.(0+)%/.exec(cell.numberFormat)?.[1].length ?? 0;
      return `${(cell.value * 100).toFixed(decimals)}%`;
    }
    return String(cell.value);
  }

  private mergeOf(r: number, c: number): CellRange | null {
    return this.sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) ?? null;
  }

  /** One cell: whether it is in a merged area. Several: true / false when all agree, null otherwise (VBA). */
  get MergeCells(): boolean {
    const seen: boolean[] = [];
    this.forEachCell((r, c) => seen.push(this.mergeOf(r, c) !== null));
    return (seen.every((s) => s === seen[0]) ? seen[0] : null) as boolean;
  }
  set MergeCells(_v: boolean) {
    throw new Error("fake ET: merging is not modelled");
  }

  get MergeArea() {
    const m = this.mergeOf(this.rect.top, this.rect.left);
    return wrapRange(this.ctx, this.sheet, m ?? { ...this.rect, bottom: this.rect.top, right: this.rect.left });
  }

  get Address(): unknown {
    const absolute = (row: boolean, col: boolean) => {
      const a = (r: number, c: number) => `${col ? "$" : ""}${letters(c)}${row ? "$" : ""}${r + 1}`;
      const start = a(this.rect.top, this.rect.left);
      const end = a(this.rect.bottom, this.rect.right);
      return start === end ? start : `${start}:${end}`;
    };
    if (this.ctx.quirks.address === "property") return absolute(true, true);
    return (rowAbsolute = true, columnAbsolute = true) => absolute(rowAbsolute !== false, columnAbsolute !== false);
  }

  get Cells() {
    const { ctx, sheet, rect } = this;
    return logged(
      {
        Item: (row: number, col: number) =>
          wrapRange(ctx, sheet, {
            top: rect.top + row - 1,
            left: rect.left + col - 1,
            bottom: rect.top + row - 1,
            right: rect.left + col - 1,
          }),
      },
      "Cells",
      this.ctx.log,
    );
  }

  get Interior() {
    return logged(new FakeInterior(this.ctx, this.sheet, this.rect), "Interior", this.ctx.log);
  }

  Resize(rows?: number, cols?: number) {
    return wrapRange(this.ctx, this.sheet, {
      ...this.rect,
      bottom: this.rect.top + (rows ?? this.rows) - 1,
      right: this.rect.left + (cols ?? this.cols) - 1,
    });
  }

  Select(): boolean {
    // ET: "Can't select unless the sheet is active".
    if (this.ctx.model.activeSheetId !== this.sheet.id) throw new Error("fake ET: Select on an inactive sheet");
    this.ctx.model.selection = { sheetId: this.sheet.id, address: rangeToA1(this.rect) };
    return true;
  }

  ClearContents(): boolean {
    this.forEachCell((r, c) => {
      const cell = this.sheet.cell(r, c);
      cell.value = "";
      cell.formula = null;
    });
    return true;
  }
}

/** `Rows` / `Columns`: their Count is a property, or a method on "method" builds (the same build difference as Address). */
function counter(ctx: Ctx, n: number): { Count: unknown } {
  return ctx.quirks.address === "method" ? { Count: () => n } : { Count: n };
}

function wrapRange(ctx: Ctx, sheet: FakeSheetModel, rect: CellRange): Et.Range {
  return logged(new FakeRange(ctx, sheet, rect), "Range", ctx.log) as unknown as Et.Range;
}

class FakeWorksheet implements Pick<Et.Worksheet, "Name" | "CodeName" | "Index" | "Activate"> {
  constructor(
    private readonly ctx: Ctx,
    readonly sheet: FakeSheetModel,
  ) {}
  get Name(): string {
    return this.sheet.name;
  }
  set Name(n: string) {
    this.sheet.name = n;
  }
  get CodeName(): string {
    return this.ctx.codeName(this.sheet);
  }
  get Index(): number {
    return this.ctx.model.sheets.indexOf(this.sheet) + 1;
  }
  /** Cells with content or formatting; an empty sheet's is A1 (awd, real machine). */
  get UsedRange() {
    return wrapRange(this.ctx, this.sheet, this.sheet.usedBounds(false) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  get Cells() {
    return wrapRange(this.ctx, this.sheet, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }).Cells;
  }
  Range(a1: string) {
    const rect = parseRangeA1(a1);
    if (!rect) throw new Error(`fake ET: bad address ${a1}`);
    return wrapRange(this.ctx, this.sheet, rect);
  }
  Activate(): void {
    this.ctx.model.activeSheetId = this.sheet.id;
  }
}

function wrapSheet(ctx: Ctx, sheet: FakeSheetModel): Et.Worksheet {
  return logged(new FakeWorksheet(ctx, sheet), "Worksheet", ctx.log) as unknown as Et.Worksheet;
}

/** Custom document properties: names case-insensitive; values over `limit` characters are cut (WPS's limit is unknown). */
class FakeProperties implements Pick<Kso.DocumentProperties, "Count"> {
  constructor(
    private readonly ctx: Ctx,
    private readonly limit: () => number | null,
    private readonly absent: "throw" | "undefined",
  ) {}
  get Count(): number {
    return this.ctx.model.customProperties.size;
  }
  private wrap(key: string) {
    const model = this.ctx.model;
    const prop = {
      get Name() {
        return model.customProperties.get(key)!.key;
      },
      get Value() {
        return model.customProperties.get(key)!.value;
      },
      set Value(v: FakeScalar) {
        model.customProperties.get(key)!.value = v;
      },
      Delete: () => void model.customProperties.delete(key),
    };
    return logged(prop, "DocumentProperty", this.ctx.log);
  }
  Item(index: string | number) {
    const keys = [...this.ctx.model.customProperties.keys()];
    const key = typeof index === "number" ? keys[index - 1] : index.toUpperCase();
    if (key === undefined || !this.ctx.model.customProperties.has(key)) {
      if (this.absent === "throw") throw new Error(`fake ET: no property ${index}`);
      return undefined;
    }
    return this.wrap(key);
  }
  Add(name: string, _link: boolean, type: number, value: FakeScalar) {
    if (type !== XL.propertyTypeString) throw new Error(`fake ET: property type ${type} not modelled`);
    if (this.ctx.model.customProperties.has(name.toUpperCase())) throw new Error(`fake ET: property ${name} exists`);
    const limit = this.limit();
    const stored = typeof value === "string" && limit !== null ? value.slice(0, limit) : value;
    this.ctx.model.customProperties.set(name.toUpperCase(), { key: name, value: stored });
    return this.wrap(name.toUpperCase());
  }
}

type Listener = (ws: Et.Worksheet, range: Et.Range) => void;

export interface FakeEtOptions {
  /** Characters a property value keeps; null for no limit. */
  propertyValueLimit?: number | null;
  /** What Item(name) does for a missing property. */
  missingProperty?: "throw" | "undefined";
}

export class FakeEt {
  readonly app: EtRoot;
  private readonly ctx: Ctx;
  private readonly listeners: Listener[] = [];
  screenUpdating = true;
  readonly pluginStorage = new Map<string, string>();
  /** Task panes created (CreateTaskPane), IDs from 1 as in a fresh WPS process. */
  readonly panes: { ID: number; url: string; title: string | undefined; Visible: boolean; DockPosition: number; Width: number }[] = [];
  readonly dialogs: { url: string; title: string | undefined }[] = [];

  constructor(
    readonly model: FakeWorkbookModel,
    readonly quirks: EtQuirks,
    options: FakeEtOptions = {},
  ) {
    const ctx = new Ctx(model, quirks);
    this.ctx = ctx;
    const limit = options.propertyValueLimit === undefined ? 255 : options.propertyValueLimit;
    const properties = logged(new FakeProperties(ctx, () => limit, options.missingProperty ?? "undefined"), "DocumentProperties", ctx.log);
    const sheets = () => model.sheets.map((s) => wrapSheet(ctx, s));
    const worksheets = logged(
      {
        get Count() {
          return model.sheets.length;
        },
        Item: (index: number | string) => {
          const all = sheets();
          const found = typeof index === "number" ? all[index - 1] : all.find((ws) => ws.Name === index);
          if (!found) throw new Error(`fake ET: no sheet ${index}`);
          return found;
        },
      },
      "Worksheets",
      ctx.log,
    );
    const workbook = logged(
      { Worksheets: worksheets, CustomDocumentProperties: properties, Name: "自评表.xlsx", FullName: "/tmp/自评表.xlsx" },
      "Workbook",
      ctx.log,
    );
    const { listeners, panes, dialogs, pluginStorage } = this;
    const events = logged(
      {
        AddApiEventListener: (name: string, fn: Listener) => {
          if (name === "SheetChange") listeners.push(fn);
        },
        RemoveApiEventListener: (name: string, fn: Listener) => {
          const i = listeners.indexOf(fn);
          if (name === "SheetChange" && i >= 0) listeners.splice(i, 1);
        },
      },
      "ApiEvent",
      ctx.log,
    );
    const storage = logged(
      {
        setItem: (k: string, v: unknown) => void pluginStorage.set(k, String(v)),
        getItem: (k: string) => pluginStorage.get(k) ?? null,
        removeItem: (k: string) => void pluginStorage.delete(k),
      },
      "PluginStorage",
      ctx.log,
    );
    const app = {
      get ActiveWorkbook() {
        return workbook;
      },
      get ActiveSheet() {
        return wrapSheet(ctx, model.activeSheet);
      },
      ApiEvent: events,
      PluginStorage: storage,
      CreateTaskPane: (url: string, title?: string) => {
        const pane = { ID: panes.length + 1, url, title, Visible: false, DockPosition: 0, Width: 0 };
        panes.push(pane);
        return logged(pane, "CustomTaskpane", ctx.log);
      },
      GetTaskPane: (id: number) => {
        const pane = panes.find((p) => p.ID === id);
        return pane ? logged(pane, "CustomTaskpane", ctx.log) : null;
      },
      ShowDialog: (url: string, title?: string) => void dialogs.push({ url, title }),
      Build: "12.1.0.fake",
    };
    Object.defineProperty(app, "ScreenUpdating", {
      enumerable: true,
      get: () => this.screenUpdating,
      set: (v: boolean) => {
        this.screenUpdating = v;
      },
    });
    this.app = logged(app, "Application", ctx.log) as unknown as EtRoot;
  }

  get log(): string[] {
    return this.ctx.log;
  }

  clearLog(): void {
    this.ctx.log.splice(0);
  }

  /** A user edit: writes the cell and fires SheetChange as ET would. */
  userEdit(sheetName: string, a1: string, value: FakeScalar): void {
    const sheet = this.model.sheets.find((s) => s.name === sheetName)!;
    const pos = parseA1(a1)!;
    const cell = sheet.cell(pos.row, pos.col);
    cell.value = value;
    cell.formula = null;
    for (const fn of [...this.listeners])
      fn(wrapSheet(this.ctx, sheet), wrapRange(this.ctx, sheet, { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col }));
  }

  get listenerCount(): number {
    return this.listeners.length;
  }
}
