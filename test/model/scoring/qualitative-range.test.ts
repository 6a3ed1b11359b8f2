import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE, resolveProfile } from "../../../src/model/scoring/profile";
import { qualitativeRange, tierOfScore } from "../../../src/model/scoring";

describe("qualitativeRange", () => {
  it("weight 10: [8, 10], [6, 8), [0, 6)", () => {
    expect(qualitativeRange(1, 10, DEFAULT_PROFILE)).toEqual([8, 10]);
    expect(qualitativeRange(2, 10, DEFAULT_PROFILE)).toEqual([6, 8]);
    expect(qualitativeRange(3, 10, DEFAULT_PROFILE)).toEqual([0, 6]);
  });

  it("weight 7 gives clean bounds: [5.6, 7], [4.2, 5.6), [0, 4.2)", () => {
    expect(qualitativeRange(1, 7, DEFAULT_PROFILE)).toEqual([5.6, 7]);
    expect(qualitativeRange(2, 7, DEFAULT_PROFILE)).toEqual([4.2, 5.6]);
    expect(qualitativeRange(3, 7, DEFAULT_PROFILE)).toEqual([0, 4.2]);
  });

  it("follows the profile's tiers", () => {
    expect(qualitativeRange(1, 20, resolveProfile({ qualitativeTiers: [0.9, 0.5] }))).toEqual([18, 20]);
  });

  it("a bad weight gives [0, 0]", () => {
    expect(qualitativeRange(1, Number.NaN, DEFAULT_PROFILE)).toEqual([0, 0]);
  });
});

describe("tierOfScore", () => {
  it("seed form 1 时效: 7 of 10 is tier 2, contradicting the tier-1 actual 及时完成", () => {
    expect(tierOfScore(7, 10, DEFAULT_PROFILE)).toBe(2);
  });

  it("bounds are inclusive below: 8 → 1, 6 → 2, 5.99 → 3, 10 → 1, 0 → 3", () => {
    expect(tierOfScore(8, 10, DEFAULT_PROFILE)).toBe(1);
    expect(tierOfScore(6, 10, DEFAULT_PROFILE)).toBe(2);
    expect(tierOfScore(5.99, 10, DEFAULT_PROFILE)).toBe(3);
    expect(tierOfScore(10, 10, DEFAULT_PROFILE)).toBe(1);
    expect(tierOfScore(0, 10, DEFAULT_PROFILE)).toBe(3);
  });

  it("5.6 of 7 is tier 1 despite 0.8 × 7 = 5.6000000000000005 in binary", () => {
    expect(tierOfScore(5.6, 7, DEFAULT_PROFILE)).toBe(1);
  });

  it("a score outside [0, w] has no tier", () => {
    expect(tierOfScore(11, 10, DEFAULT_PROFILE)).toBeNull();
    expect(tierOfScore(-1, 10, DEFAULT_PROFILE)).toBeNull();
  });
});
