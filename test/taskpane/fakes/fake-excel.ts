// A fake Excel.RequestContext over FakeWorkbookModel that behaves like the real batching API where
// the adapters depend on it: loads and writes are queued and only happen at context.sync(); reading a
// property that was not loaded and synced throws (PropertyNotLoaded); ranges derived from the used
// range resolve at sync; every write is recorded with the number of the sync that carried it.
// Member names are checked against the Excel.* interfaces (see the *_API lists). Custom document
// properties (workbook.properties.custom) live in the model, so they survive FakeWorkbookModel.reopen.
import { parseRangeA1, rangeToA1, type CellRange } from "../../../src/model/grid/address";
import { NO_FILL, type CellFill } from "../../../src/taskpane/excel/cell-fill";
import { MAX_COL, MAX_ROW, type FakeScalar, type FakeSheetModel, type FakeWorkbookModel } from "./fake-model";

/** An OfficeExtension.Error look-alike: the pane shows code and message, and debugInfo.errorLocation. */
export class FakeOfficeError extends Error {
  readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface WriteRecord {
  /** 1-based number of the context.sync that carried the write. */
  sync: number;
  sheet: string;
  address: string;
  property: "values" | "formulas" | "fill.color" | "fill.pattern" | "fill.patternColor" | "fill.tintAndShade" | "fill.clear";
  value: unknown;
}

/** A custom document property write, with the number of the sync that carried it. */
export interface PropertyWriteRecord {
  sync: number;
  key: string;
  action: "add" | "delete";
  value: unknown;
}

/** `write` marks an operation that changes the workbook, for failAtWrite. */
type Op = { run: () => void; bytes?: () => number; write?: boolean };

// Rough JSON cost per cell of each loaded property, for the 5 MB payload check.
const BYTES = { values: 12, formulas: 16, numberFormat: 12, fill: 110, scalar: 40 };

/* eslint-disable @typescript-eslint/no-unused-vars -- these lists exist for their types: tsc checks each name against Excel.* */
const RANGE_API = [
  "load",
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "formulas",
  "numberFormat",
  "format",
  "isNullObject",
  "getCellProperties",
  "getMergedAreasOrNullObject",
  "getCell",
  "getResizedRange",
  "getEntireRow",
  "getIntersection",
  "getIntersectionOrNullObject",
  "select",
] as const satisfies readonly (keyof Excel.Range)[];
const FILL_API = ["color", "pattern", "patternColor", "tintAndShade", "clear"] as const satisfies readonly (keyof Excel.RangeFill)[];
const WORKSHEET_API = [
  "load",
  "id",
  "name",
  "getUsedRange",
  "getUsedRangeOrNullObject",
  "getRange",
  "getRangeByIndexes",
  "activate",
] as const satisfies readonly (keyof Excel.Worksheet)[];
const WORKSHEETS_API = [
  "getActiveWorksheet",
  "getItem",
  "onChanged",
  "load",
  "items",
] as const satisfies readonly (keyof Excel.WorksheetCollection)[];
const WORKBOOK_API = ["worksheets", "properties"] as const satisfies readonly (keyof Excel.Workbook)[];
const DOCUMENT_PROPERTIES_API = ["custom"] as const satisfies readonly (keyof Excel.DocumentProperties)[];
const CUSTOM_PROPERTIES_API = ["load", "items", "add", "getItem"] as const satisfies readonly (keyof Excel.CustomPropertyCollection)[];
const CUSTOM_PROPERTY_API = ["key", "value", "delete"] as const satisfies readonly (keyof Excel.CustomProperty)[];
const AREAS_API = ["load", "areas", "isNullObject"] as const satisfies readonly (keyof Excel.RangeAreas)[];
const CONTEXT_API = ["workbook", "sync"] as const satisfies readonly (keyof Excel.RequestContext)[];
/* eslint-enable @typescript-eslint/no-unused-vars */

function notLoaded(property: string, where: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    where,
  );
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function loadNames(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadNames(a));
  if (typeof arg === "object" && arg !== null) {
    const select = (arg as { select?: unknown }).select;
    if (select !== undefined) return loadNames(select);
    return Object.keys(arg).filter((k) => (arg as Record<string, unknown>)[k]);
  }
  throw new Error(`fake load: unsupported argument ${String(arg)}`);
}

