// The fix formulas recalculated by a real spreadsheet engine (LibreOffice headless, recalculating on load):
// each total and grade formula the engine writes must come back to exactly the report's value. The forms
// are the cases the formula text differs on: numbers whose float sum falls short of 90, scores typed as
// text (with spaces), a 执行率得分 typed as text, a 执行率得分 computed from a budget typed as text, and the
// 青神 layout. Each fix cell is cached with a deliberately wrong value, so only a recalculation passes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../scripts/forms/form-spec";
import { formGrid, type Variant } from "../../scripts/forms/render-form";
import { checkGrid, type FormReport, type Grid } from "../../src/model";
import { PER_ROW_FORM } from "../fixtures/forms";
import { readCells, recalculate, requireLibreOffice } from "../support/libreoffice";

function spec(edit: (s: FormSpec) => void): FormSpec {
  const s = structuredClone(PER_ROW_FORM);
  edit(s);
  return s;
}

// Hand totals: PER_ROW_FORM is 9 + 10 + 10 + 10 + 9.47 + 10 + 15 + 15 + 10 = 98.47 → 优.
const CASES: { sheet: string; variant: Variant; spec: FormSpec; total: number; grade: string }[] = [
  {
    // 9.6 + 8.4 + 8.3 + 9 + 8.8 + 9.9 + 13.7 + 13.7 + 8.6 = 90 by hand (89.99999999999999 in floats) → 优.
    sheet: "九十分",
    variant: "A",
    spec: spec((s) => {
      s.fund.budget = 100;
      s.fund.executed = 96;
      s.fund.rate = 0.96;
      s.fund.score = 9.6;
      [8.4, 8.3, 9, 8.8, 9.9, 13.7, 13.7, 8.6].forEach((x, i) => (s.groups[i].score = x));
      s.total = { weight: 100, score: null, grade: null };
    }),
    total: 90,
    grade: "优",
  },
  {
    sheet: "文本得分",
    variant: "A",
    spec: spec((s) => {
      ["10", " 10 ", "10.0", "9.47", "10", "15", "15", "10"].forEach((x, i) => (s.groups[i].score = x));
      s.fund.score = " 9 ";
      s.total = { weight: 100, score: null, grade: null };
    }),
    total: 98.47,
    grade: "优",
  },
  {
    // No 执行率得分 written: 10 × min(180 / 200, 1) = 9 from a budget and an amount typed as text.
    sheet: "文本预算",
    variant: "A",
    spec: spec((s) => {
      s.fund.budget = "200";
      s.fund.executed = "180";
      s.fund.score = null;
      s.groups[1].score = "10";
      s.total = { weight: 100, score: null, grade: null };
    }),
    total: 98.47,
    grade: "优",
  },
  {
    // 青神: the grade goes into the 总分 row's empty last cell, never the 评价结论 paragraph.
    sheet: "青神",
    variant: "D",
    spec: spec((s) => {
      s.groups[4].score = "10";
      s.groups[3].score = 7.47;
      s.total = { weight: 100, score: null, grade: undefined };
      s.narrative = [["评价结论", "项目总体完成较好，个别指标略有滞后，已制定整改措施。"]];
    }),
    total: 96.47,
    grade: "优",
  },
];

/** A sheet holding the grid's values (text stays text) and the fixes as formulas with wrong cached values. */
function sheetOf(grid: Grid, fixes: FormReport["fixes"]): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let bottom = 0;
  let right = 0;
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      ws[XLSX.utils.encode_cell({ r, c })] = typeof v === "number" ? { t: "n", v } : typeof v === "boolean" ? { t: "b", v } : { t: "s", v };
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  for (const fix of fixes) {
    ws[fix.cell] = fix.purpose === "total" ? { t: "n", v: -1, f: fix.formula } : { t: "s", v: "错", f: fix.formula };
  }
  ws["!merges"] = grid.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: bottom, c: right } });
  return ws;
}

describe.skipIf(!requireLibreOffice("the fix formulas recalculated by LibreOffice"))("fix formulas recalculated by LibreOffice", () => {
  it("every total and grade formula recalculates to the report's value", async () => {
    const wb = XLSX.utils.book_new();
    const reports: FormReport[] = [];
    for (const c of CASES) {
      const grid = formGrid(c.spec, c.sheet, { variant: c.variant });
      const [r] = checkGrid(grid);
      expect(r.computed, c.sheet).toMatchObject({ total: c.total, grade: c.grade });
      expect(
        r.fixes.map((f) => f.purpose),
        c.sheet,
      ).toEqual(["total", "grade"]);
      reports.push(r);
      XLSX.utils.book_append_sheet(wb, sheetOf(grid, r.fixes), c.sheet);
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), "perf-fix-recalc-")), "fixes.xlsx");
    writeFileSync(file, XLSX.write(wb, { bookType: "xlsx", type: "buffer" }) as Buffer);
    const cells = readCells(await recalculate(file));
    for (const fix of reports.flatMap((r) => r.fixes)) {
      const got = cells[`${fix.sheet}!${fix.cell}`]?.value;
      const where = `${fix.sheet}!${fix.cell} = ${fix.formula}`;
      if (typeof fix.value === "number") {
        expect(typeof got, where).toBe("number");
        expect(Math.abs((got as number) - fix.value), `${where}: ${String(got)}`).toBeLessThanOrEqual(1e-9);
      } else {
        expect(got, where).toBe(fix.value);
      }
    }
    // The hand totals, not just the engine's: the formulas recalculate to what the form adds up to.
    expect(reports.map((r) => r.fixes[0].value)).toEqual(CASES.map((c) => c.total));
    expect(reports.map((r) => r.fixes[1].value)).toEqual(CASES.map((c) => c.grade));
  }, 300_000);
});
