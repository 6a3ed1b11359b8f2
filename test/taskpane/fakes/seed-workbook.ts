// Seed form 1 (three rows whose score and explanation disagree) as a fake workbook, with the fills a
// real sheet carries before the pane touches it: a user's yellow, a white (not No Fill), a pattern and
// a tinted theme colour, some inside the rows the pane will paint and one outside.
import { toA1 } from "../../../src/model/grid/address";
import { NO_FILL, type CellFill } from "../../../src/taskpane/excel/cell-fill";
import { decodeFillStore, type FillStore } from "../../../src/taskpane/plan/fill-record";
import { decodeUndoStore, type UndoStore } from "../../../src/taskpane/plan/undo-record";
import { renderForm, type RenderOptions } from "../../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../../scripts/forms/seed-forms";
import type { FormSpec } from "../../../scripts/forms/form-spec";
import { FakeWorkbookModel, sheetFromGrid, type FakeSheetModel } from "./fake-model";

/** The record of original fills the workbook's custom properties hold now, decoded as the next session would. */
export function storedFills(model: FakeWorkbookModel): FillStore {
  return decodeFillStore([...model.customProperties.values()].map((p) => [p.key, p.value] as const));
}

/** The record of what 填写总分 overwrote, as the workbook's custom properties hold it now. */
export function storedUndo(model: FakeWorkbookModel): UndoStore {
  return decodeUndoStore([...model.customProperties.values()].map((p) => [p.key, p.value] as const));
}

export const USER_YELLOW: CellFill = { color: "#FFFF00", pattern: "Solid", patternColor: null, tintAndShade: 0 };
export const USER_WHITE: CellFill = { color: "#FFFFFF", pattern: "Solid", patternColor: null, tintAndShade: 0 };
export const USER_PATTERN: CellFill = { color: "#DDEBF7", pattern: "Gray50", patternColor: "#4472C4", tintAndShade: 0 };
export const USER_TINT: CellFill = { color: "#A9D08E", pattern: "Solid", patternColor: null, tintAndShade: 0.4 };

/** Variant-A columns of render-form.ts (docs/rules.md#layouts): B 一级 … E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因. */
export const COL = { level1: 1, level2: 2, level3: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 };

export interface SeedWorkbook {
  model: FakeWorkbookModel;
  sheet: FakeSheetModel;
  /** 0-based sheet rows of the form (render-form.ts). */
  rows: { firstIndicator: number; total: number; last: number };
  /** 0-based rows of the seed's 时效指标 group (2 rows) and 成本指标 (1 row): 7 or 7/10 scored though actual = target. */
  disagreeing: number[];
  /** Cells with a user fill, by A1. */
  userFills: Record<string, CellFill>;
}

function seedSheet(spec: FormSpec, options: RenderOptions, id: string, name: string) {
  const out = renderForm(spec, options);
  const grid = { sheet: name, origin: { row: 0, col: 0 }, values: out.values, numberFormats: out.formats, merges: out.merges };
  return { sheet: sheetFromGrid(grid, id), rows: out.rows };
}

export function seedWorkbook(spec: FormSpec = SEED_FORM_1, options: RenderOptions = {}): SeedWorkbook {
  const { sheet, rows } = seedSheet(spec, options, "{8D1C0A52-SEED-0001}", "自评表");
  // Seed form 1: 数量指标 has 5 rows and 质量指标 3, so 时效 starts 8 rows into the table, 成本 10.
  const timeliness = [rows.firstIndicator + 8, rows.firstIndicator + 9];
  const cost = rows.firstIndicator + 10;
  const userFills: Record<string, CellFill> = {
    [toA1(timeliness[0], COL.level3)]: USER_YELLOW,
    [toA1(timeliness[1], COL.actual)]: USER_WHITE,
    [toA1(cost, COL.reason)]: USER_PATTERN,
    [toA1(cost, COL.target)]: USER_TINT,
    [toA1(0, 0)]: USER_YELLOW,
  };
  for (const [a1, fill] of Object.entries(userFills)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = m[1].charCodeAt(0) - 65;
    sheet.cell(Number(m[2]) - 1, col).fill = { ...fill };
  }
  return { model: new FakeWorkbookModel([sheet]), sheet, rows, disagreeing: [...timeliness, cost], userFills };
}

/**
 * Every cell's fill except exact No Fill (what a never-touched cell has), for "restored exactly"
 * comparisons: a cell left white or with a stray pattern colour shows up as a difference.
 */
export function fillsOf(sheet: FakeSheetModel): Map<string, CellFill> {
  const out = new Map<string, CellFill>();
  for (const [key, cell] of sheet.cells) {
    if (JSON.stringify(cell.fill) === JSON.stringify(NO_FILL)) continue;
    const [r, c] = key.split(",").map(Number);
    out.set(toA1(r, c), { ...cell.fill });
  }
  return out;
}

/** Every cell's value and formula, for "only these cells changed" comparisons. */
export function contentsOf(sheet: FakeSheetModel): Map<string, { value: unknown; formula: string | null }> {
  const out = new Map<string, { value: unknown; formula: string | null }>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (cell.value === "" && cell.formula === null) continue;
    out.set(toA1(r, c), { value: cell.value, formula: cell.formula });
  }
  return out;
}
