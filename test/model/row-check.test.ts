import { describe, expect, it } from "vitest";
import { checkRow } from "../../src/model";

describe("checkRow (PERF.CHECK)", () => {
  it("passes a consistent row", () => {
    expect(checkRow({ target: "≥500人次", actual: "520人次", weight: 20, score: 20, reason: "无偏差" })).toBeNull();
  });
  it("reports points deducted with 无偏差 first", () => {
    expect(checkRow({ target: "≥500人次", actual: "480人次", weight: 20, score: 18, reason: "无偏差" })).toMatchObject({
      rule: "reason-missing",
      severity: "error",
    });
  });
  it("reports a missed target with full marks", () => {
    expect(checkRow({ target: "≥500人次", actual: "400人次", weight: 20, score: 20, reason: null })?.rule).toBe("actual-vs-score");
  });
  it("reports 全部完成 against 95%", () => {
    const v = checkRow({ target: "95%", actual: "全部完成", weight: 10, score: 10, reason: "无偏差" });
    expect(v?.rule).toBe("actual-unmeasurable");
    expect(v?.message).toContain("全部完成");
  });
  it("reads a bare 97 beside ≥98% as 97% (missed), and 0.99 as 99% (met)", () => {
    expect(checkRow({ target: "≥98%", actual: 97, weight: 10, score: 10 })?.rule).toBe("actual-vs-score");
    expect(checkRow({ target: "≥98%", actual: 0.99, weight: 10, score: 10 })).toBeNull();
  });
  it("reports a score above its weight", () => {
    expect(checkRow({ target: "100%", actual: "100%", weight: 10, score: 12, reason: "无偏差" })?.rule).toBe("score-range");
  });
  it("answers in English on request", () => {
    const v = checkRow({ target: "≥500人次", actual: "480人次", weight: 20, score: 18, reason: "" }, { lang: "en" });
    expect(v?.message).toBe("Score 18 is below the weight 20, but no deviation reason is given");
  });
});
