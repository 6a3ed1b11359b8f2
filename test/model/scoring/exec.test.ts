import { describe, expect, it } from "vitest";
import { execRate, execScore, roundTo } from "../../../src/model/scoring";

describe("execRate", () => {
  it("seed form 1: 100 of 150 → 0.6667", () => {
    expect(execRate(150, 100)).toBeCloseTo(2 / 3, 12);
    expect(roundTo(execRate(150, 100)! * 100, 2)).toBe(66.67);
  });

  it("seed forms 2 and 3: fully executed → 1", () => {
    expect(execRate(372.6, 372.6)).toBe(1);
    expect(execRate(93.17, 93.17)).toBe(1);
  });

  it("over-execution is reported as is (1.2), not capped", () => {
    expect(execRate(100, 120)).toBe(1.2);
  });

  it.each([
    [0, 5],
    [-1, 5],
    [null, 5],
    [100, null],
    [Number.NaN, 5],
    [100, Number.POSITIVE_INFINITY],
  ])("budget %s, executed %s → null", (budget, executed) => {
    expect(execRate(budget, executed)).toBeNull();
  });
});

describe("execScore", () => {
  it("seed form 1: 10 × 100/150 = 6.667 (written 6.6 is the 1-decimal truncation)", () => {
    const s = execScore(150, 100)!;
    expect(s).toBeCloseTo(6.6667, 4);
    expect(roundTo(s, 2)).toBe(6.67);
    expect(roundTo(s, 1, "truncate")).toBe(6.6);
  });

  it("seed form 2: 372.6/372.6 → 10", () => {
    expect(execScore(372.6, 372.6)).toBe(10);
  });

  it("caps at the weight when executed exceeds budget", () => {
    expect(execScore(100, 120)).toBe(10);
  });

  it("uses the given weight; null weight means the default 10", () => {
    expect(execScore(100, 50, 20)).toBe(10);
    expect(execScore(100, 50, null)).toBe(5);
  });

  it("a negative executed amount scores 0", () => {
    expect(execScore(100, -10)).toBe(0);
  });

  it("undefined rate or bad weight → null", () => {
    expect(execScore(0, 10)).toBeNull();
    expect(execScore(100, 10, Number.NaN)).toBeNull();
    expect(execScore(100, 10, -5)).toBeNull();
  });
});
