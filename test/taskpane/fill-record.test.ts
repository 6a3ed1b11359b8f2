// The stored format of original fills (src/taskpane/plan/fill-record.ts), host-neutral: what any host
// writes into custom document properties and reads back.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeFillStore,
  encodeFillStore,
  fillRecordJsonSchema,
  FillRecordError,
  findSheetRecord,
  HEADER_PROPERTY,
  NO_FILL,
  PART_CHARS,
  planStoreWrite,
  withSheetRecord,
  type CellFill,
  type FillStore,
  type SheetRecord,
} from "../../src/taskpane/plan/fill-record";

const BAD: CellFill = { color: "#FFC7CE", pattern: "Solid", patternColor: null, tintAndShade: 0 };
const NEUTRAL: CellFill = { color: "#FFEB9C", pattern: "Solid", patternColor: null, tintAndShade: 0 };
const WHITE: CellFill = { color: "#FFFFFF", pattern: "Solid", patternColor: null, tintAndShade: 0 };
const PATTERN: CellFill = { color: "#DDEBF7", pattern: "Gray50", patternColor: "#4472C4", tintAndShade: 0 };
const TINT: CellFill = { color: "#A9D08E", pattern: "Solid", patternColor: null, tintAndShade: 0.4 };

function record(name: string, idHint: string | null, fills: Record<string, CellFill>): SheetRecord {
  return { name, idHint, cells: Object.entries(fills).map(([cell, original]) => ({ cell, original })) };
}

/** Writes `store` as generation `generation` and reads it back, as the next session would. */
function roundTrip(store: FillStore, generation = 1): FillStore {
  return decodeFillStore(encodeFillStore(store, generation));
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof FillRecordError ? e.code : `not a FillRecordError: ${String(e)}`;
  }
}

/** A store whose JSON needs several parts: one sheet, `n` cells across five fills. */
function bigStore(n: number): FillStore {
  const fills = [NO_FILL, BAD, NEUTRAL, PATTERN, TINT];
  const cells: Record<string, CellFill> = {};
  for (let i = 0; i < n; i++) cells[`${String.fromCharCode(66 + (i % 8))}${10 + Math.floor(i / 8)}`] = fills[i % fills.length];
  return { sheets: [record("自评表", "{S1}", cells)], generation: 0 };
}

describe("fill record: encoding", () => {
  it("round-trips every kind of fill exactly, highlight colours included, with a Chinese sheet name", () => {
    const store: FillStore = {
      sheets: [
        record("自评表", "{8D1C0A52-SEED-0001}", { B14: NO_FILL, C14: BAD, D14: NEUTRAL, E14: WHITE, F14: PATTERN, G14: TINT }),
        record("Sheet 2", null, { A1: BAD }),
      ],
      generation: 3,
    };
    expect(roundTrip(store, 3)).toEqual(store);
  });

  it("writes ASCII-only values no longer than a part, parts first and the header that counts them last", () => {
    const props = encodeFillStore(bigStore(200), 4);
    for (const [, value] of props) {
      expect(value.length).toBeLessThanOrEqual(PART_CHARS);
      expect(value).toMatch(/^[\x20-\x7e]*$/);
    }
    const [headerName, headerValue] = props[props.length - 1];
    expect(headerName).toBe(HEADER_PROPERTY);
    const header = JSON.parse(headerValue) as { format: string; version: number; generation: number; parts: number; length: number };
    expect(header).toMatchObject({ format: "perf-original-fills", version: 1, generation: 4 });
    expect(props.map(([name]) => name)).toEqual([
      ...Array.from({ length: header.parts }, (_, i) => `PERF_FILLS_4_${i + 1}`),
      HEADER_PROPERTY,
    ]);
    const body = props
      .slice(0, -1)
      .map(([, v]) => v)
      .join("");
    expect(body.length).toBe(header.length);
    expect(header.parts).toBe(Math.ceil(header.length / PART_CHARS));
    expect(header.parts).toBeGreaterThan(1);
    // The sheet name travels escaped: 自评表 = U+81EA U+8BC4 U+8868.
    expect(body).toContain('"name":"\\u81ea\\u8bc4\\u8868"');
  });

  it("keeps one palette entry per distinct fill, so 200 cells cost little more than 200 indexes", () => {
    const doc = JSON.parse(
      encodeFillStore(bigStore(200), 1)
        .slice(0, -1)
        .map(([, v]) => v)
        .join(""),
    ) as { sheets: { fills: unknown[]; cells: Record<string, number> }[] };
    expect(doc.sheets[0].fills).toHaveLength(5);
    expect(Object.keys(doc.sheets[0].cells)).toHaveLength(200);
  });

  it("writes nothing when no sheet has a highlighted cell", () => {
    expect(encodeFillStore({ sheets: [] }, 1)).toEqual([]);
    expect(encodeFillStore({ sheets: [record("自评表", "{S1}", {})] }, 1)).toEqual([]);
  });
});

