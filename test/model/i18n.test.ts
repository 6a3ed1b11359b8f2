// One way to produce text: every message id is worded by both catalogues from data. SAMPLES is typed as the whole
// parameter map, so a message added without a sample (or a sample of the wrong shape) does not compile.
import { describe, expect, it } from "vitest";
import { CATALOGUES, formatMessage, type MessageId, type MessageParamMap } from "../../src/model/i18n";

const cell = (cellRef: string, value: string) => ({ cell: cellRef, value });
const SAMPLES: { [M in MessageId]: MessageParamMap[M] } = {
  "reason-missing.empty": { score: 18, weight: 20 },
  "reason-missing.none": { score: 18, weight: 20, lost: 2, reason: "NONE" },
  "reason-without-deduction": { score: 10, reason: "LATE" },
  "actual-vs-score.missed-full": { indicator: "IND", actual: "400", target: "500", score: 20 },
  "actual-vs-score.over-full": { indicator: "IND", actual: "120", target: "100", score: 5 },
  "actual-vs-score.met-deducted": { lost: 2, score: 18, weight: 20 },
  "actual-vs-score.tier": { actual: "DONE", tier: 1, low: 8, high: 10, score: 7 },
  "actual-unmeasurable.text": { target: "95%", actual: "ALL" },
  "actual-unmeasurable.error": { indicator: "IND", error: "#REF!" },
  "actual-unmeasurable.empty": { target: "95%", actual: "" },
  "actual-unmeasurable.unit": { target: "500", actual: "95%" },
  "score-formula": { ratios: [0.8, 1], expected: 18, score: 10 },
  "target-unmeasurable.repeats": { target: "IND" },
  "target-unmeasurable.vague": { target: "MORE" },
  "target-unmeasurable.placeholder": { indicator: "IND", target: "*" },
  "target-unmeasurable.error": { indicator: "IND", error: "#N/A" },
  "target-unmeasurable.empty": { indicator: "IND" },
  "score-range.missing": { weight: "20" },
  "score-range.not-number": { score: "EIGHTEEN" },
  "score-range.negative": { score: -1 },
  "score-range.above": { score: 25, weight: 20 },
  "score-range.no-weight": { score: 5 },
  "score-range.error": { error: "#REF!" },
  "score-range.weight-error": { error: "#DIV/0!" },
  "score-as-text": { cell: "H13" },
  "formula-uncomputed": { cell: "H19", count: 3 },
  "exec-rate.mismatch": { written: 0.66, executed: 100, budget: 150, computed: 0.6667 },
  "exec-rate.no-budget": {},
  "exec-rate.over-budget": { executed: 110, budget: 100, computed: 1.1 },
  "exec-rate.fund-blank": {},
  "exec-rate.no-executed": {},
  "exec-rate.error": { error: "#REF!", executed: 95, budget: 100, computed: 0.95 },
  "exec-rate.fund-error": { field: "executed", error: "#REF!" },
  "exec-rate.blank": { computed: 0.95 },
  "exec-score.mismatch": { written: 8, computed: 9.5, weight: 10, rate: 0.95 },
  "exec-score.truncated": { written: 6.6, computed: 6.67, weight: 10, rate: 0.6667 },
  "fund-breakdown.mismatch": { column: "initial", total: 100, sum: 90 },
  "fund-breakdown.blank": {},
  "weight-sum": { exec: 10, indicators: 95, sum: 105 },
  "weight-policy": {
    weights: { output: 40, benefit: 40, satisfaction: 10 },
    exec: null,
    standard: { output: 50, benefit: 30, satisfaction: 10 },
    standardExec: 10,
  },
  "cost-direction": { indicator: "IND", target: "≥50" },
  "over-achievement": { indicator: "IND", actual: "700", target: "500", ratio: 1.4 },
  "total.missing": { computed: 99.5 },
  "total.no-row": { computed: 99.5 },
  "total.error": { error: "#REF!", computed: 99.5 },
  "total.score-error": { cell: "H13", error: "#REF!" },
  "total.mismatch": { written: "N/A", computed: 99.5 },
  grade: { written: "B", computed: "优", total: 99.5 },
  "required-field": { field: "implementer" },
  "empty-row-text": { indicator: "ROW", reason: "NONE" },
  "form-empty": {},
  "fix-skipped.no-rows": {},
  "fix-skipped.error": cell("H13", "#REF!"),
  "fix-skipped.text": cell("H13", "X"),
  "fix-skipped.mismatch": { formula: 99, computed: 99.5 },
};

const CJK = /[\u4e00-\u9fff]/;
const ids = Object.keys(SAMPLES) as MessageId[];

describe("the message catalogues", () => {
  it("hold the same messages in both languages", () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.zh).sort());
    expect(Object.keys(CATALOGUES.zh).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("word %s in Chinese and in English from the same data", (id) => {
    const zh = formatMessage(id, SAMPLES[id], "zh");
    const en = formatMessage(id, SAMPLES[id], "en");
    expect(zh).toMatch(CJK);
    // The sample data is ASCII except the grade 优, so any other Chinese in English text is untranslated.
    expect(en.replace(/优/g, "")).not.toMatch(CJK);
    for (const text of [zh, en]) expect(text).not.toMatch(/undefined|NaN|\[object|null/);
  });

  it("name keys in each language's words: a field, a fund column, the 一级 categories", () => {
    expect(formatMessage("required-field", { field: "implementer" }, "zh")).toBe("实施单位未填写");
    expect(formatMessage("required-field", { field: "implementer" }, "en")).toBe("Implementing unit is blank");
    expect(formatMessage("fund-breakdown.mismatch", SAMPLES["fund-breakdown.mismatch"], "zh")).toBe(
      "年初预算数：年度资金总额100与其中各项合计90不一致",
    );
    expect(formatMessage("weight-policy", SAMPLES["weight-policy"], "zh")).toBe(
      "一级指标分值为产出40/效益40/满意度10，与统一设置产出50/效益30/满意度10（执行率10）不同，如有特殊情况请说明",
    );
  });

  it("format numbers in the words: rates with two decimals, ratios as percentages", () => {
    expect(formatMessage("exec-rate.mismatch", SAMPLES["exec-rate.mismatch"], "zh")).toBe(
      "执行率填写为66.00%，按全年执行数100÷全年预算数150应为66.67%",
    );
    expect(formatMessage("score-formula", SAMPLES["score-formula"], "en")).toContain("(80%, 100%)");
  });
});
