import { describe, expect, it } from "vitest";
import { deviation } from "../../../src/model/scoring";
import { parseValue } from "../../../src/model/values";

const dv = (t: string | number, a: string | number) => deviation(parseValue(t), parseValue(a));

describe("deviation", () => {
  it("signed (B-A)/A: 0.97 against 98% → -1/98", () => {
    expect(dv("≥98%", 0.97)).toBeCloseTo(-1 / 98, 12);
  });

  it("in base units: 100万元 against 150万元 → -1/3", () => {
    expect(dv("150万元", "100万元")).toBeCloseTo(-1 / 3, 12);
  });

  it("over target is positive: 130 against 100 → 0.3", () => {
    expect(dv("100次", "130次")).toBeCloseTo(0.3, 12);
  });

  it("ranges: 0 inside, from the nearer bound outside", () => {
    expect(dv("50-70次", 60)).toBe(0);
    expect(dv("50-70次", 40)).toBeCloseTo(-0.2, 12);
    expect(dv("50-70次", 84)).toBeCloseTo(0.2, 12);
  });

  it("null when A = 0, not comparable, or not numeric", () => {
    expect(dv("0", "17.99万元")).toBeNull();
    expect(dv("95%", "5万元")).toBeNull();
    expect(dv("95%", "全部完成")).toBeNull();
    expect(dv("及时完成", 5)).toBeNull();
    expect(dv("50次", "50-70次")).toBeNull();
  });
});
