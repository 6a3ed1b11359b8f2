import { describe, expect, it } from "vitest";
import { columnLetters } from "../../../src/model/grid/address";
import { checkGrid } from "../../../src/model/check";
import { ParsedFormSchema } from "../../../src/model/parse/form";
import { locateForms } from "../../../src/model/locate";
import { parseForm } from "../../../src/model/parse/parse-form";
import { FormReportSchema } from "../../../src/model/report/report";
import { SheetView } from "../../../src/model/grid/sheet-view";
import { formGrid, type Variant } from "../../../scripts/forms/render-form";
import { contractViolation, parsedForms } from "../../fixtures/contract";
import { byRule } from "../../fixtures/grid-tools";
import { expectedRows, SEED_EXPECTATIONS, tableRowCount, VARIANT_LAYOUTS } from "../../fixtures/seed-expectations";

const VARIANTS: Variant[] = ["A", "C", "D"];

describe.each(VARIANTS)("seed forms in variant %s", (variant) => {
  const L = VARIANT_LAYOUTS[variant];

  describe.each(SEED_EXPECTATIONS.map((e, i) => [i + 1, e] as const))("seed form %i", (n, e) => {
    const grid = formGrid(e.spec, `表${n}`, { variant });
    const rows = expectedRows(variant, tableRowCount(e), e.narrativeRows);
    const view = new SheetView(grid);
    const layouts = locateForms(view);
    const reports = checkGrid(grid);

    it("finds exactly one form, spanning the whole rendered block", () => {
      expect(layouts).toHaveLength(1);
      expect(reports).toHaveLength(1);
      expect(reports[0].sheet).toBe(`表${n}`);
      expect(reports[0].range).toBe(`A1:${L.lastColLetter}${rows.last + 1}`);
    });

    it("reads the project name and the fund block's 全年预算数 / 全年执行数", () => {
      const form = parseForm(view, layouts[0]);
      expect(reports[0].project).toBe(e.project);
      expect(form.fields.project?.value.value).toBe(e.project);
      expect(form.fund).not.toBeNull();
      expect(form.fund?.total.row).toBe(rows.fundTotal);
      expect(form.fund?.total.budget.value).toBe(e.budget);
      expect(form.fund?.total.budget.pos).toEqual({ row: rows.fundTotal, col: L.fund.budget });
      expect(form.fund?.total.executed.value).toBe(e.executed);
      expect(form.fund?.total.executed.pos).toEqual({ row: rows.fundTotal, col: L.fund.executed });
      expect(form.fund?.sub).toHaveLength(L.subRows);
    });

    it("reads the indicator table's columns from its header row", () => {
      expect(layouts[0].table.headerRow).toBe(rows.indicatorHeader);
      expect(layouts[0].table.cols).toMatchObject({
        level3: L.ind.level3,
        target: L.ind.target,
        actual: L.ind.actual,
        weight: L.ind.weight,
        score: L.ind.score,
        reason: L.ind.reason,
      });
    });

    it("reads every 二级 group with its rows, 分值 and 得分 (merged once per group)", () => {
      const form = ParsedFormSchema.parse(parseForm(view, layouts[0]));
      expect(form.groups).toHaveLength(e.groups.length);
      let row = rows.firstIndicator;
      form.groups.forEach((group, i) => {
        const x = e.groups[i];
        expect({ level1: group.level1, level2: group.level2 }, `group ${i + 1}`).toEqual({ level1: x.level1, level2: x.level2 });
        expect(group.firstRow, `${x.level2} first row`).toBe(row);
        expect(group.lastRow, `${x.level2} last row`).toBe(row + x.rows - 1);
        expect(group.indicators, x.level2).toHaveLength(x.rows);
        expect(
          group.indicators.filter((ind) => !ind.blank),
          x.level2,
        ).toHaveLength(x.indicators);
        expect(group.weight.value, `${x.level2} 分值`).toBe(x.weight);
        expect(group.score.value, `${x.level2} 得分`).toBe(x.score);
        expect(group.score.pos).toEqual({ row, col: L.ind.score });
        row += x.rows;
      });
      expect(form.tableRows).toEqual({ first: rows.firstIndicator, last: rows.total - 1 });
    });

    it("finds the 总分 row with 分值 100 and the written total", () => {
      const form = parseForm(view, layouts[0]);
      expect(form.total?.row).toBe(rows.total);
      expect(form.total?.weight.value).toBe(100);
      expect(form.total?.score.value).toBe(e.enteredTotal);
      expect(form.total?.score.pos).toEqual({ row: rows.total, col: L.ind.score });
    });

    it("reports entered and computed figures (总分, 执行率, 执行率得分, 等级)", () => {
      const r = reports[0];
      expect(r.entered.total).toBe(e.enteredTotal);
      expect(r.computed.total).toBeCloseTo(e.computedTotal, 9);
      expect(r.entered.execRate).toBeCloseTo(e.enteredRate, 9);
      expect(r.computed.execRate).toBe(e.computedRate);
      expect(r.entered.execScore).toBe(e.enteredExecScore);
      expect(r.computed.execScore).toBe(e.computedExecScore);
      expect(r.entered.grade).toBe(e.enteredGrade);
      expect(r.computed.grade).toBe("优");
    });

    it("the total fix writes the 总分 cell", () => {
      const fix = reports[0].fixes.find((f) => f.purpose === "total");
      expect(fix?.cell).toBe(`${columnLetters(L.ind.score)}${rows.total + 1}`);
      expect(fix?.value).toBeCloseTo(e.computedTotal, 9);
    });

    it("validates against FormReportSchema", () => {
      expect(() => FormReportSchema.parse(reports[0])).not.toThrow();
    });

    it("files every finding under the row the JSON contract names", () => {
      const [form] = parsedForms(grid);
      const violations = reports[0].findings.map((f) => contractViolation(form, f)).filter(Boolean);
      expect(violations).toEqual([]);
      for (const f of reports[0].findings.filter((x) => ["exec-rate", "exec-score", "fund-breakdown"].includes(x.rule))) {
        expect(f.row, f.rule).toBe(rows.fundTotal + 1);
      }
    });
  });

  // docs/rules.md#source-shanxi-jinzhong, form 1: the findings a reviewer expects, pinned to their cells.
  describe("seed form 1 findings sit on the right cells", () => {
    const e = SEED_EXPECTATIONS[0];
    const rows = expectedRows(variant, tableRowCount(e), e.narrativeRows);
    const [report] = checkGrid(formGrid(e.spec, "表1", { variant }));
    const at = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;
    // Offsets of groups in form 1: 数量 0–4, 质量 5–7, 时效 8–9, 成本 10, 经济 11, 社会 12, 生态 13, 可持续 14–15, 满意度 16.
    const first = rows.firstIndicator;

    it("the truncated 66% is an exec-rate error on the 执行率 cell, filed under 年度资金总额", () => {
      const [f] = byRule(report, "exec-rate");
      expect(f).toMatchObject({ severity: "error", cell: at(L.fund.rate, rows.fundTotal), row: rows.fundTotal + 1 });
    });

    it("the written 6.6 is only an exec-score hint on the 得分 cell", () => {
      const [f] = byRule(report, "exec-score");
      expect(f).toMatchObject({ severity: "info", cell: at(L.fund.score, rows.fundTotal), row: rows.fundTotal + 1 });
    });

    it("时效 7/10 with 及时完成 is a score–actual warning on the group's first row", () => {
      const f = byRule(report, "actual-vs-score").find((x) => x.row === first + 8 + 1);
      expect(f).toMatchObject({ severity: "warning", cell: at(L.ind.score, first + 8), highlight: true });
      expect(f?.span).toEqual({ top: first + 8, bottom: first + 9, left: 1, right: L.width - 1 });
    });

    it("满意度 全部完成 against 95% is an unmeasurable-actual error on the 实际完成值 cell", () => {
      const f = byRule(report, "actual-unmeasurable").find((x) => x.row === first + 16 + 1);
      expect(f).toMatchObject({ severity: "error", cell: at(L.ind.actual, first + 16) });
    });

    it("社会效益's target repeating the indicator name is an error on the 年度指标值 cell", () => {
      const f = byRule(report, "target-unmeasurable").find((x) => x.row === first + 12 + 1);
      expect(f).toMatchObject({ severity: "error", cell: at(L.ind.target, first + 12) });
    });

    it("the 总分 reconciles: no total, grade or weight-sum finding", () => {
      expect(report.findings.filter((f) => ["total", "grade", "weight-sum"].includes(f.rule))).toEqual([]);
    });
  });
});

describe("seed form ranges, spelled out", () => {
  // Counted from render-form.ts: A/C are 9 columns (A–I) with 3 其中 rows, D is 11 columns (A–K) with 4;
  // form 1 has 17 table rows and 9 narrative rows, form 2 has 40 and 6, form 3 has 17 and 6.
  const RANGES: Record<Variant, string[]> = {
    A: ["A1:I39", "A1:I59", "A1:I36"],
    C: ["A1:I39", "A1:I59", "A1:I36"],
    D: ["A1:K40", "A1:K60", "A1:K37"],
  };
  it.each(VARIANTS)("variant %s", (variant) => {
    expect(SEED_EXPECTATIONS.map((e) => checkGrid(formGrid(e.spec, "S", { variant }))[0]?.range)).toEqual(RANGES[variant]);
  });
});
