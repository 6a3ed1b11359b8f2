import { describe, expect, it } from "vitest";
import { columnLetters } from "../../../src/model/grid/address";
import { checkGrid } from "../../../src/model/check";
import { FormReportSchema } from "../../../src/model/report/report";
import { formGrid, type Variant } from "../../../scripts/forms/render-form";
import { parsedForms } from "../../fixtures/contract";
import { PER_ROW_FORM, PER_ROW_GROUPS } from "../../fixtures/forms";
import { withoutMerges } from "../../fixtures/grid-tools";
import { expectedRows, VARIANT_LAYOUTS } from "../../fixtures/seed-expectations";

const VARIANTS: Variant[] = ["A", "C", "D"];
// PER_ROW_FORM has 8 one-row groups and no narrative.
const TABLE_ROWS = 8;

describe.each(VARIANTS)("a canonical per-row form (variant %s)", (variant) => {
  const L = VARIANT_LAYOUTS[variant];
  const rows = expectedRows(variant, TABLE_ROWS, 0);
  const grid = formGrid(PER_ROW_FORM, "逐行", { variant });

  it("has no merges inside the indicator table's score columns", () => {
    const inTable = grid.merges.filter(
      (m) => m.top >= rows.firstIndicator && m.bottom < rows.total && m.right >= L.ind.weight && m.left <= L.ind.score,
    );
    expect(inTable).toEqual([]);
  });

  it("is one form with the right range, project and figures", () => {
    const reports = checkGrid(grid);
    expect(reports).toHaveLength(1);
    const [r] = reports;
    FormReportSchema.parse(r);
    expect(r.range).toBe(`A1:${L.lastColLetter}${rows.total + 1}`);
    expect(r.project).toBe("农村饮水安全巩固提升工程");
    // 180 / 200 = 0.9; 10 × 0.9 = 9; 9 + 50 − 0.53 + 30 + 10 = 98.47.
    expect(r.computed.execRate).toBe(0.9);
    expect(r.computed.execScore).toBe(9);
    expect(r.computed.total).toBe(98.47);
    expect(r.entered.total).toBe(98.47);
    expect(r.entered.grade).toBe("优");
    expect(r.computed.grade).toBe("优");
  });

  it("reads one score group per 三级 row, each with its own 分值/得分", () => {
    const [form] = parsedForms(grid);
    expect(form.groups).toHaveLength(PER_ROW_GROUPS.length);
    form.groups.forEach((g, i) => {
      const x = PER_ROW_GROUPS[i];
      expect(g.firstRow).toBe(rows.firstIndicator + i);
      expect(g.lastRow).toBe(rows.firstIndicator + i);
      expect(g.indicators).toHaveLength(1);
      expect({ level1: g.level1, level2: g.level2, weight: g.weight.value, score: g.score.value }).toEqual(x);
    });
    expect(form.total?.row).toBe(rows.total);
  });

  it("is clean: a well-filled form yields no findings", () => {
    expect(checkGrid(grid)[0].findings).toEqual([]);
  });

  it("without merges the groups, rows and figures are the same", () => {
    const bare = withoutMerges(grid);
    const [form] = parsedForms(bare);
    expect(form.groups.map((g) => [g.firstRow, g.lastRow, g.weight.value, g.score.value])).toEqual(
      PER_ROW_GROUPS.map((x, i) => [rows.firstIndicator + i, rows.firstIndicator + i, x.weight, x.score]),
    );
    const [r] = checkGrid(bare);
    expect(r.computed.total).toBe(98.47);
    expect(r.fixes.find((f) => f.purpose === "total")?.cell).toBe(`${columnLetters(L.ind.score)}${rows.total + 1}`);
  });

  // Regression (bug found here, fixed in 6628ee0): parse-groups.ts labelReader() reset the 一级 fill-down
  // at every group start when the cell was blank and unmerged: rows 2–5 of 产出指标 got level1 "".
  it("without merges every row keeps its 一级指标 (written once, on the 一级's first row)", () => {
    const [form] = parsedForms(withoutMerges(grid));
    expect(form.groups.map((g) => g.level1)).toEqual(PER_ROW_GROUPS.map((x) => x.level1));
  });

  // Regression (fixed in 6628ee0): with that reset weight-policy saw 产出10/效益15/满意度10 and warned on a
  // form whose 一级 weights are exactly the national 50/30/10.
  it("without merges the clean form is still clean (no weight-policy warning)", () => {
    expect(checkGrid(withoutMerges(grid))[0].findings).toEqual([]);
  });
});

describe("a per-row form whose 二级 label is merged over its rows", () => {
  // Two 数量指标 rows: the 二级 cell is written once and merged over both; 分值/得分 are per row.
  const base = formGrid(PER_ROW_FORM, "逐行", { variant: "A" });
  const rows = expectedRows("A", TABLE_ROWS, 0);
  const level2Col = 2;
  const second = rows.firstIndicator + 1;
  const values = base.values.map((r) => [...r]);
  values[second][level2Col] = null;
  const merged = {
    ...base,
    values,
    merges: [...base.merges, { top: rows.firstIndicator, left: level2Col, bottom: second, right: level2Col }],
  };

  it("keeps two groups, both labelled 数量指标, through the merge", () => {
    const [form] = parsedForms(merged);
    expect(form.groups).toHaveLength(8);
    expect(form.groups.slice(0, 2).map((g) => [g.firstRow, g.level2, g.weight.value])).toEqual([
      [rows.firstIndicator, "数量指标", 10],
      [second, "数量指标", 10],
    ]);
  });

  // Regression (fixed in 6628ee0, same labelReader() reset): without merge information the blank 二级 cell
  // of the second row was not filled down from 数量指标.
  it("without merges the second row is still labelled 数量指标 (fill-down)", () => {
    const [form] = parsedForms(withoutMerges(merged));
    expect(form.groups[1].level2).toBe("数量指标");
  });
});
