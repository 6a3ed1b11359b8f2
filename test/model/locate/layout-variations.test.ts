import { describe, expect, it } from "vitest";
import { columnLetters } from "../../../src/model/grid/address";
import { checkGrid } from "../../../src/model/check";
import type { ParsedForm } from "../../../src/model/parse/form";
import type { Grid } from "../../../src/model/grid/grid";
import { FormReportSchema, type FormReport } from "../../../src/model/report/report";
import { formGrid, type Variant } from "../../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../../scripts/forms/seed-forms";
import { contractViolation, parsedForms } from "../../fixtures/contract";
import { DEFECT_FORM } from "../../fixtures/forms";
import {
  byRule,
  insertBlankColumn,
  insertBlankRow,
  replaceTexts,
  shiftFinding,
  shiftFindingAfterInsert,
  sliceToOrigin,
  widenLabelColumn,
  withoutMerges,
} from "../../fixtures/grid-tools";
import { expectedRows, SEED_EXPECTATIONS, tableRowCount, VARIANT_LAYOUTS } from "../../fixtures/seed-expectations";

const VARIANTS: Variant[] = ["A", "C", "D"];
const E1 = SEED_EXPECTATIONS[0];

/** What the parser read, position by position: enough to compare two renderings of one form. */
function groupShape(form: ParsedForm, rowShift = 0) {
  return form.groups.map((g) => ({
    firstRow: g.firstRow - rowShift,
    lastRow: g.lastRow - rowShift,
    weight: g.weight.value,
    score: g.score.value,
    indicators: g.indicators.filter((i) => !i.blank).map((i) => i.row - rowShift),
  }));
}

function figures(r: FormReport) {
  return { project: r.project, entered: r.entered, computed: r.computed };
}

function expectValid(reports: FormReport[]) {
  for (const r of reports) expect(() => FormReportSchema.parse(r)).not.toThrow();
}

// DEFECT_FORM's 总分 row: 9 indicator rows under the header (see test/fixtures/forms.ts).
const DEFECT_TABLE_ROWS = 9;

describe.each(VARIANTS)("offsets and origins (variant %s)", (variant) => {
  const L = VARIANT_LAYOUTS[variant];
  const dr = 6;
  const dc = 2;

  it("a form rendered at G3… keeps every finding on the same form cell, moved by the offset", () => {
    const base = checkGrid(formGrid(SEED_FORM_1, "S", { variant }));
    const moved = checkGrid(formGrid(SEED_FORM_1, "S", { variant, startRow: dr, startCol: dc }));
    expect(moved).toHaveLength(1);
    const rows = expectedRows(variant, tableRowCount(E1), E1.narrativeRows);
    expect(moved[0].range).toBe(`${columnLetters(dc)}${dr + 1}:${columnLetters(dc + L.width - 1)}${rows.last + dr + 1}`);
    expect(figures(moved[0])).toEqual(figures(base[0]));
    expect(moved[0].findings).toEqual(base[0].findings.map((f) => shiftFinding(f, dr, dc)));
    expectValid(moved);
  });

  it("the 总分 finding and the total fix name the moved 总分 cell", () => {
    const rows = expectedRows(variant, DEFECT_TABLE_ROWS, 0);
    const totalCell = `${columnLetters(L.ind.score + dc)}${rows.total + dr + 1}`;
    const [r] = checkGrid(formGrid(DEFECT_FORM, "S", { variant, startRow: dr, startCol: dc }));
    expect(byRule(r, "total")).toEqual([expect.objectContaining({ cell: totalCell, row: rows.total + dr + 1 })]);
    expect(r.fixes.find((f) => f.purpose === "total")).toMatchObject({ cell: totalCell, row: rows.total + dr + 1, col: L.ind.score + dc });
  });

  it("a grid whose origin is not A1 (a used range starting at the form) gives the same reports", () => {
    const full = formGrid(DEFECT_FORM, "S", { variant, startRow: dr, startCol: dc });
    const sliced = sliceToOrigin(full, dr, dc);
    expect(sliced.origin).toEqual({ row: dr, col: dc });
    expect(checkGrid(sliced)).toEqual(checkGrid(full));
    const rows = expectedRows(variant, DEFECT_TABLE_ROWS, 0);
    const [r] = checkGrid(sliced);
    expect(byRule(r, "total")[0].cell).toBe(`${columnLetters(L.ind.score + dc)}${rows.total + dr + 1}`);
    expect(byRule(r, "exec-rate")[0].cell).toBe(`${columnLetters(L.fund.rate + dc)}${rows.fundTotal + dr + 1}`);
  });

  it("an origin inside the blank margin (used range starts at B4 for a form at C7) gives the same reports", () => {
    const full = formGrid(SEED_FORM_1, "S", { variant, startRow: dr, startCol: dc });
    expect(checkGrid(sliceToOrigin(full, 3, 1))).toEqual(checkGrid(full));
  });
});

