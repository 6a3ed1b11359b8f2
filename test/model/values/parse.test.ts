import { describe, expect, it } from "vitest";
import { parseValue } from "../../../src/model/values";

const pct = { family: "percent", label: "%" };
const none = { family: "none", label: "" };

describe("parseValue: number cells", () => {
  it("keeps a plain number as a bare quantity", () => {
    expect(parseValue(150)).toEqual({ kind: "number", comparator: null, value: 150, unit: none, raw: "150" });
  });

  it("reads a %-formatted number as the fraction it already is", () => {
    expect(parseValue(0.95, "0%")).toEqual({ kind: "number", comparator: null, value: 0.95, unit: pct, raw: "0.95" });
    expect(parseValue(0.9567, "0.00%")).toMatchObject({ value: 0.9567, unit: pct });
  });

  it("ignores a format without % or unit", () => {
    expect(parseValue(0.95, "0.00")).toMatchObject({ value: 0.95, unit: none });
  });

  it('scales a number shown with a quoted unit: 150 in 0.00"万元" is 1,500,000 元', () => {
    expect(parseValue(150, '0.00"万元"')).toMatchObject({ value: 1_500_000, unit: { family: "money", label: "万元" } });
  });

  it("treats NaN and ±Infinity as text", () => {
    expect(parseValue(Number.NaN)).toEqual({ kind: "text", raw: "NaN" });
    expect(parseValue(Number.POSITIVE_INFINITY)).toEqual({ kind: "text", raw: "Infinity" });
  });

  it("treats booleans as text", () => {
    expect(parseValue(true)).toEqual({ kind: "text", raw: "TRUE" });
    expect(parseValue(false)).toEqual({ kind: "text", raw: "FALSE" });
  });
});

describe("parseValue: percentages", () => {
  it("95% → 0.95", () => {
    expect(parseValue("95%")).toEqual({ kind: "number", comparator: null, value: 0.95, unit: pct, raw: "95%" });
  });

  it("≥98% → >= 0.98", () => {
    expect(parseValue("≥98%")).toMatchObject({ kind: "number", comparator: ">=", value: 0.98, unit: pct });
  });

  it("100.00% → 1", () => {
    expect(parseValue("100.00%")).toMatchObject({ kind: "number", comparator: null, value: 1, unit: pct });
  });

  it("malformed ≥100百分比 (池州) → >= 1.0 percent", () => {
    expect(parseValue("≥100百分比")).toMatchObject({ kind: "number", comparator: ">=", value: 1, unit: { family: "percent" } });
  });

  it("达标率100%: a word before a lone number keeps the number", () => {
    expect(parseValue("达标率100%")).toMatchObject({ kind: "number", comparator: null, value: 1, unit: pct, raw: "达标率100%" });
  });

  it("full-width digits and ％ are folded: ９５％ → 0.95", () => {
    expect(parseValue("９５％")).toMatchObject({ kind: "number", value: 0.95, unit: pct });
  });
});

describe("parseValue: money, area and counts", () => {
  it("603.25万元 → 6,032,500 元 exactly", () => {
    expect(parseValue("603.25万元")).toMatchObject({ kind: "number", value: 6_032_500, unit: { family: "money", label: "万元" } });
  });

  it("0.84万元 → 8,400 元 exactly (no 8400.000000000001)", () => {
    expect(parseValue("0.84万元")).toMatchObject({ value: 8400 });
  });

  it("≤5万元 → <= 50,000 元", () => {
    expect(parseValue("≤5万元")).toMatchObject({ kind: "number", comparator: "<=", value: 50_000, unit: { family: "money" } });
  });

  it("1.5亿元 → 150,000,000 元", () => {
    expect(parseValue("1.5亿元")).toMatchObject({ value: 150_000_000, unit: { family: "money" } });
  });

  it("430平米 → 430 ㎡", () => {
    expect(parseValue("430平米")).toMatchObject({ kind: "number", value: 430, unit: { family: "area", label: "平米" } });
  });

  it("470.5平方米 → 470.5 ㎡", () => {
    expect(parseValue("470.5平方米")).toMatchObject({ value: 470.5, unit: { family: "area", label: "平方米" } });
  });

  it("470.5㎡ and 470.5m² are area, not a second number", () => {
    expect(parseValue("470.5㎡")).toMatchObject({ kind: "number", value: 470.5, unit: { family: "area" } });
    expect(parseValue("470.5m²")).toMatchObject({ kind: "number", value: 470.5, unit: { family: "area" } });
    expect(parseValue("470.5m2")).toMatchObject({ kind: "number", value: 470.5, unit: { family: "area" } });
  });

  it("全年常驻1人 → 1 count 人", () => {
    expect(parseValue("全年常驻1人")).toMatchObject({ kind: "number", value: 1, unit: { family: "count", label: "人" } });
  });

  it("17头犬 → 17 count 头 (the trailing noun is ignored)", () => {
    expect(parseValue("17头犬")).toMatchObject({ kind: "number", value: 17, unit: { family: "count", label: "头" } });
  });

  it("2万人次 → 20,000 count", () => {
    expect(parseValue("2万人次")).toMatchObject({ value: 20_000, unit: { family: "count", label: "万人次" } });
  });

  it("unknown trailing words become an 'other' unit labelled by the measure word", () => {
    expect(parseValue("12公里")).toMatchObject({ value: 12, unit: { family: "other", label: "公里" } });
    expect(parseValue("8瓶")).toMatchObject({ value: 8, unit: { family: "other", label: "瓶" } });
  });

  it("thousands separators are removed: 1,234.5万元 → 12,345,000", () => {
    expect(parseValue("1,234.5万元")).toMatchObject({ value: 12_345_000 });
  });

  it('"0" → bare 0', () => {
    expect(parseValue("0")).toEqual({ kind: "number", comparator: null, value: 0, unit: none, raw: "0" });
  });
});

