import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE, resolveProfile } from "../../../src/model/scoring/profile";
import { scoreIndicator } from "../../../src/model/scoring";
import { parseValue } from "../../../src/model/values";

const s = (t: string | number, a: string | number, w: number, dir?: Parameters<typeof scoreIndicator>[4], profile = DEFAULT_PROFILE) =>
  scoreIndicator(parseValue(t), parseValue(a), w, profile, dir);

describe("scoreIndicator", () => {
  it("成本 150万元 → 100万元 with weight 10 → 10", () => {
    expect(s("150万元", "100万元", 10)).toBe(10);
  });

  it('"≥98%" vs 0.97 with weight 10 → 10 × 97/98 ≈ 9.898', () => {
    expect(s("≥98%", 0.97, 10)).toBeCloseTo(9.898, 3);
  });

  it("keeps full precision (no rounding)", () => {
    expect(s("≥3次", "2次", 10)).toBeCloseTo(20 / 3, 12);
  });

  it("reverse linear vs ratio: ≤100万元 spent 120万元 with weight 20 → 16 vs 16.667", () => {
    expect(s("≤100万元", "120万元", 20, undefined, resolveProfile({ reverseMode: "linear" }))).toBeCloseTo(16, 12);
    expect(s("≤100万元", "120万元", 20)).toBeCloseTo(50 / 3, 12);
  });

  it("the explicit direction is used: 0 vs 17.99万元 as equal → 0", () => {
    expect(s("0", "17.99万元", 10, "equal")).toBe(0);
  });

  it("not quantitative → null", () => {
    expect(s("95%", "全部完成", 10)).toBeNull();
    expect(s("及时完成", "及时完成", 10)).toBeNull();
    expect(s("95%", "430平米", 10)).toBeNull();
  });

  it("negative or non-finite weight → null", () => {
    expect(s("95%", "95%", -1)).toBeNull();
    expect(s("95%", "95%", Number.NaN)).toBeNull();
  });
});
