import { describe, expect, it } from "vitest";
import { formatUnit, isPercentFormat } from "../../../src/model/values";

describe("isPercentFormat", () => {
  it.each(["0%", "0.00%", "#,##0.0%", "0.00%;[Red]-0.00%"])("%s is a percent format", (f) => {
    expect(isPercentFormat(f)).toBe(true);
  });

  it.each(["0.00", "General", '0.00"%"', "0\\%", "", null, undefined])("%j is not", (f) => {
    expect(isPercentFormat(f)).toBe(false);
  });
});

describe("formatUnit", () => {
  it('reads 万元 from 0.00"万元"', () => {
    expect(formatUnit('0.00"万元"')).toMatchObject({ unit: { family: "money", label: "万元" }, pow10: 4 });
  });

  it("reads a backslash-escaped unit", () => {
    expect(formatUnit("0\\次")).toMatchObject({ unit: { family: "count", label: "次" } });
  });

  it("ignores literals that are not exactly one unit", () => {
    expect(formatUnit('"合计"0.00')).toBeNull();
    expect(formatUnit("0.00")).toBeNull();
    expect(formatUnit(null)).toBeNull();
  });
});
