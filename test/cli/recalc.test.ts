// --fix copies recalculated by a real spreadsheet engine (LibreOffice headless, recalculating on load):
// every fix cell must come back to exactly the value the report gives, every other cell must be the
// input's, and every zip entry but the patched sheet(s) and styles must be the input's bytes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkGrid, type CellValue, type FormReport, type Grid } from "../../src/model";
import type { WorkbookFormat } from "../../src/cli/workbook-format";
import { writeFixedCopy } from "../../src/cli/write-copy";
import { readCells, recalculate, requireLibreOffice, type CellContent } from "../support/libreoffice";
import { buildPackage, zipEntries } from "../support/package-fixture";
import { SAMPLES, tempDir } from "./helpers";

const SAMPLE_FILES = ["01-新建潇河派出所业务用房建设资金.xlsx", "02-日常运行公用经费.xlsx", "03-分局及派出所运行费.xlsx"];
const LONG = 300_000;

const installed = requireLibreOffice("the LibreOffice recalculation tests");

/** The grids the engine checks, read with SheetJS (cached values, formulas, number formats, merges). */
function gridsOf(bytes: Buffer): Grid[] {
  const workbook = XLSX.read(bytes, { cellFormula: true, cellNF: true });
  return workbook.SheetNames.map((sheet) => {
    const ws = workbook.Sheets[sheet];
    const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1:A1");
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r <= range.e.r; r++) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        // Dates are not read here (cellDates is off), so v is a string, number or boolean.
        values[r].push(cell?.v === undefined ? null : cell.t === "e" ? (cell.w ?? null) : (cell.v as CellValue));
        formulas[r].push(cell?.f ?? null);
        numberFormats[r].push(cell?.z === undefined ? null : String(cell.z));
      }
    }
    const merges = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    return { sheet, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges };
  });
}

function check(bytes: Buffer): FormReport[] {
  return gridsOf(bytes).flatMap((grid) => checkGrid(grid, { lang: "zh" }));
}

function fixKeys(forms: FormReport[]): Set<string> {
  return new Set(forms.flatMap((f) => f.fixes.map((x) => `${x.sheet}!${x.cell}`)));
}

