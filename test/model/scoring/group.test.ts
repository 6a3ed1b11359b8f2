import { describe, expect, it } from "vitest";
import { groupScore } from "../../../src/model/scoring";

describe("groupScore", () => {
  it("mean of ratios × weight: [1,1,1,1,0] with 10 → 8", () => {
    expect(groupScore([1, 1, 1, 1, 0], 10)).toBe(8);
  });

  it("min mode takes the weakest row", () => {
    expect(groupScore([1, 0.5, 0.9], 20, "min")).toBe(10);
  });

  it("ratios outside [0, 1] are clamped", () => {
    expect(groupScore([1.5, -1], 10)).toBe(5);
  });

  it("no rows, a NaN ratio or a bad weight → null", () => {
    expect(groupScore([], 10)).toBeNull();
    expect(groupScore([Number.NaN], 10)).toBeNull();
    expect(groupScore([1], -1)).toBeNull();
  });
});