describe("parseValue: comparators", () => {
  it.each([
    [">=95%", ">="],
    ["＞=95%", ">="],
    ["不低于95%", ">="],
    ["不少于95%", ">="],
    ["达到95%", ">="],
    ["95%以上", ">="],
    ["≤5万元", "<="],
    ["<=5万元", "<="],
    ["不高于5万元", "<="],
    ["不超过5万元", "<="],
    ["5万元以内", "<="],
    ["5万元以下", "<="],
    ["=100%", "="],
    ["＝100%", "="],
    [">95%", ">"],
    ["大于95%", ">"],
    ["高于95%", ">"],
    ["<5万元", "<"],
    ["小于5万元", "<"],
    ["低于5万元", "<"],
  ])("%s → %s", (input, comparator) => {
    expect(parseValue(input)).toMatchObject({ kind: "number", comparator });
  });

  it("a comparator may sit after a measure name: 满意度≥95%", () => {
    expect(parseValue("满意度≥95%")).toMatchObject({ comparator: ">=", value: 0.95 });
  });

  it("a minus sign right after a comparator makes the number negative: ≤-5%", () => {
    expect(parseValue("≤-5%")).toMatchObject({ comparator: "<=", value: -0.05 });
  });
});

describe("parseValue: ranges", () => {
  const count = { family: "count", label: "次" };

  it.each([
    ["全年50-70次", 50, 70],
    ["40-60次", 40, 60],
    ["150-180次", 150, 180],
    ["50～70次", 50, 70],
    ["50~70次", 50, 70],
    ["50至70次", 50, 70],
    ["50次-70次", 50, 70],
    ["70-50次", 50, 70],
  ])("%s → [%d, %d] 次", (input, low, high) => {
    expect(parseValue(input)).toEqual({ kind: "interval", low, high, unit: count, raw: input });
  });

  it("40%-60% → [0.4, 0.6] percent", () => {
    expect(parseValue("40%-60%")).toMatchObject({ kind: "interval", low: 0.4, high: 0.6, unit: { family: "percent" } });
  });

  it("two numbers that are not a range are text: 2021年完成100%", () => {
    expect(parseValue("2021年完成100%")).toEqual({ kind: "text", raw: "2021年完成100%" });
  });
});

describe("parseValue: text and empty", () => {
  it.each(["全部完成", "及时完成", "大幅提高", "每月巡检、维修", "全年"])("%s → text", (input) => {
    expect(parseValue(input)).toEqual({ kind: "text", raw: input });
  });

  it("several numbers in one cell are unmeasurable as one value", () => {
    const input = "每天160-180人、220人投保以外险、保安保洁12人";
    expect(parseValue(input)).toEqual({ kind: "text", raw: input });
  });

  it.each(["NaN", "Infinity", "-Infinity", "1e400"])("%s → text", (input) => {
    expect(parseValue(input).kind).toBe("text");
  });

  it("a 400-digit number overflows and stays text", () => {
    expect(parseValue("9".repeat(400)).kind).toBe("text");
  });

  it.each([[""], ["  "], ["\u3000"], ["—"], ["——"], ["-"], ["/"]])("%j → empty", (input) => {
    expect(parseValue(input)).toEqual({ kind: "empty", raw: "" });
  });

  it("null → empty", () => {
    expect(parseValue(null)).toEqual({ kind: "empty", raw: "" });
  });

  it("raw keeps the text as written, trimmed", () => {
    expect(parseValue("  １５０万元 ")).toMatchObject({ value: 1_500_000, raw: "１５０万元" });
  });
});
