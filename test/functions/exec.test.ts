import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { perfExecRate, perfExecScore } from "../../src/functions/functions";
import { execRate, execScore } from "../../src/model/scoring";
import { errorOf, makeFakeCustomFunctions } from "./fake-custom-functions";

beforeAll(() => {
  vi.stubGlobal("CustomFunctions", makeFakeCustomFunctions());
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const DIV0_MESSAGE = "全年预算数为 0 或为空，无法计算预算执行率";

describe("PERF.EXECRATE", () => {
  it("gives form 1's rate: 100 executed of 150 budgeted is two thirds (66.67%, not the 66% the form shows)", () => {
    const rate = perfExecRate(150, 100);
    expect(rate).toBeCloseTo(2 / 3, 12);
    expect(rate).toBeCloseTo(0.6667, 4);
  });

  it("gives 100% for forms 2 and 3, where executed equals budget", () => {
    expect(perfExecRate(372.6, 372.6)).toBe(1);
    expect(perfExecRate(93.17, 93.17)).toBe(1);
  });

  it("does not cap the rate: over-spending shows as more than 100%", () => {
    expect(perfExecRate(100, 120)).toBeCloseTo(1.2, 12);
  });

  it("reads numbers stored as text, as pasted from PDFs", () => {
    expect(perfExecRate("150", "100")).toBeCloseTo(2 / 3, 12);
    expect(perfExecRate(" 1,500 ", "1,000")).toBeCloseTo(2 / 3, 12);
    expect(perfExecRate("１５０", "１００")).toBeCloseTo(2 / 3, 12);
  });

  it.each([
    ["0", 0],
    ["blank (null)", null],
    ["empty text", ""],
    ["spaces", "  "],
    ["text zero", "0"],
  ])("returns #DIV/0! with an explanation when the budget is %s", (_label, budget) => {
    expect(errorOf(() => perfExecRate(budget, 100))).toEqual({ code: "#DIV/0!", message: DIV0_MESSAGE });
  });

  it("refuses a negative budget with #VALUE! naming the value", () => {
    const err = errorOf(() => perfExecRate(-150, 100));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("全年预算数不能为负数");
    expect(err.message).toContain("-150");
  });

  it("refuses text that is not a plain number, naming the parameter", () => {
    const err = errorOf(() => perfExecRate(150, "约一百"));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toBe("「全年执行数」应为数字，当前为“约一百”");
    // An amount with a unit or a percent sign is not a bare amount either.
    expect(errorOf(() => perfExecRate("150万元", 100)).code).toBe("#VALUE!");
    expect(errorOf(() => perfExecRate(150, true)).code).toBe("#VALUE!");
  });

  it("says the executed amount is blank rather than guessing 0", () => {
    expect(errorOf(() => perfExecRate(150, null))).toEqual({ code: "#VALUE!", message: "「全年执行数」为空" });
  });

  it("agrees with the engine's execRate wherever both answer", () => {
    for (const [budget, executed] of [
      [150, 100],
      [372.6, 372.6],
      [93.17, 90],
      [10, 0],
      [3, 7],
    ]) {
      expect(perfExecRate(budget, executed)).toBe(execRate(budget, executed));
    }
  });
});

describe("PERF.EXECSCORE", () => {
  it("gives form 1's execution score: 10 × 100/150 = 6.667 (the form wrote the truncated 6.6)", () => {
    expect(perfExecScore(150, 100, null)).toBeCloseTo(20 / 3, 12);
    expect(perfExecScore(150, 100, null)).toBeCloseTo(6.667, 3);
  });

  it("defaults the weight to 10 when the optional argument is omitted or blank", () => {
    expect(perfExecScore(150, 100)).toBeCloseTo(20 / 3, 12);
    expect(perfExecScore(150, 100, "")).toBeCloseTo(20 / 3, 12);
  });

  it("scales with a given weight", () => {
    expect(perfExecScore(150, 100, 20)).toBeCloseTo(40 / 3, 12);
    expect(perfExecScore(150, 100, "5")).toBeCloseTo(10 / 3, 12);
  });

  it("caps the rate at 100% so over-spending earns no more than the weight", () => {
    expect(perfExecScore(100, 130, 10)).toBe(10);
  });

  it("gives full marks for forms 2 and 3 and zero for nothing executed", () => {
    expect(perfExecScore(372.6, 372.6, 10)).toBe(10);
    expect(perfExecScore(150, 0, 10)).toBe(0);
  });

  it("returns #DIV/0! for a zero or blank budget", () => {
    expect(errorOf(() => perfExecScore(0, 100, 10))).toEqual({ code: "#DIV/0!", message: DIV0_MESSAGE });
    expect(errorOf(() => perfExecScore(null, 100, 10)).code).toBe("#DIV/0!");
  });

  it("refuses a negative weight", () => {
    const err = errorOf(() => perfExecScore(150, 100, -10));
    expect(err).toEqual({ code: "#VALUE!", message: "「分值」不能为负数（-10）" });
  });

  it("agrees with the engine's execScore", () => {
    for (const [budget, executed, weight] of [
      [150, 100, 10],
      [100, 130, 10],
      [93.17, 50, 20],
      [1, 0.5, null],
    ] as const) {
      expect(perfExecScore(budget, executed, weight)).toBe(execScore(budget, executed, weight));
    }
  });
});
