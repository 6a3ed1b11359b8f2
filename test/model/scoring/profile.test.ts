import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE, resolveProfile } from "../../../src/model/scoring/profile";

describe("profile", () => {
  it("defaults follow the brief: ratio, vendor, half-up, 2 digits, 0.1, 0.005, 1.2, [0.8, 0.6]", () => {
    expect(DEFAULT_PROFILE).toEqual({
      reverseMode: "ratio",
      equalMode: "vendor",
      rounding: "half-up",
      digits: 2,
      scoreTolerance: 0.1,
      rateTolerance: 0.005,
      overAchievement: 1.2,
      qualitativeTiers: [0.8, 0.6],
    });
  });

  it("resolveProfile() with nothing gives the defaults", () => {
    expect(resolveProfile()).toEqual(DEFAULT_PROFILE);
    expect(resolveProfile(null)).toEqual(DEFAULT_PROFILE);
  });

  it("keeps valid overrides and fills the rest", () => {
    const p = resolveProfile({ reverseMode: "linear", digits: 1, rounding: "truncate" });
    expect(p).toMatchObject({ reverseMode: "linear", digits: 1, rounding: "truncate", equalMode: "vendor", scoreTolerance: 0.1 });
  });

  it("invalid fields fall back to the defaults instead of throwing", () => {
    const bad = {
      reverseMode: "sideways",
      digits: 2.5,
      scoreTolerance: -1,
      rateTolerance: Number.NaN,
      overAchievement: 0,
      qualitativeTiers: [0.5, 0.9],
    } as unknown as Parameters<typeof resolveProfile>[0];
    expect(resolveProfile(bad)).toEqual(DEFAULT_PROFILE);
  });

  it("an explicit undefined does not erase a default", () => {
    expect(resolveProfile({ digits: undefined }).digits).toBe(2);
  });

  it("the result is a fresh object: changing it leaves the defaults alone", () => {
    const p = resolveProfile();
    p.qualitativeTiers[0] = 0.9;
    expect(DEFAULT_PROFILE.qualitativeTiers[0]).toBe(0.8);
  });
});
