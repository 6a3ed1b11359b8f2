import { describe, expect, it } from "vitest";
import { gradeOf } from "../../../src/model/scoring";

describe("gradeOf", () => {
  it.each([
    [0, "差"],
    [59.99, "差"],
    [60, "中"],
    [79.99, "中"],
    [80, "良"],
    [89.99, "良"],
    [90, "优"],
    [100, "优"],
    [90.6, "优"],
    [96, "优"],
    [95, "优"],
    [-5, "差"],
  ] as const)("%d → %s", (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("%d → null", (total) => {
    expect(gradeOf(total)).toBeNull();
  });
});