/** Shared by every fake proxy: a property is readable only after load + sync. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly typeName: string,
  ) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property, `${this.typeName}.${property}`);
    return this.loaded.get(property) as T;
  }
}

export class FakeRangeFill implements Record<(typeof FILL_API)[number], unknown> {
  constructor(private readonly range: FakeRange) {}

  private write(property: WriteRecord["property"], value: unknown, apply: (fill: CellFill) => CellFill): void {
    this.range.queueWrite(property, value, (sheet, row, col) => {
      const cell = sheet.cell(row, col);
      cell.fill = apply({ ...cell.fill });
    });
  }

  set color(value: Excel.RangeFill["color"]) {
    this.write("fill.color", value, (f) => ({
      color: value.toUpperCase(),
      pattern: f.pattern === "None" ? "Solid" : f.pattern,
      patternColor: f.pattern === "None" ? null : f.patternColor,
      tintAndShade: 0,
    }));
  }
  get color(): string {
    throw notLoaded("color", "RangeFill.color");
  }
  set pattern(value: Excel.RangeFill["pattern"]) {
    this.write("fill.pattern", value, (f) =>
      value === "None" ? { ...NO_FILL } : { ...f, pattern: value, tintAndShade: f.tintAndShade ?? 0 },
    );
  }
  get pattern(): Excel.RangeFill["pattern"] {
    throw notLoaded("pattern", "RangeFill.pattern");
  }
  set patternColor(value: Excel.RangeFill["patternColor"]) {
    this.write("fill.patternColor", value, (f) => ({ ...f, patternColor: value.toUpperCase() }));
  }
  get patternColor(): string {
    throw notLoaded("patternColor", "RangeFill.patternColor");
  }
  set tintAndShade(value: Excel.RangeFill["tintAndShade"]) {
    this.write("fill.tintAndShade", value, (f) => ({ ...f, tintAndShade: value }));
  }
  get tintAndShade(): number {
    throw notLoaded("tintAndShade", "RangeFill.tintAndShade");
  }
  clear(): void {
    this.write("fill.clear", null, () => ({ ...NO_FILL }));
  }
}

export class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;
  resolve(value: T): void {
    this.settled = true;
    this.result = value;
  }
  get value(): T {
    if (!this.settled) throw notLoaded("value", "ClientResult.value");
    return this.result as T;
  }
}

export class FakeRange extends Loadable implements Record<(typeof RANGE_API)[number], unknown> {
  readonly format: { fill: FakeRangeFill };
  private synced = false;
  private isNull = false;

  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => FakeSheetModel,
    /** Evaluated when a queued operation runs, i.e. at sync, like the real API. null = a null object. */
    readonly bounds: () => CellRange | null,
    private readonly location = "Range",
  ) {
    super(ctx, "Range");
    this.format = { fill: new FakeRangeFill(this) };
    ctx.track(this);
  }

  /** Called by the context after each sync: null objects become known. */
  afterSync(): void {
    if (this.synced) return;
    this.synced = true;
    try {
      this.isNull = this.bounds() === null;
    } catch {
      this.isNull = true;
    }
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject", `${this.location}.isNullObject`);
    return this.isNull;
  }

  private must(where: string): CellRange {
    const b = this.bounds();
    if (!b) throw new FakeOfficeError("InvalidOperation", "The operation is not valid on a null object.", where);
    return b;
  }

  load(arg?: unknown): this {
    const names = loadNames(arg);
    if (names.length === 0) throw new Error("fake: bare load() loads every property; the adapters must name them");
    this.ctx.queue({
      run: () => {
        const b = this.bounds();
        if (!b) return;
        const sheet = this.sheet();
        for (const name of names) this.loaded.set(name, snapshot(sheet, b, name));
      },
      bytes: () => {
        const b = this.bounds();
        if (!b) return 0;
        const cells = (b.bottom - b.top + 1) * (b.right - b.left + 1);
        return names.reduce((sum, n) => sum + (n in BYTES ? BYTES[n as keyof typeof BYTES] * cells : BYTES.scalar), 0);
      },
    });
    return this;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): Excel.Range["values"] {
    return this.read("values");
  }
  set values(values: Excel.Range["values"]) {
    this.queueMatrixWrite("values", values, (sheet, row, col, v) => {
      const cell = sheet.cell(row, col);
      cell.value = (v ?? "") as FakeScalar;
      cell.formula = null;
    });
  }
  get formulas(): Excel.Range["formulas"] {
    return this.read("formulas");
  }
  set formulas(formulas: Excel.Range["formulas"]) {
    this.queueMatrixWrite("formulas", formulas, (sheet, row, col, v) => {
      const cell = sheet.cell(row, col);
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = this.ctx.model.evaluate(sheet, v);
      } else {
        cell.formula = null;
        cell.value = (v ?? "") as FakeScalar;
      }
    });
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.read("numberFormat");
  }

  /** Used by FakeRangeFill: one write applied to every cell of the range at sync. */
  queueWrite(property: WriteRecord["property"], value: unknown, apply: (sheet: FakeSheetModel, row: number, col: number) => void): void {
    this.ctx.queue({
      write: true,
      run: () => {
        const b = this.must(`Range.format.${property}`);
        const sheet = this.sheet();
        for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) apply(sheet, r, c);
        this.ctx.record({ sheet: sheet.name, address: rangeToA1(b), property, value });
      },
    });
  }

  private queueMatrixWrite(
    property: "values" | "formulas",
    matrix: unknown[][],
    apply: (sheet: FakeSheetModel, row: number, col: number, v: unknown) => void,
  ): void {
    const copy = matrix.map((row) => [...row]);
    this.ctx.queue({
      write: true,
      run: () => {
        const b = this.must(`Range.${property}`);
        const rows = b.bottom - b.top + 1;
        const cols = b.right - b.left + 1;
        if (copy.length !== rows || copy.some((row) => row.length !== cols)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            `Range.${property}`,
          );
        }
        const sheet = this.sheet();
        copy.forEach((row, r) => row.forEach((v, c) => apply(sheet, b.top + r, b.left + c, v)));
        this.ctx.record({ sheet: sheet.name, address: rangeToA1(b), property, value: copy });
        this.ctx.changed(sheet, b);
      },
    });
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    const wanted = options.format?.fill ?? {};
    this.ctx.queue({
      run: () => {
        const b = this.must("Range.getCellProperties");
        const sheet = this.sheet();
        const rows: Excel.CellProperties[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const row: Excel.CellProperties[] = [];
          for (let c = b.left; c <= b.right; c++) {
            const fill = sheet.read(r, c).fill;
            const out: Excel.CellPropertiesFill = {};
            if (wanted.color) out.color = fill.color;
            if (wanted.pattern) out.pattern = fill.pattern as Excel.FillPattern;
            if (wanted.patternColor) out.patternColor = fill.patternColor ?? "#000000";
            if (wanted.tintAndShade) out.tintAndShade = fill.tintAndShade as number;
            row.push({ format: { fill: out } });
          }
          rows.push(row);
        }
        result.resolve(rows);
      },
      bytes: () => {
        const b = this.bounds();
        return b ? (b.bottom - b.top + 1) * (b.right - b.left + 1) * BYTES.fill : 0;
      },
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, () => {
      const b = this.must("Range.getMergedAreasOrNullObject");
      const inside = this.sheet().merges.filter((m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right);
      if (inside.length > this.ctx.model.maxMergedAreas) {
        throw new FakeOfficeError("GeneralException", "There are too many merged areas to return.", "Range.getMergedAreasOrNullObject");
      }
      return inside;
    });
  }

  private derive(location: string, map: (b: CellRange) => CellRange | null): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheet,
      () => {
        const b = this.bounds();
        return b ? map(b) : null;
      },
      location,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("Range.getCell", (b) => ({ top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive("Range.getResizedRange", (b) => {
      const out = { ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
      if (out.bottom > MAX_ROW || out.right > MAX_COL || out.bottom < out.top || out.right < out.left) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          "Range.getResizedRange",
        );
      }
      return out;
    });
  }

  getEntireRow(): FakeRange {
    return this.derive("Range.getEntireRow", (b) => ({ ...b, left: 0, right: MAX_COL }));
  }

  private intersect(other: FakeRange | string, orNull: boolean): FakeRange {
    const location = orNull ? "Range.getIntersectionOrNullObject" : "Range.getIntersection";
    return this.derive(location, (b) => {
      const o = typeof other === "string" ? parseRangeA1(other) : other.bounds();
      const out = o && {
        top: Math.max(b.top, o.top),
        left: Math.max(b.left, o.left),
        bottom: Math.min(b.bottom, o.bottom),
        right: Math.min(b.right, o.right),
      };
      if (out && out.top <= out.bottom && out.left <= out.right) return out;
      if (orNull) return null;
      throw new FakeOfficeError("InvalidArgument", "The ranges do not intersect.", location);
    });
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return this.intersect(other, false);
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.intersect(other, true);
  }

  select(): void {
    this.ctx.queue({
      run: () => {
        const b = this.must("Range.select");
        const sheet = this.sheet();
        if (this.ctx.model.activeSheetId !== sheet.id) {
          throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", "Range.select");
        }
        this.ctx.model.selection = { sheetId: sheet.id, address: rangeToA1(b) };
      },
    });
  }
}

function snapshot(sheet: FakeSheetModel, b: CellRange, name: string): unknown {
  const matrix = (pick: (r: number, c: number) => unknown) => {
    const rows: unknown[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: unknown[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(pick(r, c));
      rows.push(row);
    }
    return rows;
  };
  switch (name) {
    case "address":
      return `${quoteSheet(sheet.name)}!${rangeToA1(b)}`;
    case "rowIndex":
      return b.top;
    case "columnIndex":
      return b.left;
    case "rowCount":
      return b.bottom - b.top + 1;
    case "columnCount":
      return b.right - b.left + 1;
    case "values":
      return matrix((r, c) => sheet.read(r, c).value);
    case "formulas":
      return matrix((r, c) => sheet.read(r, c).formula ?? sheet.read(r, c).value);
    case "numberFormat":
      return matrix((r, c) => sheet.read(r, c).numberFormat);
    default:
      throw new Error(`fake Range cannot load "${name}"`);
  }
}

class FakeRangeCollection {
  private list: FakeRange[] | null = null;
  set(list: FakeRange[]): void {
    this.list = list;
  }
  get items(): FakeRange[] {
    if (!this.list) throw notLoaded("items", "RangeCollection.items");
    return this.list;
  }
}

export class FakeRangeAreas extends Loadable implements Record<(typeof AREAS_API)[number], unknown> {
  readonly areas = new FakeRangeCollection();
  private synced = false;
  private isNull = false;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetModel,
    private readonly merges: () => CellRange[],
  ) {
    super(ctx, "RangeAreas");
    ctx.queue({
      run: () => {
        this.synced = true;
        this.isNull = this.merges().length === 0;
      },
    });
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject", "RangeAreas.isNullObject");
    return this.isNull;
  }

  load(arg?: unknown): this {
    const names = loadNames(arg);
    if (!names.every((n) => n === "areas/items/address")) throw new Error(`fake RangeAreas cannot load ${names.join(",")}`);
    this.ctx.queue({
      run: () => {
        // The address loads queued here run in this same sync, right after this op.
        this.areas.set(this.merges().map((m) => new FakeRange(this.ctx, this.sheet, () => m, "RangeAreas.areas").load("address")));
      },
    });
    return this;
  }
}

export class FakeWorksheet extends Loadable implements Record<(typeof WORKSHEET_API)[number], unknown> {
  constructor(
    ctx: FakeRequestContext,
    readonly model: () => FakeSheetModel,
  ) {
    super(ctx, "Worksheet");
  }

  load(arg?: unknown): this {
    const names = loadNames(arg);
    this.ctx.queue({
      run: () => {
        const sheet = this.model();
        for (const name of names) {
          if (name === "id") this.loaded.set("id", sheet.id);
          else if (name === "name") this.loaded.set("name", sheet.name);
          else throw new Error(`fake Worksheet cannot load "${name}"`);
        }
      },
    });
    return this;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }

  /** For WorksheetCollection.load("items/name"): the item's properties arrive with the collection's load. */
  setLoaded(property: "id" | "name", value: string): void {
    this.loaded.set(property, value);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    // A blank sheet gives A1, as the real API documents.
    return new FakeRange(
      this.ctx,
      this.model,
      () => this.model().usedBounds(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      "Worksheet.getUsedRange",
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.model, () => this.model().usedBounds(valuesOnly), "Worksheet.getUsedRangeOrNullObject");
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      this.model,
      () => {
        if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
        const b = parseRangeA1(address);
        if (!b)
          throw new FakeOfficeError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format: ${address}`,
            "Worksheet.getRange",
          );
        return b;
      },
      "Worksheet.getRange",
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      this.model,
      () => ({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }),
      "Worksheet.getRangeByIndexes",
    );
  }

  activate(): void {
    this.ctx.queue({ run: () => void (this.ctx.model.activeSheetId = this.model().id) });
  }
}

class FakeWorksheetCollection implements Record<(typeof WORKSHEETS_API)[number], unknown> {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onChanged: { add: (handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => { remove: () => void } };

  constructor(private readonly ctx: FakeRequestContext) {
    this.onChanged = {
      add: (handler) => {
        const wrapped = (e: { worksheetId: string; address: string; triggerSource: string }) =>
          handler({ worksheetId: e.worksheetId, address: e.address, triggerSource: e.triggerSource } as Excel.WorksheetChangedEventArgs);
        ctx.queue({ run: () => void ctx.model.changeHandlers.push(wrapped) });
        return {
          remove: () =>
            ctx.queue({
              run: () => {
                const i = ctx.model.changeHandlers.indexOf(wrapped);
                if (i >= 0) ctx.model.changeHandlers.splice(i, 1);
              },
            }),
        };
      },
    };
  }

  /** Only "items/name" and "items/id" (or "name"/"id"): what the adapters need, in the Office.js collection syntax. */
  load(arg?: unknown): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ""));
    if (names.length === 0 || !names.every((n) => n === "name" || n === "id")) {
      throw new Error(`fake WorksheetCollection cannot load ${String(arg)}`);
    }
    this.ctx.queue({
      run: () => {
        this.loadedItems = this.ctx.model.sheets.map((model) => {
          const sheet = new FakeWorksheet(this.ctx, () => model);
          for (const n of names) sheet.setLoaded(n as "id" | "name", n === "id" ? model.id : model.name);
          return sheet;
        });
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items", "WorksheetCollection.items");
    return this.loadedItems;
  }

  getActiveWorksheet(): FakeWorksheet {
    // Resolved now: the active sheet at the time of the call, which is what every adapter means.
    const id = this.ctx.model.activeSheetId;
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheetById(id)!);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.model.sheetByKey(key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${key}`, "WorksheetCollection.getItem");
      return sheet;
    });
  }
}

