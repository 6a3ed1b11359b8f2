import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { perfDeviation, perfScore } from "../../src/functions/functions";
import { DEFAULT_PROFILE } from "../../src/model/scoring/profile";
import { deviation, scoreIndicator } from "../../src/model/scoring";
import { parseValue } from "../../src/model/values";
import { errorOf, makeFakeCustomFunctions, outcome } from "./fake-custom-functions";

beforeAll(() => {
  vi.stubGlobal("CustomFunctions", makeFakeCustomFunctions());
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe("PERF.SCORE on the seed's rows", () => {
  it("gives full marks to form 3's 水费 cost: 0.84万元 spent under a 5万元 target (cost is a ≤ indicator)", () => {
    expect(perfScore("5万元", "0.84万元", 10)).toBe(10);
  });

  it("gives full marks to form 1's 工程款: 100万元 of 150万元", () => {
    expect(perfScore("150万元", "100万元", 10)).toBe(10);
  });

  it('refuses to score 满意度 "95%" against "全部完成": the actual is not measurable', () => {
    expect(errorOf(() => perfScore("95%", "全部完成", 10))).toEqual({
      code: "#VALUE!",
      message: "实际完成值“全部完成”不可衡量：年度指标值“95%”是定量指标，请填写实际数值",
    });
  });

  it("scores ≥98% against 97% stored as a number (a %-formatted cell passes 0.97) as 10 × 0.97/0.98", () => {
    expect(perfScore("≥98%", 0.97, 10)).toBeCloseTo((10 * 0.97) / 0.98, 12);
    expect(perfScore("≥98%", 0.97, 10)).toBeCloseTo(9.898, 3);
    expect(perfScore("≥98%", "97%", 10)).toBeCloseTo((10 * 0.97) / 0.98, 12);
  });
});

describe("PERF.SCORE by the national rules (财预〔2020〕10号)", () => {
  it("gives the full weight when a ≥ target is met or exceeded", () => {
    expect(perfScore("≥95%", 0.97, 10)).toBe(10);
    expect(perfScore("≥95%", "95%", 10)).toBe(10);
    expect(perfScore("430平米", "430平米", 20)).toBe(20);
  });

  it("scores a shortfall as weight × actual / target", () => {
    expect(perfScore("430平米", "400平方米", 10)).toBeCloseTo((10 * 400) / 430, 12);
    // A target typed as a percentage cell (0.95) against a percentage written as text.
    expect(perfScore(0.95, "93%", 10)).toBeCloseTo((10 * 0.93) / 0.95, 12);
  });

  it("scores a ≤ target exceeded as weight × target / actual (the printed-note rule)", () => {
    expect(perfScore("≤5万元", "6万元", 10)).toBeCloseTo((10 * 5) / 6, 12);
    expect(perfScore("≤5万元", "4万元", 10)).toBe(10);
  });

  it("gives full marks inside or above a range and weight × actual / low below it", () => {
    expect(perfScore("全年50-70次", "60次", 10)).toBe(10);
    expect(perfScore("50-70次", "80次", 10)).toBe(10);
    expect(perfScore("50-70次", 40, 10)).toBeCloseTo(8, 12);
  });

  it("counts a negative actual as 0", () => {
    expect(perfScore("≥95%", -0.5, 10)).toBe(0);
  });

  it("scores 0 when the weight is 0 and reads a weight written as text", () => {
    expect(perfScore("≥95%", 0.5, 0)).toBe(0);
    expect(perfScore("≥95%", 0.5, "10")).toBeCloseTo((10 * 0.5) / 0.95, 12);
  });
});

describe("PERF.SCORE direction override", () => {
  it('"<=" turns a ≥ target into a cap: 97% over a 95% cap scores 10 × 0.95/0.97', () => {
    expect(perfScore("≥95%", "97%", 10, "<=")).toBeCloseTo((10 * 0.95) / 0.97, 12);
  });

  it('">=" turns a cost cap into a goal: 6万元 against 5万元 is then met', () => {
    expect(perfScore("≤5万元", "6万元", 10, ">=")).toBe(10);
    expect(perfScore("5万元", "4万元", 10, ">=")).toBeCloseTo(8, 12);
  });

  it("accepts the Unicode and Chinese spellings and treats blank as 'read it from the target'", () => {
    expect(perfScore("≥95%", "97%", 10, "≤")).toBeCloseTo((10 * 0.95) / 0.97, 12);
    expect(perfScore("5万元", "4万元", 10, "正向")).toBeCloseTo(8, 12);
    expect(perfScore("5万元", "6万元", 10, null)).toBeCloseTo((10 * 5) / 6, 12);
    expect(perfScore("5万元", "6万元", 10, "")).toBeCloseTo((10 * 5) / 6, 12);
  });

  it("refuses any other direction with #VALUE! listing the accepted ones", () => {
    const err = errorOf(() => perfScore("≥95%", "97%", 10, "up"));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain('">="、"<=" 或 "="');
    expect(err.message).toContain("“up”");
  });

  it("refuses a direction for a text target: it cannot be scored as a number", () => {
    expect(errorOf(() => perfScore("及时完成", "全部完成", 10, ">="))).toEqual({
      code: "#VALUE!",
      message: "年度指标值“及时完成”不是数值，无法按指定方向计分",
    });
  });
});

describe("PERF.SCORE errors", () => {
  it("explains the three qualitative tiers in points for the weight: 8–10, 6–8, 0–6 of 10", () => {
    const err = errorOf(() => perfScore("及时完成", "全部完成", 10));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("达成年度指标 8–10 分");
    expect(err.message).toContain("部分达成年度指标并具有一定效果 6–8 分");
    expect(err.message).toContain("未达成年度指标且效果较差 0–6 分");
    expect(err.message).toContain("80%–100%");
  });

  it("works the tiers out for an odd weight: 7 → 5.6–7, 4.2–5.6, 0–4.2", () => {
    const err = errorOf(() => perfScore("为辖区的治安稳定保驾护航", 1, 7));
    expect(err.message).toContain("5.6–7 分");
    expect(err.message).toContain("4.2–5.6 分");
    expect(err.message).toContain("0–4.2 分");
  });

  it("names a blank actual, a blank target and mismatched units", () => {
    expect(errorOf(() => perfScore("≥95%", null, 10))).toEqual({ code: "#VALUE!", message: "实际完成值为空" });
    expect(errorOf(() => perfScore("", "97%", 10))).toEqual({ code: "#VALUE!", message: "年度指标值为空" });
    expect(errorOf(() => perfScore("430平米", "5万元", 10)).message).toBe("年度指标值“430平米”与实际完成值“5万元”的单位不一致，无法比较");
  });

  it("says a range is not one measured value", () => {
    expect(errorOf(() => perfScore("50-70次", "50-60次", 10)).message).toBe("实际完成值“50-60次”是一个区间，请填写单一的实际数值");
  });

  it("refuses a blank, negative or non-numeric weight", () => {
    expect(errorOf(() => perfScore("≥95%", 0.97, null))).toEqual({ code: "#VALUE!", message: "「分值」为空" });
    expect(errorOf(() => perfScore("≥95%", 0.97, -1))).toEqual({ code: "#VALUE!", message: "「分值」不能为负数（-1）" });
    expect(errorOf(() => perfScore("≥95%", 0.97, "十分")).code).toBe("#VALUE!");
  });
});

describe("PERF.SCORE agrees with the engine", () => {
  const cells = fc.oneof(
    fc.constantFrom("≥95%", "95%", "≤5万元", "5万元", "430平米", "50-70次", "全部完成", "及时完成", "", "—", "100%", "≥100人次"),
    fc.double({ min: -10, max: 1000, noNaN: true }),
    fc.constant(null),
  );

  it("returns scoreIndicator's answer when there is one, else a #VALUE!/#DIV/0! error, never anything else", () => {
    fc.assert(
      fc.property(cells, cells, fc.double({ min: 0, max: 100, noNaN: true }), (target, actual, weight) => {
        const expected = scoreIndicator(parseValue(target), parseValue(actual), weight, DEFAULT_PROFILE);
        const got = outcome(() => perfScore(target, actual, weight));
        if (expected === null) expect("error" in got && got.error.code === "#VALUE!").toBe(true);
        else expect(got).toEqual({ value: expected });
      }),
      { numRuns: 300 },
    );
  });
});

describe("PERF.DEVIATION", () => {
  it("gives (B−A)/A with its sign: 97% against ≥95% is +2.1%, 0.84万元 against 5万元 is −83.2%", () => {
    expect(perfDeviation("≥95%", 0.97)).toBeCloseTo((0.97 - 0.95) / 0.95, 12);
    expect(perfDeviation("5万元", "0.84万元")).toBeCloseTo(-0.832, 12);
    expect(perfDeviation("150万元", "100万元")).toBeCloseTo(-1 / 3, 12);
  });

  it("is 0 inside a range and measured from the nearer bound outside it", () => {
    expect(perfDeviation("50-70次", "60次")).toBe(0);
    expect(perfDeviation("50-70次", "80次")).toBeCloseTo(10 / 70, 12);
    expect(perfDeviation("50-70次", "40次")).toBeCloseTo(-0.2, 12);
  });

  it("returns #DIV/0! for a zero target", () => {
    expect(errorOf(() => perfDeviation(0, 5))).toEqual({ code: "#DIV/0!", message: "年度指标值为 0，无法计算相对偏差" });
  });

  it("explains why a pair has no deviation", () => {
    expect(errorOf(() => perfDeviation("95%", "全部完成")).message).toBe(
      "实际完成值“全部完成”不可衡量：年度指标值“95%”是定量指标，请填写实际数值",
    );
    expect(errorOf(() => perfDeviation("及时完成", 1)).message).toBe("年度指标值“及时完成”不是数值，无法计算偏差率");
    expect(errorOf(() => perfDeviation("430平米", "5万元")).message).toContain("单位不一致");
    expect(errorOf(() => perfDeviation(null, 1)).message).toBe("年度指标值为空");
    expect(errorOf(() => perfDeviation(1, null)).message).toBe("实际完成值为空");
    expect(errorOf(() => perfDeviation("50-70次", "50-60次")).message).toContain("是一个区间");
  });

  it("agrees with the engine's deviation()", () => {
    const pairs: [unknown, unknown][] = [
      ["≥95%", 0.97],
      ["5万元", "0.84万元"],
      ["50-70次", "80次"],
      [3, 4.5],
      ["≤10天", "12天"],
    ];
    for (const [t, a] of pairs) {
      expect(perfDeviation(t, a)).toBe(deviation(parseValue(t as string | number), parseValue(a as string | number)));
    }
  });
});