// Noise a scanned or hand-edited template adds to header and label cells: bracketed (A)/(B) suffixes,
// line breaks, full-width and ASCII spaces, trailing colons.
const EXTRA_NOISE: Record<string, string> = {
  年度指标值: "年度指标值（A）",
  指标值: "指标值\n（A）",
  实际完成值: "实际完成值（B）",
  全年实际值: "全年实际值(B)",
  完成值: "完成值（B）",
  分值: "分 值",
  权重: "权重\n（分）",
  得分: "得　分\n",
  一级指标: "一级\n指标",
  二级指标: " 二级指标 ",
  偏差原因分析及改进措施: "偏差原因分析及改进措施（100字以内）",
  未完成原因分析: "未完成原因分析\r\n",
  全年预算数: "全年预算数（A）",
  全年执行数: "全年执行数（B）",
  执行率: "执行率（B/A）",
  调整后预算数: "调整后预算数\n（A）",
  预算执行数: "预算执行数（B）",
  预算执行率: "预算执行率(B/A)",
  年初预算数: "年初\n预算数",
  年度资金总额: "年度资金总额：",
  项目名称: "项目名称：",
  总分: "总  分",
};

describe.each(VARIANTS)("noisy headers (variant %s)", (variant) => {
  it.each(SEED_EXPECTATIONS.map((e, i) => [i + 1, e] as const))("seed form %i: the renderer's noisy headers change nothing", (_n, e) => {
    const clean = checkGrid(formGrid(e.spec, "S", { variant }));
    const noisy = checkGrid(formGrid(e.spec, "S", { variant, noisyHeaders: true }));
    expect(noisy).toEqual(clean);
    expect(noisy[0].entered.total).toBe(e.enteredTotal);
  });

  it.each(SEED_EXPECTATIONS.map((e, i) => [i + 1, e] as const))(
    "seed form %i: (A)/(B) suffixes, breaks, spaces and colons change nothing",
    (_n, e) => {
      const base = formGrid(e.spec, "S", { variant });
      const noisy = replaceTexts(base, EXTRA_NOISE);
      expect(noisy.values).not.toEqual(base.values);
      const [clean] = checkGrid(base);
      const got = checkGrid(noisy);
      expect(got).toHaveLength(1);
      expect(figures(got[0])).toEqual(figures(clean));
      expect(groupShape(parsedForms(noisy)[0])).toEqual(groupShape(parsedForms(base)[0]));
      expect(got[0].findings.map((f) => [f.rule, f.cell, f.row])).toEqual(clean.findings.map((f) => [f.rule, f.cell, f.row]));
    },
  );
});

describe.each(VARIANTS)("blank rows inside the form (variant %s)", (variant) => {
  const rows = expectedRows(variant, tableRowCount(E1), E1.narrativeRows);
  const base = formGrid(SEED_FORM_1, "S", { variant });
  const [baseReport] = checkGrid(base);

  it("the renderer's blank rows (after the fund block and before 总分) keep groups and totals", () => {
    const g = formGrid(SEED_FORM_1, "S", { variant, blankRows: true });
    const [r] = checkGrid(g);
    expect(figures(r)).toEqual(figures(baseReport));
    // One blank row above the table moves every group down by one. (The blank row before 总分 may join the
    // last group's row span, so lastRow is left out here; its indicators are compared.)
    const noLast = (x: ReturnType<typeof groupShape>) => x.map(({ lastRow: _l, ...rest }) => rest);
    expect(noLast(groupShape(parsedForms(g)[0], 1))).toEqual(noLast(groupShape(parsedForms(base)[0])));
    expect(parsedForms(g)[0].total?.row).toBe(rows.total + 2);
  });

  // Sheet rows (0-based) to insert a blank row before, from form 1's group offsets: 数量 0–4, 质量 5–7, 时效 8–9.
  const cases: [string, number][] = [
    ["right under the indicator header", rows.firstIndicator],
    ["inside the merged 数量指标 group", rows.firstIndicator + 2],
    ["between 质量指标 and 时效指标", rows.firstIndicator + 8],
    ["between the fund block and the goals", rows.fundTotal + 1 + VARIANT_LAYOUTS[variant].subRows],
  ];
  it.each(cases)("a blank row %s moves findings, not meanings", (_label, at) => {
    const g = insertBlankRow(base, at);
    const [r] = checkGrid(g);
    expect(figures(r)).toEqual(figures(baseReport));
    expect(r.findings).toEqual(baseReport.findings.map((f) => shiftFindingAfterInsert(f, { row: at })));
    const form = parsedForms(g)[0];
    expect(form.groups).toHaveLength(E1.groups.length);
    expect(form.groups.map((x) => x.indicators.filter((i) => !i.blank).length)).toEqual(E1.groups.map((x) => x.indicators));
    expect(r.findings.map((f) => contractViolation(form, f)).filter(Boolean)).toEqual([]);
  });
});