function expectSameValue(actual: CellContent["value"] | undefined, expected: CellContent["value"], where: string): void {
  if (typeof expected === "number") {
    expect(typeof actual, where).toBe("number");
    expect(Math.abs((actual as number) - expected), `${where}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(1e-9);
  } else {
    expect(actual, where).toBe(expected);
  }
}

/** Every fix cell of the recalculated copy holds the report's value (and the copy cached that same value). */
function expectFixesRecalculated(forms: FormReport[], copy: Record<string, CellContent>, recalculated: Record<string, CellContent>): void {
  for (const fix of forms.flatMap((f) => f.fixes)) {
    const key = `${fix.sheet}!${fix.cell}`;
    expect(copy[key]?.formula, key).toBe(fix.formula);
    expectSameValue(copy[key]?.value, fix.value, `${key} cached`);
    expectSameValue(recalculated[key]?.value, fix.value, `${key} recalculated (${fix.formula})`);
  }
}

describe.skipIf(!installed)("the LibreOffice harness", () => {
  const tmp = tempDir("perf-recalc-");
  afterAll(() => tmp.cleanup());

  it(
    "recalculates on load: a deliberately wrong cached value comes back right",
    async () => {
      const ws: XLSX.WorkSheet = {
        A1: { t: "n", v: 2 },
        A2: { t: "n", v: 3 },
        A3: { t: "n", v: 999, f: "A1+A2" },
        A4: { t: "s", v: "wrong", f: 'IF(A3=5,"对","错")' },
        "!ref": "A1:A4",
      };
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, "S");
      const file = path.join(tmp.dir, "wrong-cache.xlsx");
      writeFileSync(file, XLSX.write(wb, { bookType: "xlsx", type: "buffer" }) as Buffer);
      expect(readCells(file)["S!A3"]).toEqual({ value: 999, formula: "A1+A2" });
      const cells = readCells(await recalculate(file));
      expect(cells["S!A3"]).toEqual({ value: 5, formula: "A1+A2" });
      expect(cells["S!A4"]?.value).toBe("对");
    },
    LONG,
  );
});

describe.skipIf(!installed)("--fix copies of the samples, recalculated by LibreOffice", () => {
  const tmp = tempDir("perf-recalc-");
  afterAll(() => tmp.cleanup());

  for (const name of SAMPLE_FILES) {
    describe(name, () => {
      const input = path.join(SAMPLES, name);
      let forms: FormReport[];
      let output: string;
      let recalculated: Record<string, CellContent>;

      beforeAll(async () => {
        const bytes = readFileSync(input);
        forms = check(bytes);
        output = (await writeFixedCopy({ bytes, format: "xlsx" }, forms, path.join(tmp.dir, name))).output;
        recalculated = readCells(await recalculate(output));
      }, LONG);

      it("has fixes to write (so the comparisons below prove something)", () => {
        expect(forms.flatMap((f) => f.fixes).length).toBeGreaterThan(0);
      });

      it("recalculates every fix cell to exactly its cached value", () => {
        expectFixesRecalculated(forms, readCells(output), recalculated);
      });

      it("keeps every other cell's value and formula, in the copy and after recalculation", () => {
        const before = readCells(input);
        const after = readCells(output);
        const fixes = fixKeys(forms);
        const keys = new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(recalculated)]);
        for (const key of keys) {
          if (fixes.has(key)) continue;
          expect(after[key], key).toEqual(before[key]);
          expect(recalculated[key]?.formula ?? null, key).toBe(before[key]?.formula ?? null);
          expectSameValue(recalculated[key]?.value, before[key]?.value, `${key} recalculated`);
        }
      });

      it("leaves every zip entry but the worksheet and styles byte-identical", async () => {
        const before = await zipEntries(readFileSync(input));
        const after = await zipEntries(readFileSync(output));
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        const changed = [...before].filter(([entry, bytes]) => !after.get(entry)!.equals(bytes)).map(([entry]) => entry);
        const allowed = ["xl/worksheets/sheet1.xml", "xl/styles.xml"];
        expect(changed.filter((entry) => !allowed.includes(entry))).toEqual([]);
        expect(changed).toContain("xl/worksheets/sheet1.xml");
      });
    });
  }
});

describe.skipIf(!installed)("--fix copies of other inputs, recalculated by LibreOffice", () => {
  const tmp = tempDir("perf-recalc-");
  afterAll(() => tmp.cleanup());
  const sample = readFileSync(path.join(SAMPLES, SAMPLE_FILES[0]));

  for (const [format, bookType] of [
    ["xls", "biff8"],
    ["ods", "ods"],
  ] as const) {
    it(
      `turns a .${format} input into an .xlsx copy that LibreOffice recalculates to the report's values`,
      async () => {
        const bytes = XLSX.write(XLSX.read(sample, { cellFormula: true, cellNF: true }), { bookType, type: "buffer" }) as Buffer;
        const forms = check(bytes);
        expect(forms.flatMap((f) => f.fixes).length).toBeGreaterThan(0);
        const result = await writeFixedCopy({ bytes, format: format as WorkbookFormat }, forms, path.join(tmp.dir, `表.${format}`));
        expect(result.output).toBe(path.join(tmp.dir, "表.xlsx"));
        const copy = readCells(result.output);
        expectFixesRecalculated(forms, copy, readCells(await recalculate(result.output)));
        // The input's other cells, read the same way, are all in the copy.
        const original = XLSX.read(bytes, { cellFormula: true }).Sheets["自评表"];
        const fixes = fixKeys(forms);
        for (const [address, cell] of Object.entries(original)) {
          if (address.startsWith("!") || fixes.has(`自评表!${address}`) || (cell as XLSX.CellObject).v === "") continue;
          expect(copy[`自评表!${address}`]?.value, address).toEqual((cell as XLSX.CellObject).v);
        }
      },
      LONG,
    );
  }

  it(
    "keeps protection, print settings, defined names, the comment, custom properties and the macro of a hand-made .xlsm",
    async () => {
      const bytes = await buildPackage({ macro: true });
      // B2:B4 = 10 + 20.5 + 30; the grade formula is any formula whose text result LibreOffice must agree with.
      const fixes = [
        { sheet: "自评表", cell: "B5", row: 5, col: 1, formula: "SUM(B2:B4)", value: 60.5, purpose: "total" as const },
        { sheet: "自评表", cell: "C5", row: 5, col: 2, formula: 'IF(ROUND(B5,2)>=60,"中","差")', value: "中", purpose: "grade" as const },
      ];
      const forms: FormReport[] = [
        {
          sheet: "自评表",
          range: "A1:C5",
          project: null,
          department: null,
          implementer: null,
          entered: { execRate: null, execScore: null, total: 1, grade: null },
          computed: { execRate: null, execScore: null, total: 60.5, grade: "中" },
          findings: [],
          fixes,
        },
      ];
      const result = await writeFixedCopy({ bytes, format: "xlsm" }, forms, path.join(tmp.dir, "宏.xlsm"));
      expect(result.output.endsWith(".xlsm")).toBe(true);
      const before = await zipEntries(bytes);
      const after = await zipEntries(readFileSync(result.output));
      for (const entry of ["xl/vbaProject.bin", "docProps/custom.xml", "xl/comments1.xml", "xl/workbook.xml", "[Content_Types].xml"]) {
        expect(after.get(entry)?.equals(before.get(entry)!), entry).toBe(true);
      }
      const sheet = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
      for (const part of ["<sheetProtection ", "<printOptions ", "<pageSetup ", "<headerFooter>", "<legacyDrawing "])
        expect(sheet).toContain(part);
      // LibreOffice saves its own .xlsx of it (without the macro): the fixes come back recalculated.
      const copyForLibreOffice = path.join(tmp.dir, "宏-copy.xlsx");
      writeFileSync(copyForLibreOffice, readFileSync(result.output));
      expectFixesRecalculated(forms, readCells(result.output), readCells(await recalculate(copyForLibreOffice)));
    },
    LONG,
  );
});
