// The limits each workbook is read under (issue 8 item 1), in-process: the bounded read of special
// files, the zip scan (entry count, honest and lying inflated sizes, cells per part) and the grid
// the reader hands the engine (used range clipped, merges clipped, never expanded cell by cell).
import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import { checkGrid } from "../../src/model";
import { DEFAULT_LIMITS, formatBytes, LimitError, type Limits } from "../../src/cli/limits";
import { cellBudget, readWorkbook, sheetToGrid } from "../../src/cli/read-workbook";
import { NotRegularFileError, readInputFile } from "../../src/cli/safe-read";
import { checkZipLimits, countCells, listZipEntries } from "../../src/cli/zip-scan";
import { SAMPLES, tempDir } from "./helpers";
import * as F from "./hostile-fixtures";

const SAMPLE = readFileSync(path.join(SAMPLES, "01-新建潇河派出所业务用房建设资金.xlsx"));
const tmp = tempDir("perf-limits-");
afterAll(() => tmp.cleanup());
const at = (name: string) => path.join(tmp.dir, name);

function limitOf(run: () => unknown): LimitError {
  try {
    run();
  } catch (error) {
    if (error instanceof LimitError) return error;
    throw error;
  }
  throw new Error("no limit was hit");
}

describe("readInputFile", () => {
  it("refuses a FIFO named .xlsx at once instead of blocking on it", () => {
    const fifo = at("x.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(() => readInputFile(fifo, DEFAULT_LIMITS.maxFileBytes)).toThrow(NotRegularFileError);
    expect(() => readInputFile(fifo, DEFAULT_LIMITS.maxFileBytes)).toThrow("FIFO");
  });

  it("refuses a symlink to /dev/zero instead of reading until memory runs out", () => {
    symlinkSync("/dev/zero", at("zero.xlsx"));
    let error: unknown = null;
    try {
      readInputFile(at("zero.xlsx"), DEFAULT_LIMITS.maxFileBytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotRegularFileError);
    expect((error as NotRegularFileError).kind).toBe("character device");
  });

  it("reads a regular file whole, and refuses one over the size limit by its size", () => {
    writeFileSync(at("ten.bin"), Buffer.alloc(10, 7));
    expect(readInputFile(at("ten.bin"), 10)).toEqual(Buffer.alloc(10, 7));
    const error = limitOf(() => readInputFile(at("ten.bin"), 9));
    expect(error.code).toBe("too-large");
    expect(error.params).toEqual({ size: "10 B", limit: "9 B" });
  });
});

describe("formatBytes", () => {
  it("uses binary units with one decimal", () => {
    expect(formatBytes(100 * 1024 * 1024)).toBe("100 MB");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(3)).toBe("3 B");
  });
});

describe("the zip scan", () => {
  it("lists a package's entries from its central directory", () => {
    const entries = listZipEntries(F.zipArchive(F.workbookParts({ data: F.sheetXml("") })), 100);
    expect(entries?.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("refuses 20,000 entries before inflating any", () => {
    const error = limitOf(() => checkZipLimits(F.manyEntries(20_000), DEFAULT_LIMITS));
    expect(error.code).toBe("too-large");
    expect(error.key).toBe("fileZipTooManyEntries");
    expect(error.params.limit).toBe(10_000);
  });

  it("refuses a bomb of dense rows by the size it declares (1.2 GB in a few MB)", () => {
    const bomb = F.denseRowsBomb(1200, false);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const error = limitOf(() => checkZipLimits(bomb, DEFAULT_LIMITS));
    expect(error).toMatchObject({
      code: "too-large",
      key: "fileZipInflated",
      params: { part: "xl/worksheets/sheet1.xml", limit: "256 MB" },
    });
  });

  it("refuses a bomb that declares 4 KB, as soon as it inflates past its claim", () => {
    const error = limitOf(() => checkZipLimits(F.denseRowsBomb(1200, true), DEFAULT_LIMITS));
    expect(error).toMatchObject({
      code: "too-large",
      key: "fileZipSizeLies",
      params: { part: "xl/worksheets/sheet1.xml", declared: "4 KB" },
    });
  });

  it("refuses a lying entry at the inflated-size ceiling when the claim is near it", () => {
    // 40 blocks of 1 MB declared as 4 KB, under an 8 MB ceiling: stopped at 8 MB either way.
    const limits: Limits = { ...DEFAULT_LIMITS, maxEntryBytes: 8 * 1024 * 1024 };
    expect(limitOf(() => checkZipLimits(F.denseRowsBomb(40, true), limits)).code).toBe("too-large");
    expect(limitOf(() => checkZipLimits(F.denseRowsBomb(40, false), limits)).params.limit).toBe("8 MB");
  });

  it("counts the cells of a worksheet part, with or without a namespace prefix", () => {
    expect(countCells(Buffer.from(F.sheetXml('<row><c r="A1"><v>1</v></c><c><v>2</v></c><c r="C1"/><col/></row>')))).toBe(3);
    const prefixed = `<x:worksheet xmlns:x="${F.MAIN_NS}"><x:sheetData><x:row><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(countCells(Buffer.from(prefixed))).toBe(1);
  });

  it("refuses a sheet with more cells than allowed before SheetJS parses it", () => {
    const limits: Limits = { ...DEFAULT_LIMITS, maxSheetCells: 1000, maxWorkbookCells: 5000 };
    const error = limitOf(() => checkZipLimits(F.tallSheet(600), limits));
    // 600 rows × 2 cells, counted from the XML.
    expect(error).toMatchObject({ code: "too-many-cells", params: { count: 1200, limit: 1000 } });
    expect(() => checkZipLimits(F.tallSheet(400), limits)).not.toThrow();
  });

  it("leaves a damaged archive to the reader, which calls it corrupt", () => {
    const cut = SAMPLE.subarray(0, SAMPLE.length - 200);
    expect(() => checkZipLimits(cut, DEFAULT_LIMITS)).not.toThrow();
    expect(readWorkbook(cut, "cut.xlsx")).toMatchObject({ ok: false });
  });
});

// A worksheet as SheetJS reads it (dense), from cells given as [A1 address, value].
function denseSheet(cells: [string, string | number][], merges: string[] = []): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([], { dense: true } as XLSX.AOA2SheetOpts);
  for (const [address, value] of cells) XLSX.utils.sheet_add_aoa(ws, [[value]], { origin: address });
  ws["!merges"] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

describe("the grid handed to the engine", () => {
  it("keeps a form near A1 and drops one stray value at XFD1048576", async () => {
    const read = readWorkbook(await F.withFarValue(SAMPLE), "far.xlsx");
    if (!read.ok || !read.sheets[0].ok) throw new Error("not read");
    const grid = read.sheets[0].grid;
    // Sample 1's form spans A1:I39 (nine columns, 39 rows, README); the stray value is gone.
    expect(grid.values.length).toBe(39);
    expect(Math.max(...grid.values.map((r) => r.length))).toBe(9);
    const forms = checkGrid(grid, { lang: "zh" });
    expect(forms.map((f) => f.project)).toEqual(["新建潇河派出所业务用房建设资金"]);
  });

  it("keeps every cell when the used range is within the area limit, however far", () => {
    const grid = sheetToGrid(
      "s",
      denseSheet([
        ["A1", 1],
        ["Z5000", 2],
      ]),
    );
    expect(grid.values[4999][25]).toBe(2);
  });

  it("clips a merge over A40:XFD1048576 to the used range (plus 64 rows and columns) without walking it", () => {
    const grid = sheetToGrid(
      "s",
      denseSheet(
        [
          ["A1", "项目"],
          ["C40", "x"],
          ["D45", 3],
        ],
        ["A40:XFD1048576", "Z9000:Z9001"],
      ),
    );
    // Used range A1:D45: the merge becomes A40:BO109 (0-based rows 39–108, columns 0–66) and hides
    // the cells it covers; the merge wholly outside the used range is dropped.
    expect(grid.merges).toEqual([{ top: 39, left: 0, bottom: 44 + 64, right: 3 + 64 }]);
    expect(grid.values[39]?.[2] ?? null).toBeNull();
    expect(grid.values[44]?.[3] ?? null).toBeNull();
  });

  it("keeps a covered top-left cell of an overlapping merge visible", () => {
    const grid = sheetToGrid(
      "s",
      denseSheet(
        [
          ["A1", "a"],
          ["B1", "b"],
          ["C1", "c"],
        ],
        ["A1:B1", "B1:C1"],
      ),
    );
    expect(grid.values[0]).toEqual(["a", "b"]);
  });

  it("reads 50,000 merged areas, each hiding the cell beside its value", () => {
    const read = readWorkbook(F.manyMerges(50_000), "m.xlsx");
    if (!read.ok || !read.sheets[0].ok) throw new Error("not read");
    const grid = read.sheets[0].grid;
    expect(grid.merges).toHaveLength(50_000);
    expect(grid.values[40 + 49_999][0]).toBe(49_999);
  });

  it("refuses a sheet or a workbook over the cell limits", () => {
    const cells: [string, number][] = Array.from({ length: 30 }, (_, i) => [`A${i + 1}`, i]);
    const limits = { maxSheetCells: 20, maxWorkbookCells: 50, maxGridArea: DEFAULT_LIMITS.maxGridArea };
    expect(limitOf(() => sheetToGrid("大表", denseSheet(cells), false, cellBudget(limits))).params).toEqual({
      sheet: "大表",
      count: 30,
      limit: 20,
    });
    const budget = cellBudget({ ...limits, maxSheetCells: 40 });
    sheetToGrid("一", denseSheet(cells), false, budget);
    expect(limitOf(() => sheetToGrid("二", denseSheet(cells), false, budget)).params).toEqual({ sheet: "二", count: 60, limit: 50 });
  });

  it("cuts a used range over the area limit to the rows before a wide gap", () => {
    const limits = { maxSheetCells: 100, maxWorkbookCells: 100, maxGridArea: 10_000 };
    // A form in A1:C3, then a value 20,000 rows below: 20,003 × 3 cells is over 10,000.
    const grid = sheetToGrid(
      "s",
      denseSheet([
        ["A1", 1],
        ["C3", 2],
        ["B20003", 3],
      ]),
      false,
      cellBudget(limits),
    );
    expect(grid.values.length).toBe(3);
  });
});