describe.each(VARIANTS)("blank columns inside the form (variant %s)", (variant) => {
  const L = VARIANT_LAYOUTS[variant];
  const base = formGrid(SEED_FORM_1, "S", { variant });
  const [baseReport] = checkGrid(base);
  const rows = expectedRows(variant, tableRowCount(E1), E1.narrativeRows);

  // Columns to insert an empty column before: after 三级指标, before the score column, before the last column.
  const cases: [string, number][] = [
    ["after 三级指标", L.ind.level3 + 1],
    ["before 得分", L.ind.score],
    ["before the last column", L.width - 1],
  ];
  it.each(cases)("an empty column %s moves findings, not meanings", (_label, at) => {
    const g = insertBlankColumn(base, at);
    const [r] = checkGrid(g);
    expect(figures(r)).toEqual(figures(baseReport));
    expect(r.range).toBe(`A1:${columnLetters(L.width)}${rows.last + 1}`);
    expect(r.findings).toEqual(baseReport.findings.map((f) => shiftFindingAfterInsert(f, { col: at })));
    const scoreCol = L.ind.score >= at ? L.ind.score + 1 : L.ind.score;
    expect(r.fixes.find((f) => f.purpose === "total")?.cell).toBe(`${columnLetters(scoreCol)}${rows.total + 1}`);
    expect(groupShape(parsedForms(g)[0])).toEqual(groupShape(parsedForms(base)[0]));
  });

  // Regression (bug found here, fixed in 6628ee0): locate-forms.ts skeletons() took the label column to be
  // exactly firstCol − 1 and findTotalRow() looked for 总分 only from there, so a spacer column between the
  // 绩效指标/总分 labels and 一级指标 hid the 总分 row; the table ran on into the narrative.
  it("an empty column between the label column and 一级指标 still finds the 总分 row", () => {
    const [r] = checkGrid(insertBlankColumn(base, 1));
    expect(r.range).toBe(`A1:${columnLetters(L.width)}${rows.last + 1}`);
    expect(r.entered.total).toBe(90.6);
    expect(byRule(r, "total")).toEqual([]);
  });
});