export class FakeCustomProperty implements Record<(typeof CUSTOM_PROPERTY_API)[number], unknown> {
  private loadedKey: string | undefined;
  private loadedValue: unknown;
  private hasValue = false;

  constructor(
    private readonly ctx: FakeRequestContext,
    /** The key this proxy was asked for (getItem), or the loaded item's key. */
    private readonly lookup: string,
  ) {}

  /** Set by the collection's load: only the properties it named become readable. */
  setLoaded(names: string[], key: string, value: unknown): void {
    if (names.includes("key")) this.loadedKey = key;
    if (names.includes("value")) {
      this.loadedValue = value;
      this.hasValue = true;
    }
  }

  get key(): string {
    if (this.loadedKey === undefined) throw notLoaded("key", "CustomProperty.key");
    return this.loadedKey;
  }
  get value(): unknown {
    if (!this.hasValue) throw notLoaded("value", "CustomProperty.value");
    return this.loadedValue;
  }

  delete(): void {
    this.ctx.queue({
      write: true,
      run: () => {
        const id = this.lookup.toUpperCase();
        if (!this.ctx.model.customProperties.has(id)) {
          throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.lookup}`, "CustomProperty.delete");
        }
        this.ctx.model.customProperties.delete(id);
        this.ctx.recordProperty({ key: this.lookup, action: "delete", value: null });
      },
    });
  }
}

/** workbook.properties.custom: keys case-insensitive, values trimmed to the model's limit without an error, like Excel desktop. */
export class FakeCustomPropertyCollection implements Record<(typeof CUSTOM_PROPERTIES_API)[number], unknown> {
  private loadedItems: FakeCustomProperty[] | null = null;

  constructor(private readonly ctx: FakeRequestContext) {}

  load(arg?: unknown): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ""));
    if (names.length === 0 || !names.every((n) => n === "key" || n === "value" || n === "type")) {
      throw new Error(`fake CustomPropertyCollection cannot load ${String(arg)}`);
    }
    this.ctx.queue({
      run: () => {
        this.loadedItems = [...this.ctx.model.customProperties.values()].map(({ key, value }) => {
          const item = new FakeCustomProperty(this.ctx, key);
          item.setLoaded(names, key, value);
          return item;
        });
      },
      bytes: () => [...this.ctx.model.customProperties.values()].reduce((sum, p) => sum + p.key.length + String(p.value).length + 20, 0),
    });
    return this;
  }

  get items(): FakeCustomProperty[] {
    if (!this.loadedItems) throw notLoaded("items", "CustomPropertyCollection.items");
    return this.loadedItems;
  }

  /** Creates the property or sets an existing one (keeping its key's spelling), at sync. */
  add(key: string, value: unknown): FakeCustomProperty {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new Error(`fake CustomPropertyCollection.add: unsupported value ${String(value)}`);
    }
    this.ctx.queue({
      write: true,
      run: () => {
        const id = key.toUpperCase();
        const limit = this.ctx.model.customPropertyValueLimit;
        const stored = typeof value === "string" && limit !== null ? value.slice(0, limit) : value;
        const existing = this.ctx.model.customProperties.get(id);
        this.ctx.model.customProperties.set(id, { key: existing?.key ?? key, value: stored });
        this.ctx.recordProperty({ key, action: "add", value: stored });
      },
    });
    return new FakeCustomProperty(this.ctx, key);
  }

  getItem(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, key);
  }
}

export class FakeRequestContext implements Record<(typeof CONTEXT_API)[number], unknown> {
  readonly workbook: { worksheets: FakeWorksheetCollection; properties: { custom: FakeCustomPropertyCollection } };
  syncCount = 0;
  readonly writes: WriteRecord[] = [];
  readonly propertyWrites: PropertyWriteRecord[] = [];
  /** Estimated response bytes of each sync, to show the block reader stays under the limit. */
  readonly payloads: number[] = [];
  private pending: Op[] = [];
  private readonly ranges: FakeRange[] = [];
  private failure: { n: number; error: Error } | null = null;
  private writeFailure: { n: number; error: Error } | null = null;
  private writeOps = 0;
  private changedSheets = new Map<string, CellRange>();

  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this), properties: { custom: new FakeCustomPropertyCollection(this) } };
  }

  queue(op: Op): void {
    this.pending.push(op);
  }

  track(range: FakeRange): void {
    this.ranges.push(range);
  }

  record(write: Omit<WriteRecord, "sync">): void {
    this.writes.push({ ...write, sync: this.syncCount });
  }

  recordProperty(write: Omit<PropertyWriteRecord, "sync">): void {
    this.propertyWrites.push({ ...write, sync: this.syncCount });
  }

  changed(sheet: FakeSheetModel, b: CellRange): void {
    this.changedSheets.set(sheet.id, b);
  }

  /** Sync number `n` (1-based) of this context rejects with `error` and runs nothing, like a batch Excel refused. */
  failAtSync(n: number, error: Error): void {
    this.failure = { n, error };
  }

  /**
   * The `n`-th (1-based) write operation of this context fails: the writes queued before it in its
   * sync stay applied, it and everything after it do not run, and the sync rejects with `error`. This
   * is how Excel treats a batch whose operation fails half-way (it is not a transaction).
   */
  failAtWrite(n: number, error: Error): void {
    this.writeFailure = { n, error };
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.pending;
    this.pending = [];
    if (this.failure && this.failure.n === this.syncCount) {
      const { error } = this.failure;
      this.failure = null;
      throw error;
    }
    const bytes = ops.reduce((sum, op) => sum + (op.bytes ? op.bytes() : 0), 0);
    this.payloads.push(bytes);
    if (bytes > this.model.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", "Range.values");
    }
    // Ops queued while running (RangeAreas → area address loads) run in the same sync.
    for (let i = 0; i < ops.length; i++) {
      if (ops[i].write && this.writeFailure && ++this.writeOps === this.writeFailure.n) {
        const { error } = this.writeFailure;
        this.writeFailure = null;
        for (const range of this.ranges) range.afterSync();
        throw error;
      }
      ops[i].run();
      if (this.pending.length) ops.splice(i + 1, 0, ...this.pending.splice(0));
    }
    for (const range of this.ranges) range.afterSync();
    const changes = [...this.changedSheets];
    this.changedSheets.clear();
    for (const [id, b] of changes) {
      await this.model.emitChange({ worksheetId: id, address: rangeToA1(b), triggerSource: "ThisLocalAddin" });
    }
  }
}

/** The fake as the adapters' parameter type; the *_API lists above keep the two in step. */
export function asExcelContext(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** An Excel.run over the model: a fresh context per batch, each kept for sync and write assertions. */
export function fakeRunner(model: FakeWorkbookModel, beforeBatch?: (ctx: FakeRequestContext) => void) {
  const contexts: FakeRequestContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(model);
    contexts.push(ctx);
    beforeBatch?.(ctx);
    return batch(asExcelContext(ctx));
  };
  return { run, contexts, last: () => contexts[contexts.length - 1] };
}
