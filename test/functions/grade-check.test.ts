import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { perfCheck, perfGrade } from "../../src/functions/functions";
import { checkRow } from "../../src/model/row-check";
import { errorOf, makeFakeCustomFunctions } from "./fake-custom-functions";

beforeAll(() => {
  vi.stubGlobal("CustomFunctions", makeFakeCustomFunctions());
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe("PERF.GRADE (90 优, 80 良, 60 中, below 差; bands include their lower bound)", () => {
  it.each([
    [100, "优"],
    [96, "优"],
    [90.6, "优"], // form 1
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.9, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ])("grades %s as %s", (total, grade) => {
    expect(perfGrade(total)).toBe(grade);
  });

  it("reads a total written as text", () => {
    expect(perfGrade("95")).toBe("优");
  });

  it("refuses a blank or non-numeric total instead of grading it 差", () => {
    expect(errorOf(() => perfGrade(null))).toEqual({ code: "#VALUE!", message: "「总分」为空" });
    expect(errorOf(() => perfGrade("优"))).toEqual({ code: "#VALUE!", message: "「总分」应为数字，当前为“优”" });
  });
});

describe("PERF.CHECK", () => {
  it('returns "" for consistent rows: target met with full marks, shortfall with a reason', () => {
    expect(perfCheck("≥95%", 0.97, 10, 10, null)).toBe("");
    expect(perfCheck("5万元", "0.84万元", 10, 10)).toBe("");
    expect(perfCheck("≥98%", 0.97, 10, 9.9, "部分设备未按期验收")).toBe("");
  });

  it('flags form 1\'s 时效 row: "及时完成" is tier 1 (8–10 of 10) but scored 7', () => {
    const msg = perfCheck("及时", "及时完成", 10, 7, "工程未办理结算评审");
    expect(msg).toContain("第1档");
    expect(msg).toContain("8–10");
    expect(msg).toContain("7");
  });

  it('flags "全部完成" against a 95% target as not measurable', () => {
    expect(perfCheck("95%", "全部完成", 10, 10, null)).toContain("不可衡量");
  });

  it("flags form 3's 数量 row: target met yet 2 points deducted without a reason", () => {
    const msg = perfCheck("470.5平方米", "470.5平方米", 20, 18, null);
    expect(msg).not.toBe("");
    expect(msg).toContain("18");
    expect(msg).toContain("20");
  });

  it("flags a score above the weight", () => {
    expect(perfCheck("≥95%", 0.97, 10, 12, null)).toContain("超过分值");
  });

  it("returns exactly the engine's Chinese message for the first rule that fires", () => {
    const rows = [
      ["及时", "及时完成", 10, 7, "工程未办理结算评审"],
      ["95%", "全部完成", 10, 10, null],
      ["470.5平方米", "470.5平方米", 20, 18, null],
      ["≥95%", 0.9, 10, 10, null],
      ["≥95%", 0.9, 10, 8, "无偏差"],
      ["≥95%", 0.97, 10, 10, "未完成全部验收"],
      ["≥95%", 0.97, 10, null, null],
      ["≥95%", 0.97, 10, 10, null],
    ] as const;
    for (const [target, actual, weight, score, reason] of rows) {
      const verdict = checkRow({ target, actual, weight, score, reason }, { lang: "zh" });
      expect(perfCheck(target, actual, weight, score, reason)).toBe(verdict ? verdict.message : "");
    }
  });

  it("treats an omitted reason like an empty cell", () => {
    expect(perfCheck("470.5平方米", "470.5平方米", 20, 18)).toBe(perfCheck("470.5平方米", "470.5平方米", 20, 18, null));
  });
});
