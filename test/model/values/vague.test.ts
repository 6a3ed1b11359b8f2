import { describe, expect, it } from "vitest";
import { isVagueTarget } from "../../../src/model/values";

describe("isVagueTarget (target-unmeasurable)", () => {
  it("a target that repeats the indicator name (seed form 1 社会效益)", () => {
    expect(isVagueTarget("为辖区的治安稳定保驾护航", "为辖区的治安稳定保驾护航")).toBe(true);
  });

  it("repeats survive punctuation and spacing differences", () => {
    expect(isVagueTarget("群众 满意度。", "群众满意度")).toBe(true);
  });

  it.each(["大幅提高", "有所提高", "进一步提升服务水平", "有效提升群众安全感", "明显改善"])("vague wording: %s", (text) => {
    expect(isVagueTarget(text)).toBe(true);
  });

  it("vague wording with a number is measurable", () => {
    expect(isVagueTarget("进一步提高到95%")).toBe(false);
    expect(isVagueTarget("满意度≥95%", "满意度")).toBe(false);
  });

  it("a concrete qualitative target is not vague", () => {
    expect(isVagueTarget("及时完成", "结算评审")).toBe(false);
  });

  it("a short target inside a longer name is not a repeat", () => {
    expect(isVagueTarget("及时", "及时缴费")).toBe(false);
  });

  it("empty text is not vague (it is empty)", () => {
    expect(isVagueTarget("", "x")).toBe(false);
  });
});