describe("fill record: reading what another host wrote", () => {
  // Written by hand from the format in fill-record.ts, split at arbitrary points as a host with a
  // different part size might: the reader must not depend on how the writer chunked.
  const body =
    '{"format":"perf-original-fills","version":1,"sheets":[{"name":"\\u81ea\\u8bc4\\u8868","idHint":"{WPS-1}",' +
    '"fills":[{"color":"#FFFFFF","pattern":"None","patternColor":null,"tint":null},' +
    '{"color":"#FFEB9C","pattern":"Solid","patternColor":null,"tint":0},' +
    '{"color":"#DDEBF7","pattern":"Gray50","patternColor":"#4472C4","tint":-0.25}],' +
    '"cells":{"B9":0,"C9":1,"I9":2}}]}';
  const cut = [0, 50, 51, 180, body.length];
  const props = new Map<string, unknown>([
    ["perf_fills", JSON.stringify({ format: "perf-original-fills", version: 1, generation: 12, parts: 4, length: body.length })],
    ...[1, 2, 3, 4].map((i) => [`Perf_Fills_12_${i}`, body.slice(cut[i - 1], cut[i])] as [string, unknown]),
    // A stray part of an older generation, left by a write cut short: not read.
    ["PERF_FILLS_11_1", "garbage"],
    ["Author note", "someone else's property"],
  ]);

  it("decodes parts of any size, with property names in any case, ignoring other properties", () => {
    expect(decodeFillStore(props)).toEqual({
      generation: 12,
      sheets: [
        {
          name: "自评表",
          idHint: "{WPS-1}",
          cells: [
            { cell: "B9", original: { color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: null } },
            { cell: "C9", original: { color: "#FFEB9C", pattern: "Solid", patternColor: null, tintAndShade: 0 } },
            { cell: "I9", original: { color: "#DDEBF7", pattern: "Gray50", patternColor: "#4472C4", tintAndShade: -0.25 } },
          ],
        },
      ],
    });
  });

  it("reads no header as nothing stored", () => {
    expect(decodeFillStore(new Map([["Author note", "x"]]))).toEqual({ sheets: [], generation: 0 });
  });

  it("refuses a record a host trimmed (Excel trims values over 255 characters without an error)", () => {
    const trimmed = new Map(props);
    trimmed.set("Perf_Fills_12_4", body.slice(180, 200));
    expect(codeOf(() => decodeFillStore(trimmed))).toBe("PerfFillRecordCorrupt");
  });

  it("refuses a missing part, a header that is not ours, and a record that does not validate", () => {
    const missing = new Map(props);
    missing.delete("Perf_Fills_12_2");
    expect(codeOf(() => decodeFillStore(missing))).toBe("PerfFillRecordCorrupt");
    expect(codeOf(() => decodeFillStore(new Map([[HEADER_PROPERTY, "yes"]])))).toBe("PerfFillRecordCorrupt");
    expect(codeOf(() => decodeFillStore(new Map([[HEADER_PROPERTY, 3]])))).toBe("PerfFillRecordCorrupt");

    const withBody = (text: string) =>
      new Map<string, unknown>([
        [HEADER_PROPERTY, JSON.stringify({ format: "perf-original-fills", version: 1, generation: 1, parts: 1, length: text.length })],
        [`${HEADER_PROPERTY}_1_1`, text],
      ]);
    const sheet = (extra: string) =>
      `{"format":"perf-original-fills","version":1,"sheets":[{"name":"S","idHint":null,"fills":[{"color":"#FFFFFF","pattern":"None","patternColor":null,"tint":null}],${extra}}]}`;
    expect(codeOf(() => decodeFillStore(withBody(sheet('"cells":{"B9":0}'))))).toBeNull();
    // A cell pointing past the palette, an address that is not A1, a colour that is not #RRGGBB:
    expect(codeOf(() => decodeFillStore(withBody(sheet('"cells":{"B9":1}'))))).toBe("PerfFillRecordCorrupt");
    expect(codeOf(() => decodeFillStore(withBody(sheet('"cells":{"R9C2":0}'))))).toBe("PerfFillRecordCorrupt");
    expect(codeOf(() => decodeFillStore(withBody(sheet('"cells":{"B9":0}').replace("#FFFFFF", "white"))))).toBe("PerfFillRecordCorrupt");
    // Two records for one sheet name (names are unique ignoring case in Excel and WPS):
    const twice = `{"format":"perf-original-fills","version":1,"sheets":[{"name":"s","idHint":null,"fills":[],"cells":{}},{"name":"S","idHint":null,"fills":[],"cells":{}}]}`;
    expect(codeOf(() => decodeFillStore(withBody(twice)))).toBe("PerfFillRecordCorrupt");
  });

  it("says a newer version wrote the record rather than guessing", () => {
    const newer = new Map<string, unknown>([
      [HEADER_PROPERTY, JSON.stringify({ format: "perf-original-fills", version: 2, generation: 1, parts: 1, length: 2 })],
      [`${HEADER_PROPERTY}_1_1`, "{}"],
    ]);
    expect(codeOf(() => decodeFillStore(newer))).toBe("PerfFillRecordNewer");
  });
});

