// The ET facade under every build variant of the fake (fake-et.ts): the same Grid, the same engine reports as on
// the form rendered directly, fills and document properties that come back as written.
import { describe, expect, it } from "vitest";
import { formGrid, renderForm, type RenderOptions } from "../../scripts/forms/render-form";
import { SEED_FORM_1, SEED_FORM_2, SEED_FORM_3 } from "../../scripts/forms/seed-forms";
import type { FormSpec } from "../../scripts/forms/form-spec";
import { checkGrid, parseA1, toA1, type CellRange, type Grid } from "../../src/model";
import { EtFacade } from "../../src/hosts/wps/et-facade";
import { decodeFillStore, planStoreWrite, type FillStore } from "../../src/taskpane/plan/fill-record";
import { RecordError } from "../../src/taskpane/plan/property-record";
import { FakeWorkbookModel, sheetFromGrid, FakeSheetModel } from "../taskpane/fakes/fake-model";
import { COL, fillsOf, seedWorkbook, USER_PATTERN, USER_TINT, USER_WHITE, USER_YELLOW } from "../taskpane/fakes/seed-workbook";
import { readSheet } from "../../src/taskpane/excel/read-sheet";
import { asExcelContext, FakeRequestContext } from "../taskpane/fakes/fake-excel";
import { FakeEt, QUIRK_VARIANTS, quirkName } from "./fake-et";

const READ_ALL = { merges: true, formats: true };
// The facade reads no custom-function argument: one value of that axis is enough here (the functions test covers it).
const BUILDS = QUIRK_VARIANTS.filter((q) => q.missingArg === "sentinel");
const FIRST = BUILDS[0];

interface Case {
  name: string;
  spec: FormSpec;
  options: RenderOptions;
}

const CASES: Case[] = [
  { name: "seed 1, variant A", spec: SEED_FORM_1, options: {} },
  { name: "seed 2, variant C, offset", spec: SEED_FORM_2, options: { variant: "C", startRow: 3, startCol: 2 } },
  { name: "seed 3, variant D, noisy", spec: SEED_FORM_3, options: { variant: "D", noisyHeaders: true, blankRows: true } },
];

function workbookOf(c: Case): { model: FakeWorkbookModel; grid: Grid } {
  const grid = formGrid(c.spec, "自评表", c.options);
  return { model: new FakeWorkbookModel([sheetFromGrid(grid, "{WPS-1}")]), grid };
}

