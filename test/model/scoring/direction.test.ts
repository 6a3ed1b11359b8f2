import { describe, expect, it } from "vitest";
import { inferDirection } from "../../../src/model/scoring";
import { parseValue } from "../../../src/model/values";

const d = (target: string | number, hint?: Parameters<typeof inferDirection>[1]) => inferDirection(parseValue(target), hint);

describe("inferDirection", () => {
  it("explicit comparators decide first", () => {
    expect(d("≥98%")).toBe("positive");
    expect(d(">50次")).toBe("positive");
    expect(d("≤5万元")).toBe("reverse");
    expect(d("<3天")).toBe("reverse");
    expect(d("=100%")).toBe("equal");
  });

  it("a comparator beats the 指标性质 column and the 成本 name", () => {
    expect(d("≥50个", { nature: "≤", level2: "成本指标" })).toBe("positive");
  });

  it("the 指标性质 column comes next", () => {
    expect(d("50个", { nature: "≤" })).toBe("reverse");
    expect(d("50个", { nature: "反向" })).toBe("reverse");
    expect(d("50个", { nature: "不大于" })).toBe("reverse");
    expect(d("100万元", { nature: "正向" })).toBe("positive");
    expect(d("100%", { nature: "＝" })).toBe("equal");
    expect(d("100%", { nature: ">=" })).toBe("positive");
    expect(d("50-70次", { nature: "=" })).toBe("equal");
  });

  it("a 定性 or blank nature falls through to the shape", () => {
    expect(d("95%", { nature: "定性" })).toBe("positive");
    expect(d("95%", { nature: "" })).toBe("positive");
  });

  it("a range without comparator or nature is an interval", () => {
    expect(d("全年50-70次")).toBe("interval");
  });

  it("成本 in the 二级 or 三级 name, or a money unit, makes a bare target reverse", () => {
    expect(d("150万元")).toBe("reverse");
    expect(d("100", { level2: "成本指标" })).toBe("reverse");
    expect(d("100", { level3: "单位成本" })).toBe("reverse");
  });

  it("any other bare target is positive", () => {
    expect(d("430平米")).toBe("positive");
    expect(d("95%")).toBe("positive");
    expect(d(150)).toBe("positive");
  });

  it("text and empty targets have no direction", () => {
    expect(d("及时完成")).toBeNull();
    expect(d("")).toBeNull();
  });
});
