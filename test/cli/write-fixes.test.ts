import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFixedCopy } from "../../src/cli/write-copy";
import { packagePlan } from "../../src/cli/write-fixes";
import { finding, formReport, readWorkbook, tempDir, writeWorkbook } from "./helpers";

const RED = "FFFFC7CE";
const YELLOW = "FFFFEB9C";

function argbAt(ws: ExcelJS.Worksheet, row: number, col: number): string | null {
  const fill = ws.getCell(row, col).fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb ?? null) : null;
}

// The fills packagePlan puts on each cell of the sheet, keyed "row,col" (0-based).
function fillsOf(forms: Parameters<typeof packagePlan>[0]): Record<string, string | undefined> {
  const cells = packagePlan(forms).plan.get("自评表") ?? new Map();
  return Object.fromEntries([...cells].filter(([, patch]) => patch.fill).map(([key, patch]) => [key, patch.fill]));
}

describe("packagePlan fills", () => {
  it("fills error spans Excel's light red and warning spans light yellow, red winning where they overlap", () => {
    const fills = fillsOf([
      formReport({
        findings: [
          finding({ severity: "warning", highlight: true, span: { top: 0, bottom: 1, left: 1, right: 1 } }),
          finding({ severity: "error", highlight: true, span: { top: 0, bottom: 0, left: 0, right: 1 } }),
        ],
      }),
    ]);
    expect(fills).toEqual({ "0,0": RED, "0,1": RED, "1,1": YELLOW });
  });

  it("ignores findings that are not highlighted, have no span, or are only info", () => {
    const fills = fillsOf([
      formReport({
        findings: [
          finding({ highlight: false, span: { top: 0, bottom: 0, left: 0, right: 0 } }),
          finding({ highlight: true }),
          finding({ severity: "info", highlight: true, span: { top: 2, bottom: 2, left: 0, right: 0 } }),
        ],
      }),
    ]);
    expect(fills).toEqual({});
  });
});

describe("packagePlan", () => {
  it("merges a fix and a fill on the same cell and counts each once", () => {
    const { plan, formulas, filled } = packagePlan([
      formReport({
        fixes: [{ sheet: "自评表", cell: "B2", row: 2, col: 1, formula: "1+1", value: 2, purpose: "total" }],
        findings: [finding({ severity: "warning", highlight: true, span: { top: 1, bottom: 1, left: 0, right: 1 } })],
      }),
    ]);
    expect({ formulas, filled }).toEqual({ formulas: 1, filled: 2 });
    // B2 is 0-based row 1, column 1: the A1 address decides, not the fix's row field.
    expect(plan.get("自评表")?.get("1,1")).toMatchObject({ fill: YELLOW, fix: { cell: "B2" } });
    expect(plan.get("自评表")?.get("1,0")).toEqual({ fill: YELLOW });
  });
});

// Was "applyFixes on a loaded workbook" (ExcelJS): the writer now patches the package itself, so the
// same expectations are checked on the file writeFixedCopy writes.
describe("writeFixedCopy on a workbook written by ExcelJS", () => {
  const tmp = tempDir();
  const source = path.join(tmp.dir, "in.xlsx");
  let written: ExcelJS.Worksheet;
  let result: { output: string; formulas: number; filled: number };

  beforeAll(async () => {
    await writeWorkbook(source, (wb) => {
      const ws = wb.addWorksheet("自评表");
      // Identical styles: the cells then share one format, the trap a fill must avoid.
      for (let r = 1; r <= 6; r++) {
        for (let c = 1; c <= 4; c++) {
          const cell = ws.getCell(r, c);
          cell.value = r * 10 + c;
          cell.font = { name: "宋体", size: 10 };
          cell.border = { top: { style: "thin" } };
        }
      }
    });
    result = await writeFixedCopy(
      { bytes: readFileSync(source), format: "xlsx" },
      [
        formReport({
          fixes: [
            { sheet: "自评表", cell: "C5", row: 4, col: 2, formula: "SUM(C1:C3)", value: 69, purpose: "total" },
            { sheet: "自评表", cell: "D5", row: 4, col: 3, formula: 'IF(C5>=90,"优","良")', value: "良", purpose: "grade" },
          ],
          findings: [finding({ severity: "error", highlight: true, span: { top: 1, bottom: 2, left: 0, right: 1 } })],
        }),
      ],
      path.join(tmp.dir, "out.xlsx"),
    );
    written = (await readWorkbook(result.output)).getWorksheet("自评表")!;
  });
  afterAll(() => tmp.cleanup());

  it("counts two formulas and the four cells of the span", () => {
    expect(result).toEqual({ output: path.join(tmp.dir, "out.xlsx"), formulas: 2, filled: 4, notes: 0 });
  });

  it("writes the formulas with their cached results (C1:C3 hold 13, 23 and 33)", () => {
    expect(written.getCell("C5").value).toEqual({ formula: "SUM(C1:C3)", result: 69 });
    expect(written.getCell("D5").value).toEqual({ formula: 'IF(C5>=90,"优","良")', result: "良" });
  });

  it("fills exactly the span's cells, leaving the style-sharing neighbours alone", () => {
    for (let r = 1; r <= 6; r++) {
      for (let c = 1; c <= 4; c++) {
        const inside = r >= 2 && r <= 3 && c <= 2;
        expect(argbAt(written, r, c), `row ${r} col ${c}`).toBe(inside ? RED : null);
      }
    }
  });

  it("keeps the filled cells' other formatting", () => {
    expect(written.getCell("A2").font).toMatchObject({ name: "宋体", size: 10 });
    expect(written.getCell("A2").border?.top).toEqual({ style: "thin" });
  });

  it("rejects a fix on a sheet the workbook does not have, naming the sheet", async () => {
    const fix = { sheet: "别的表", cell: "A1", row: 0, col: 0, formula: "1", value: 1, purpose: "total" as const };
    await expect(
      writeFixedCopy({ bytes: readFileSync(source), format: "xlsx" }, [formReport({ fixes: [fix] })], path.join(tmp.dir, "x.xlsx")),
    ).rejects.toThrow(/别的表/);
  });
});