/** A cell's value at sheet coordinates, null outside the grid. */
function at(grid: Grid, row: number, col: number): unknown {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
const inside = (outer: CellRange, m: CellRange) =>
  m.top >= outer.top && m.left >= outer.left && m.bottom <= outer.bottom && m.right <= outer.right;

describe("readGrid: the seed forms under every build variant", () => {
  for (const c of CASES) {
    it(`${c.name}: one Grid for all ${BUILDS.length} builds, with the reports of the form rendered directly`, () => {
      const { model, grid: rendered } = workbookOf(c);
      const expectedReports = checkGrid(rendered);
      expect(expectedReports.length).toBe(1);
      const reference = new EtFacade(new FakeEt(model, FIRST).app).readGrid(READ_ALL);

      // Values equal the rendered cells everywhere the rendering put something.
      const height = Math.max(rendered.values.length, reference.grid.origin.row + reference.grid.values.length);
      for (let r = 0; r < height; r++)
        for (let col = 0; col < 12; col++) expect([r, col, at(reference.grid, r, col)]).toEqual([r, col, at(rendered, r, col)]);
      // Merges: exactly the rendered ones that lie in the located form.
      const form = reference.forms[0];
      expect(reference.grid.merges.map(key).sort()).toEqual(
        rendered.merges
          .filter((m) => inside(form, m))
          .map(key)
          .sort(),
      );
      expect(checkGrid(reference.grid)).toEqual(expectedReports);

      for (const q of BUILDS) {
        const read = new EtFacade(new FakeEt(model, q).app).readGrid(READ_ALL);
        expect({ build: quirkName(q), grid: read.grid, forms: read.forms }).toEqual({
          build: quirkName(q),
          grid: reference.grid,
          forms: reference.forms,
        });
      }
    });
  }

  it("the same reports as the Excel adapter reading the same fake workbook", async () => {
    const seed = seedWorkbook();
    const excel = await readSheet(asExcelContext(new FakeRequestContext(seed.model)), {
      formats: true,
      formulas: true,
      fills: false,
      merges: true,
    });
    const wps = new EtFacade(new FakeEt(seed.model, FIRST).app).readGrid(READ_ALL);
    const excelReports = checkGrid(excel.grid);
    expect(excelReports.length).toBe(1);
    expect(checkGrid(wps.grid)).toEqual(excelReports);
  });

  it("reads the used range with one Value2 and one Formula call; formats and merges per cell only inside the form", () => {
    const { model, grid } = workbookOf(CASES[0]);
    // A block of numbers far right of the form: it must not be scanned for formats or merges.
    const sheet = model.sheets[0];
    for (let r = 0; r < 5; r++) sheet.cell(r, 30).value = 1 + r;
    const fake = new FakeEt(model, FIRST);
    const read = new EtFacade(fake.app).readGrid(READ_ALL);
    expect(fake.log.filter((l) => l === "Range.Value2")).toHaveLength(1);
    expect(fake.log.filter((l) => l === "Range.Formula")).toHaveLength(1);
    const rendered = renderForm(CASES[0].spec, CASES[0].options);
    const form = read.forms[0];
    // Every cell of the form is asked whether it is merged at most once; nothing outside it.
    const mergeReads = fake.log.filter((l) => l === "Range.MergeCells").length;
    const formCells = (form.bottom - form.top + 1) * (form.right - form.left + 1);
    expect(mergeReads).toBeGreaterThan(0);
    expect(mergeReads).toBeLessThanOrEqual(formCells);
    expect(form.right).toBeLessThan(30);
    expect(read.grid.numberFormats?.[0]?.[30]).toBeNull();
    // The seed types 执行率 as 66% (a "0%" number cell on the fund row): its format reaches the engine.
    expect(read.grid.numberFormats?.[rendered.rows.fundTotal]?.[6]).toBe("0%");
    expect(grid.numberFormats?.[rendered.rows.fundTotal]?.[6]).toBe("0%");
  });

  it("error cells read as their code under CVErr and text builds; a year that equals a CVErr code stays a number", () => {
    for (const q of BUILDS) {
      const { model, grid } = workbookOf(CASES[0]);
      const rows = renderForm(CASES[0].spec).rows;
      const sheet = model.sheets[0];
      const scoreCell = sheet.cell(rows.firstIndicator, COL.score);
      scoreCell.value = "#REF!";
      sheet.cell(rows.fundTotal, 6).value = "#DIV/0!";
      // 2023 is xlErrRef's bare code and a plausible year.
      sheet.cell(rows.last + 2, 1).value = 2023;
      const read = new EtFacade(new FakeEt(model, q).app).readGrid(READ_ALL);
      expect(at(read.grid, rows.firstIndicator, COL.score)).toBe("#REF!");
      expect(at(read.grid, rows.fundTotal, 6)).toBe("#DIV/0!");
      expect(at(read.grid, rows.last + 2, 1)).toBe(2023);
      // The engine then says the same as on a grid holding the codes directly.
      const direct: Grid = { ...grid, values: grid.values.map((row) => [...row]) };
      direct.values[rows.firstIndicator][COL.score] = "#REF!";
      direct.values[rows.fundTotal][6] = "#DIV/0!";
      expect(checkGrid(read.grid).flatMap((f) => f.findings)).toEqual(checkGrid(direct).flatMap((f) => f.findings));
    }
  });

  it("formulas: the text after = in the Grid, the formula or the constant in `formulas`", () => {
    const { model } = workbookOf(CASES[0]);
    const rows = renderForm(CASES[0].spec).rows;
    const cell = model.sheets[0].cell(rows.total, COL.score);
    const cached = cell.value;
    cell.formula = `=SUM(H${rows.firstIndicator + 1}:H${rows.total})`;
    for (const q of BUILDS) {
      const read = new EtFacade(new FakeEt(model, q).app).readGrid({ merges: false, formats: false });
      const r = rows.total - read.grid.origin.row;
      expect(read.grid.formulas?.[r]?.[COL.score]).toBe(`SUM(H${rows.firstIndicator + 1}:H${rows.total})`);
      expect(read.formulas[r][COL.score]).toBe(`=SUM(H${rows.firstIndicator + 1}:H${rows.total})`);
      expect(read.grid.values[r][COL.score]).toBe(cached);
      // A constant: its value, as Office.js `formulas` gives it.
      expect(read.formulas[rows.firstIndicator - read.grid.origin.row][COL.weight]).toBe(at(read.grid, rows.firstIndicator, COL.weight));
      expect(read.grid.formulas?.[rows.firstIndicator - read.grid.origin.row]?.[COL.weight]).toBeNull();
    }
  });

  it("one-row and one-column sheets come out 2-D under 1-D builds", () => {
    for (const q of BUILDS) {
      const row = new FakeSheetModel("{R}", "行");
      ["执行率", 0.66, "", 10].forEach((v, c) => (row.cell(2, 1 + c).value = v));
      const col = new FakeSheetModel("{C}", "列");
      [1, 2, "#N/A"].forEach((v, r) => (col.cell(r, 0).value = v));
      const model = new FakeWorkbookModel([row, col]);
      const facade = new EtFacade(new FakeEt(model, q).app);
      expect(facade.readGrid(READ_ALL).grid).toMatchObject({ origin: { row: 2, col: 1 }, values: [["执行率", 0.66, null, 10]] });
      model.activeSheetId = "{C}";
      expect(facade.readGrid(READ_ALL).grid).toMatchObject({ origin: { row: 0, col: 0 }, values: [[1], [2], ["#N/A"]] });
    }
  });

  it("an empty sheet is one blank cell at A1, with no forms", () => {
    const model = new FakeWorkbookModel([new FakeSheetModel("{E}", "空")]);
    const read = new EtFacade(new FakeEt(model, FIRST).app).readGrid(READ_ALL);
    expect(read).toMatchObject({
      sheet: { id: "Sheet1", name: "空" },
      forms: [],
      truncated: false,
      grid: { origin: { row: 0, col: 0 }, values: [[null]], merges: [] },
    });
  });
});

describe("fills", () => {
  // #FFC7CE: r = 0xFF, g = 0xC7, b = 0xCE → 255 + 199·256 + 206·65536 (VBA RGB()).
  const PINK_BGR = 255 + 199 * 256 + 206 * 65536;

  it("paints in BGR, reads the user's fills as the record stores them, and restores them exactly", () => {
    for (const q of BUILDS) {
      const seed = seedWorkbook();
      const fake = new FakeEt(seed.model, q);
      const facade = new EtFacade(fake.app);
      const before = fillsOf(seed.sheet);
      const targets = seed.disagreeing.flatMap((r) => Array.from({ length: 8 }, (_, i) => toA1(r, 1 + i)));
      const originals = facade.readFills("自评表", targets);
      const [t0, t1] = seed.disagreeing;
      expect(originals.get(toA1(t0, COL.level3))).toEqual(USER_YELLOW);
      expect(originals.get(toA1(t1, COL.actual))).toEqual(USER_WHITE);
      expect(originals.get(toA1(seed.disagreeing[2], COL.reason))).toEqual(USER_PATTERN);
      expect(originals.get(toA1(seed.disagreeing[2], COL.target))).toEqual(USER_TINT);
      expect(originals.get(toA1(t0, COL.score))).toEqual({ color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: null });

      fake.clearLog();
      facade.paint(
        "Sheet1",
        seed.disagreeing.map((r) => ({ address: `B${r + 1}:I${r + 1}`, color: "#FFC7CE" })),
      );
      expect(fake.log).toContain(`Interior.Color=${PINK_BGR}`);
      expect(fake.screenUpdating).toBe(true);
      for (const a1 of targets) {
        const { row, col } = parseA1(a1)!;
        // Solid, untinted, no pattern colour left from the original: what the Excel host's clear() + color leaves.
        expect(seed.sheet.read(row, col).fill).toEqual({ color: "#FFC7CE", pattern: "Solid", patternColor: null, tintAndShade: 0 });
      }
      // Read back through the facade as the pane will before clearing: the highlight itself.
      expect(facade.readFills("自评表", [targets[0]]).get(targets[0])?.color).toBe("#FFC7CE");

      facade.restoreFills(
        "自评表",
        [...originals].map(([cell, original]) => ({ cell, original })),
      );
      expect(fillsOf(seed.sheet)).toEqual(before);
    }
  });
});

describe("document properties", () => {
  function bigStore(cells: number): FillStore {
    return {
      generation: 0,
      sheets: [
        {
          name: "自评表",
          idHint: "Sheet1",
          cells: Array.from({ length: cells }, (_, i) => ({ cell: `B${i + 1}`, original: i % 2 ? USER_YELLOW : USER_PATTERN })),
        },
      ],
    };
  }

  it("the original-fills record round-trips through CustomDocumentProperties, in parts when over 255 characters", () => {
    for (const missingProperty of ["throw", "undefined"] as const) {
      const model = new FakeWorkbookModel([new FakeSheetModel("{S}", "自评表")]);
      const fake = new FakeEt(model, FIRST, { propertyValueLimit: 255, missingProperty });
      const facade = new EtFacade(fake.app);
      facade.applyProperties({ set: [["Reviewer", "x"]], remove: [] });
      const store = bigStore(60);
      const plan = planStoreWrite(
        facade.readProperties().map(([n]) => n),
        store,
      );
      // 60 cells make a JSON text of well over one part: the split is exercised.
      expect(plan.set.length).toBeGreaterThan(3);
      facade.applyProperties(plan);
      const decoded = decodeFillStore(facade.readProperties());
      expect(decoded.sheets).toEqual(store.sheets);
      expect(decoded.generation).toBe(1);
      expect(facade.readProperties().find(([n]) => n === "Reviewer")).toEqual(["Reviewer", "x"]);

      // A second write replaces the parts and removes the old ones.
      const next = { ...bigStore(3), generation: decoded.generation };
      facade.applyProperties(
        planStoreWrite(
          facade.readProperties().map(([n]) => n),
          next,
        ),
      );
      expect(decodeFillStore(facade.readProperties()).sheets).toEqual(next.sheets);
      expect(facade.readProperties().filter(([n]) => n.startsWith("PERF_FILLS_1_"))).toEqual([]);

      // Nothing highlighted: the record goes away, the user's property stays.
      facade.applyProperties(
        planStoreWrite(
          facade.readProperties().map(([n]) => n),
          { sheets: [], generation: 2 },
        ),
      );
      expect(facade.readProperties().map(([n]) => n)).toEqual(["Reviewer"]);
    }
  });

  it("a build that keeps fewer characters than a part shows up as an unreadable record, not a wrong restore", () => {
    const model = new FakeWorkbookModel([new FakeSheetModel("{S}", "自评表")]);
    const facade = new EtFacade(new FakeEt(model, FIRST, { propertyValueLimit: 100 }).app);
    facade.applyProperties(planStoreWrite([], bigStore(20)));
    expect(() => decodeFillStore(facade.readProperties())).toThrow(RecordError);
  });
});

describe("select, formulas, values and SheetChange", () => {
  it("activates the sheet before selecting; writes formulas and values; reports edits until unsubscribed", () => {
    const first = new FakeSheetModel("{A}", "封面");
    const second = new FakeSheetModel("{B}", "自评表");
    second.cell(0, 0).value = 5;
    second.cell(1, 0).value = 7;
    const model = new FakeWorkbookModel([first, second]);
    const fake = new FakeEt(model, { ...FIRST, address: "property" });
    const facade = new EtFacade(fake.app);
    expect(facade.sheetNames()).toEqual(["封面", "自评表"]);
    expect(facade.activeSheet()).toEqual({ id: "Sheet1", name: "封面" });

    facade.select("自评表", "B7");
    expect(model.activeSheetId).toBe("{B}");
    expect(model.selection).toEqual({ sheetId: "{B}", address: "B7" });

    facade.writeFormulas("Sheet2", [{ cell: "A3", formula: "=SUM(A1:A2)" }]);
    expect(second.read(2, 0)).toMatchObject({ formula: "=SUM(A1:A2)", value: 12 });
    facade.writeValues("自评表", [
      { cell: "A3", value: 12 },
      { cell: "A1", value: null },
    ]);
    expect(second.read(2, 0)).toMatchObject({ formula: null, value: 12 });
    expect(second.read(0, 0).value).toBe("");

    const seen: unknown[] = [];
    const stop = facade.onSheetChange((sheet, address) => seen.push([sheet, address]));
    fake.userEdit("自评表", "C5", 1);
    stop();
    fake.userEdit("自评表", "C6", 1);
    expect(seen).toEqual([[{ id: "Sheet2", name: "自评表" }, "C5"]]);
    expect(fake.listenerCount).toBe(0);
  });

  it("a sheet that does not exist is an error naming it", () => {
    const model = new FakeWorkbookModel([new FakeSheetModel("{A}", "封面")]);
    expect(() => new EtFacade(new FakeEt(model, FIRST).app).select("自评表", "A1")).toThrow(/自评表/);
  });
});