describe("fill record: property writes", () => {
  it("writes the next generation under new names, then deletes older parts of ours and nothing else", () => {
    const existing = ["PERF_FILLS", "PERF_FILLS_2_1", "perf_fills_2_2", "PERF_FILLS_1_7", "PERF_FILLS_X", "Company", "PERF_FILLS_NOTE"];
    const small: FillStore = { sheets: [record("S", "{1}", { A1: NO_FILL })], generation: 2 };
    const { generation, set, remove } = planStoreWrite(existing, small);
    expect(generation).toBe(3);
    expect(set.map(([name]) => name)).toEqual(["PERF_FILLS_3_1", "PERF_FILLS"]);
    expect(remove).toEqual(["PERF_FILLS_2_1", "perf_fills_2_2", "PERF_FILLS_1_7"]);
  });

  it("deletes the header first, then the parts, when nothing is highlighted any more", () => {
    const { set, remove } = planStoreWrite(["PERF_FILLS_5_1", "PERF_FILLS", "PERF_FILLS_5_2", "Company"], { sheets: [], generation: 5 });
    expect(set).toEqual([]);
    expect(remove).toEqual(["PERF_FILLS", "PERF_FILLS_5_1", "PERF_FILLS_5_2"]);
  });

  it("leaves a readable record after every prefix of its operations: the old one, then the new one", () => {
    const old: FillStore = { ...bigStore(80), generation: 1 };
    const replacement: FillStore = { ...bigStore(30), generation: 1 };
    const doc = new Map<string, unknown>(encodeFillStore(old, 1));
    const { set, remove } = planStoreWrite(doc.keys(), replacement);
    const ops = [
      ...set.map(
        ([n, v]) =>
          () =>
            void doc.set(n, v),
      ),
      ...remove.map((n) => () => void doc.delete(n)),
    ];
    expect(set.length).toBeGreaterThan(2);
    const cellCounts = [decodeFillStore(doc).sheets[0].cells.length];
    for (const op of ops) {
      op();
      cellCounts.push(decodeFillStore(doc).sheets[0].cells.length);
    }
    // Whole old record until the header switched (after the new parts), the whole new one from then on.
    const switched = set.length;
    expect(cellCounts).toEqual(cellCounts.map((_, i) => (i < switched ? 80 : 30)));
    expect([...doc.keys()].every((name) => name === HEADER_PROPERTY || name.startsWith("PERF_FILLS_2_"))).toBe(true);
  });
});

describe("fill record: which record is a sheet's", () => {
  const store: FillStore = {
    sheets: [record("自评表", "{A}", { B9: BAD }), record("封面", "{B}", { A1: NEUTRAL })],
    generation: 1,
  };

  it("finds a sheet by name whatever its id now is (a reopen gave it a new one)", () => {
    expect(findSheetRecord(store, { id: "{NEW}", name: "自评表" }, ["自评表", "封面"])).toBe(store.sheets[0]);
  });

  it("finds a renamed sheet by its id hint when the recorded name is no sheet any more", () => {
    expect(findSheetRecord(store, { id: "{A}", name: "自评表（修订）" }, ["自评表（修订）", "封面"])).toBe(store.sheets[0]);
  });

  it("does not take another sheet's record by id hint while that sheet still exists (ids may be reassigned on reopen)", () => {
    expect(findSheetRecord(store, { id: "{A}", name: "说明" }, ["说明", "自评表", "封面"])).toBeNull();
    expect(findSheetRecord(store, { id: "{C}", name: "说明" }, ["说明"])).toBeNull();
  });

  it("replaces a record under the sheet's current name and id, dropping the one under its old name", () => {
    const renamed = { id: "{A}", name: "自评表（修订）" };
    const next = withSheetRecord(store, renamed, [{ cell: "C9", original: TINT }], store.sheets[0]);
    expect(next.sheets).toEqual([record("自评表（修订）", "{A}", { C9: TINT }), store.sheets[1]]);
    expect(withSheetRecord(store, renamed, [], store.sheets[0]).sheets).toEqual([store.sheets[1]]);
    expect(withSheetRecord(store, { id: "{D}", name: "新表" }, [{ cell: "A1", original: BAD }], null).sheets).toEqual([
      ...store.sheets,
      record("新表", "{D}", { A1: BAD }),
    ]);
    // The store it came from is left as it was: the controller derives two records from one read.
    expect(store.sheets.map((s) => s.name)).toEqual(["自评表", "封面"]);
  });
});

describe("fill record: JSON Schema", () => {
  it("matches the schema checked in next to the format, for hosts written in other languages", () => {
    const file = join(__dirname, "../../src/taskpane/plan/fill-record.schema.json");
    expect(fillRecordJsonSchema()).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
