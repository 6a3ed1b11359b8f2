import { describe, expect, it } from "vitest";
import { parseValue, sameUnitFamily } from "../../../src/model/values";

const p = (x: string | number) => parseValue(x);

describe("sameUnitFamily", () => {
  it("percent vs money is not comparable", () => {
    expect(sameUnitFamily(p("95%"), p("5万元"))).toBe(false);
  });

  it("a bare number matches any family", () => {
    expect(sameUnitFamily(p("≥98%"), p(0.97))).toBe(true);
    expect(sameUnitFamily(p(6_000_000), p("600万元"))).toBe(true);
  });

  it("money in 万元 and 元 is one family", () => {
    expect(sameUnitFamily(p("5万元"), p("8400元"))).toBe(true);
  });

  it("counts with different measure words are one family", () => {
    expect(sameUnitFamily(p("50次"), p("60人次"))).toBe(true);
  });

  it("'other' units compare by label", () => {
    expect(sameUnitFamily(p("12公里"), p("10公里"))).toBe(true);
    expect(sameUnitFamily(p("12公里"), p("10吨"))).toBe(false);
  });

  it("ranges compare like numbers", () => {
    expect(sameUnitFamily(p("50-70次"), p("60次"))).toBe(true);
    expect(sameUnitFamily(p("50-70次"), p("60%"))).toBe(false);
  });

  it("text or empty on either side is never comparable", () => {
    expect(sameUnitFamily(p("95%"), p("全部完成"))).toBe(false);
    expect(sameUnitFamily(p(""), p("95%"))).toBe(false);
  });
});
