import { describe, expect, it } from "vitest";
import { inferDirection, isCostDirectionDoubtful, isCostIndicator } from "../../../src/model/scoring";
import { parseValue } from "../../../src/model/values";

const doubt = (target: string | number, hint: Parameters<typeof isCostDirectionDoubtful>[1]) =>
  isCostDirectionDoubtful(parseValue(target), hint);

describe("isCostIndicator", () => {
  it("reads 成本 in the 二级 or 三级 name", () => {
    expect(isCostIndicator({ level2: "成本指标" })).toBe(true);
    expect(isCostIndicator({ level2: "经济成本指标" })).toBe(true);
    expect(isCostIndicator({ level2: "数量指标", level3: "单位成本" })).toBe(true);
    expect(isCostIndicator({ level2: "数量指标", level3: "培训人次" })).toBe(false);
    expect(isCostIndicator(null)).toBe(false);
  });
});

describe("isCostDirectionDoubtful (cost-direction)", () => {
  it("≥ or > on a 成本 money target", () => {
    expect(doubt("≥50万元", { level2: "成本指标" })).toBe(true);
    expect(doubt(">50万元", { level2: "成本指标" })).toBe(true);
  });

  it("the 指标性质 column's ≥ counts as the sign (variant D)", () => {
    expect(doubt("50万元", { level2: "成本指标", nature: "≥" })).toBe(true);
    expect(doubt("50万元", { level2: "成本指标", nature: "正向" })).toBe(true);
  });

  it("≤, <, =, a bare number and a range on a cost row are not in doubt", () => {
    for (const t of ["≤50万元", "<50万元", "=0万元", "50万元", "40-60万元"]) expect(doubt(t, { level2: "成本指标" }), t).toBe(false);
  });

  it("a rate under 成本指标 (成本节约率≥5%) is not in doubt: ≥ is natural there", () => {
    expect(doubt("≥5%", { level2: "成本指标", level3: "成本节约率" })).toBe(false);
  });

  it("≥ outside 成本, and text targets, are not in doubt", () => {
    expect(doubt("≥50万元", { level2: "经济效益指标" })).toBe(false);
    expect(doubt("控制在预算内", { level2: "成本指标" })).toBe(false);
  });

  it("leaves inferDirection as written: the comparator still decides the scoring direction", () => {
    expect(inferDirection(parseValue("≥50万元"), { level2: "成本指标" })).toBe("positive");
  });
});