describe.each(VARIANTS)("merged label cells (variant %s)", (variant) => {
  const L = VARIANT_LAYOUTS[variant];
  const base = formGrid(SEED_FORM_1, "S", { variant });
  const [baseReport] = checkGrid(base);
  const rows = expectedRows(variant, tableRowCount(E1), E1.narrativeRows);

  it("三级指标 cells merged across two columns are read from their top-left cell", () => {
    let g = insertBlankColumn(base, L.ind.level3 + 1);
    const wide = [];
    for (let r = rows.indicatorHeader; r < rows.total; r++) wide.push({ top: r, left: L.ind.level3, bottom: r, right: L.ind.level3 + 1 });
    g = { ...g, merges: [...g.merges, ...wide] };
    const [r] = checkGrid(g);
    expect(figures(r)).toEqual(figures(baseReport));
    expect(r.findings).toEqual(baseReport.findings.map((f) => shiftFindingAfterInsert(f, { col: L.ind.level3 + 1 })));
    const form = parsedForms(g)[0];
    expect(form.groups[0].indicators.map((i) => i.level3)).toEqual(SEED_FORM_1.groups[0].rows.map((x) => x.level3));
  });

  it("the 一级指标 labels merged down their groups label every group", () => {
    const form = parsedForms(base)[0];
    expect(form.groups.map((x) => x.level1)).toEqual(E1.groups.map((x) => x.level1));
  });

  // Regression (bug found here, fixed in 6628ee0): same cause as the spacer column above. Labels merged
  // across A:B (项目名称, 项目资金, 绩效指标, 总分) lost the 总分 row.
  it("labels merged across two columns (A:B) still give the 总分 row and the whole range", () => {
    const [r] = checkGrid(widenLabelColumn(base));
    expect(r.range).toBe(`A1:${columnLetters(L.width)}${rows.last + 1}`);
    expect(r.entered.total).toBe(90.6);
    expect(byRule(r, "total")).toEqual([]);
  });

  it("labels merged across two columns still give the project, the fund block and the groups", () => {
    const g = widenLabelColumn(base);
    const [r] = checkGrid(g);
    expect(r.project).toBe(E1.project);
    expect(r.computed.execRate).toBe(0.6667);
    const form = parsedForms(g)[0];
    expect(form.groups.slice(0, E1.groups.length).map((x) => [x.weight.value, x.score.value])).toEqual(
      E1.groups.map((x) => [x.weight, x.score]),
    );
  });
});

describe.each(VARIANTS)("merged 分值/得分/reason groups with and without merge information (variant %s)", (variant) => {
  it.each(SEED_EXPECTATIONS.map((e, i) => [i + 1, e] as const))(
    "seed form %i: without merges the groups are read from the blank cells under the written 分值",
    (_n, e) => {
      const merged = formGrid(e.spec, "S", { variant });
      const bare: Grid = withoutMerges(merged);
      expect(bare.merges).toEqual([]);
      const withMerges = parsedForms(merged)[0];
      const without = parsedForms(bare)[0];
      expect(groupShape(without)).toEqual(groupShape(withMerges));
      expect(without.groups.map((g) => g.level2)).toEqual(e.groups.map((g) => g.level2));
      const [r] = checkGrid(bare);
      expect(r.entered.total).toBe(e.enteredTotal);
      expect(r.computed.total).toBeCloseTo(e.computedTotal, 9);
      expect(r.computed.execRate).toBe(e.computedRate);
      expect(r.range).toBe(checkGrid(merged)[0].range);
      expect(r.findings.map((f) => contractViolation(without, f)).filter(Boolean)).toEqual([]);
    },
  );

  it.each(SEED_EXPECTATIONS.map((e, i) => [i + 1, e] as const))("seed form %i: the merged reason is the group's reason", (_n, e) => {
    const merged = parsedForms(formGrid(e.spec, "S", { variant }))[0];
    const bare = parsedForms(withoutMerges(formGrid(e.spec, "S", { variant })))[0];
    e.spec.groups.forEach((spec, i) => {
      const expected = spec.reason ?? spec.rows.map((x) => x.reason).find(Boolean) ?? "";
      expect(merged.groups[i].reason, spec.level2).toBe(expected);
      expect(bare.groups[i].reason, spec.level2).toBe(expected);
    });
  });

  // Regression (bug found here, fixed in 6628ee0): parse-groups.ts labelReader() reset the fill-down at
  // every new score group when the label cell was blank and unmerged. Without merge information the 一级
  // label is written only on its first row, so 质量/时效/成本 … got level1 "".
  it.each(SEED_EXPECTATIONS.map((e, i) => [i + 1, e] as const))(
    "seed form %i: without merges every group keeps its 一级指标 label (fill-down)",
    (_n, e) => {
      const bare = parsedForms(withoutMerges(formGrid(e.spec, "S", { variant })))[0];
      expect(bare.groups.map((g) => g.level1)).toEqual(e.groups.map((g) => g.level1));
    },
  );

  // Regression (fixed in 6628ee0): with the labelReader() reset above, weight-policy summed only the first
  // group of each 一级, so its message differed from the merged grid's.
  it("seed form 1: the weight-policy finding is the same with and without merges", () => {
    const [merged] = checkGrid(formGrid(SEED_FORM_1, "S", { variant }));
    const [bare] = checkGrid(withoutMerges(formGrid(SEED_FORM_1, "S", { variant })));
    expect(byRule(bare, "weight-policy")).toEqual(byRule(merged, "weight-policy"));
  });
});
