// The entered-vs-computed table every host shows, with the seed's form 1 figures: 执行率 written 66% (0.66), recomputed
// 100 ÷ 150 = 66.67%; 执行率得分 6.6 against 6.67; 总分 90.6 both; grade not written, recomputed 优.
import { describe, expect, it } from "vitest";
import { figureTable, formatFigure, formatNumber, formatPercent, formatPercentShort } from "../../../src/model";

const entered = { execRate: 0.66, execScore: 6.6, total: 90.6, grade: null };
const computed = { execRate: 0.6667, execScore: 6.67, total: 90.6, grade: "优" as const };

describe("number display", () => {
  it("formats numbers half-up to two decimals without trailing zeros", () => {
    expect([6.666, 6.6, 10, 90.6, 0.005, 1.005, 2.675].map(formatNumber)).toEqual(["6.67", "6.6", "10", "90.6", "0.01", "1.01", "2.68"]);
  });

  it("formats a rate with exactly two decimals for messages, at most two for tables", () => {
    expect([0.6667, 0.95].map(formatPercent)).toEqual(["66.67%", "95.00%"]);
    expect([0.6667, 0.66, 1.4].map(formatPercentShort)).toEqual(["66.67%", "66%", "140%"]);
  });
});

describe("figureTable", () => {
  it("names the columns 填报值 / 复算值 and the figures 执行率, 执行率得分, 总分, 等级", () => {
    const t = figureTable(entered, computed, "zh");
    expect(t.header).toEqual({ item: "项目", entered: "填报值", computed: "复算值" });
    expect(t.rows).toEqual([
      { key: "execRate", label: "执行率", entered: "66%", computed: "66.67%", differs: true },
      { key: "execScore", label: "执行率得分", entered: "6.6", computed: "6.67", differs: true },
      { key: "total", label: "总分", entered: "90.6", computed: "90.6", differs: false },
      // Not written: shown as a dash, and not called different (the grade rule's business).
      { key: "grade", label: "等级", entered: "—", computed: "优", differs: false },
    ]);
  });

  it("speaks English with the same numbers", () => {
    const t = figureTable(entered, computed, "en");
    expect(t.header).toEqual({ item: "Item", entered: "Entered", computed: "Recomputed" });
    expect(t.rows.map((r) => r.label)).toEqual(["Execution rate", "Execution score", "Total", "Grade"]);
  });

  it("does not call a gap hidden by display different", () => {
    expect(figureTable({ ...entered, execScore: 6.671 }, computed, "zh").rows[1].differs).toBe(false);
  });

  it("shows a missing figure as the host's placeholder", () => {
    expect(formatFigure("total", null, "")).toBe("");
    expect(formatFigure("execRate", 1)).toBe("100%");
  });
});
