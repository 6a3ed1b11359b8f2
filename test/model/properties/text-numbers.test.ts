// Issue 7: numbers typed as text count as numbers. Rewriting any set of a form's number cells as the text
// Excel displays for them (0.66 in "0%" → "66%", 6.6 → "6.6"), formatted "@", changes nothing in the report
// — rule ids, cells, entered and computed figures — except the one score-as-text hint.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formGrid, type Variant } from "../../../scripts/forms/render-form";
import { SEED_FORMS } from "../../../scripts/forms/seed-forms";
import { checkGrid } from "../../../src/model/check";
import type { Grid } from "../../../src/model/grid/grid";
import { toA1 } from "../../../src/model/grid/address";
import type { FormReport } from "../../../src/model/report/report";
import { DEFECT_FORM, PER_ROW_FORM } from "../../fixtures/forms";
import { setCell } from "../../fixtures/grid-tools";
import { asDisplayedText, displayedText, numberCells } from "../rules/displayed-text";

const SPECS = [...SEED_FORMS, PER_ROW_FORM, DEFECT_FORM];

// Values an edit may write into a number cell: at most two decimals, so "0%", "0.00%", "0.00" and General
// all display them exactly and the text reads back as the same number.
const niceNumber = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.integer({ min: -50, max: 1200 }).map((x) => x / 10),
  fc.integer({ min: 0, max: 300 }).map((x) => x / 100),
);

interface Case {
  grid: Grid;
  rewrite: (row: number, col: number) => boolean;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    spec: fc.nat({ max: SPECS.length - 1 }),
    variant: fc.constantFrom<Variant>("A", "C", "D"),
    startRow: fc.nat({ max: 3 }),
    startCol: fc.nat({ max: 3 }),
    edits: fc.array(fc.tuple(fc.nat(), niceNumber), { maxLength: 4 }),
    all: fc.boolean(),
    picks: fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 12 }),
  })
  .map((r) => {
    let grid = formGrid(SPECS[r.spec], "自评", { variant: r.variant, startRow: r.startRow, startCol: r.startCol });
    // Edits land on number cells only (scores, weights, amounts, the rate), so the form stays a form.
    const cells = numberCells(grid);
    for (const [i, value] of r.edits) grid = setCell(grid, cells[i % cells.length].row, cells[i % cells.length].col, value);
    const chosen = new Set(r.picks.map((i) => i % cells.length).map((i) => `${cells[i].row},${cells[i].col}`));
    return { grid, rewrite: (row, col) => r.all || chosen.has(`${row},${col}`) };
  });

// fix-skipped is the --fix planner declining to write a formula over text a spreadsheet formula may not read
// ("-1" as text, say): a statement about the copy it writes, not about what the engine reads.
const ENGINE_ONLY = (rule: string) => rule !== "score-as-text" && rule !== "fix-skipped";
const findingIds = (r: FormReport) => r.findings.filter((f) => ENGINE_ONLY(f.rule)).map((f) => `${f.rule}@${f.cell}`);

describe("numbers typed as text (fast-check)", () => {
  it("the fixtures' number formats all have a display rule, and their numbers display exactly", () => {
    for (const spec of SPECS) {
      for (const variant of ["A", "C", "D"] as const) {
        const grid = formGrid(spec, "自评", { variant });
        for (const { row, col } of numberCells(grid)) {
          const v = grid.values[row][col] as number;
          const format = grid.numberFormats?.[row]?.[col] ?? null;
          const text = displayedText(v, format);
          const back = format?.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
          expect(back, `${spec.project} ${variant} ${toA1(row, col)}`).toBeCloseTo(v, 12);
        }
      }
    }
  });

  it("rewriting any set of number cells as their displayed text leaves rule ids, cells and figures unchanged, except score-as-text", () => {
    fc.assert(
      fc.property(caseArb, ({ grid, rewrite }) => {
        const before = checkGrid(grid);
        const texted = asDisplayedText(grid, rewrite);
        const after = checkGrid(texted);
        expect(after.map((r) => r.range)).toEqual(before.map((r) => r.range));
        after.forEach((r, i) => {
          expect(findingIds(r)).toEqual(findingIds(before[i]));
          expect(r.entered).toEqual(before[i].entered);
          expect(r.computed).toEqual(before[i].computed);
          // The hint appears at most once, on a cell that was rewritten (a number cell now holding text).
          const hints = r.findings.filter((f) => f.rule === "score-as-text");
          expect(hints.length).toBeLessThanOrEqual(1);
          expect(before[i].findings.some((f) => f.rule === "score-as-text")).toBe(false);
          for (const h of hints) {
            const [row, col] = cellIndex(h.cell, texted);
            expect(typeof texted.values[row - texted.origin.row][col - texted.origin.col]).toBe("string");
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives each fixture form exactly one hint when every number is text", () => {
    for (const spec of SPECS) {
      const grid = formGrid(spec, "自评");
      const [report] = checkGrid(asDisplayedText(grid));
      expect(report.findings.filter((f) => f.rule === "score-as-text")).toHaveLength(1);
    }
  });
});

function cellIndex(a1: string, grid: Grid): [number, number] {
  for (let r = 0; r < grid.values.length; r++) {
    for (let c = 0; c < grid.values[r].length; c++) {
      if (toA1(grid.origin.row + r, grid.origin.col + c) === a1) return [grid.origin.row + r, grid.origin.col + c];
    }
  }
  throw new Error(`${a1} is not in the grid`);
}
