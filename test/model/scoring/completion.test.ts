import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE, resolveProfile } from "../../../src/model/scoring/profile";
import { completion, isOverAchieved } from "../../../src/model/scoring";
import { parseValue } from "../../../src/model/values";

const P = DEFAULT_PROFILE;
const c = (t: string | number, a: string | number, dir?: Parameters<typeof completion>[3], profile = P) =>
  completion(parseValue(t), parseValue(a), profile, dir);

describe("completion: unmeasurable rows", () => {
  it('"95%" vs "全部完成" → actual-text (seed 满意度)', () => {
    expect(c("95%", "全部完成")).toEqual({ kind: "unmeasurable", reason: "actual-text" });
  });

  it("numeric target with an empty actual → actual-empty", () => {
    expect(c("95%", "")).toEqual({ kind: "unmeasurable", reason: "actual-empty" });
  });

  it("empty target → target-empty, whatever the actual", () => {
    expect(c("", "95%")).toEqual({ kind: "unmeasurable", reason: "target-empty" });
  });

  it("percent vs area → unit-mismatch", () => {
    expect(c("95%", "430平米")).toEqual({ kind: "unmeasurable", reason: "unit-mismatch" });
  });

  it("a range as the actual is not one measured value → actual-text", () => {
    expect(c("50次", "50-70次")).toEqual({ kind: "unmeasurable", reason: "actual-text" });
  });

  it("a text target with an explicit direction (declared quantitative) → target-text", () => {
    expect(c("全年", "60次", "positive")).toEqual({ kind: "unmeasurable", reason: "target-text" });
  });
});

describe("completion: qualitative rows", () => {
  it("both sides text → tier of the actual's wording", () => {
    expect(c("及时完成", "及时完成")).toEqual({ kind: "qualitative", tier: 1 });
    expect(c("全年", "部分完成")).toEqual({ kind: "qualitative", tier: 2 });
    expect(c("高质量完成", "未完成")).toEqual({ kind: "qualitative", tier: 3 });
    expect(c("日常保障", "分局警犬饲养管理全部到位")).toEqual({ kind: "qualitative", tier: null });
  });

  it("text target with a numeric actual → tier null", () => {
    expect(c("全年", 60)).toEqual({ kind: "qualitative", tier: null });
  });

  it("text target with an empty actual → actual-empty", () => {
    expect(c("及时完成", "")).toEqual({ kind: "unmeasurable", reason: "actual-empty" });
  });
});

describe("completion: positive", () => {
  it('"≥98%" vs 0.97 → 0.97/0.98, not achieved', () => {
    const r = c("≥98%", 0.97);
    expect(r).toMatchObject({ kind: "quantitative", direction: "positive", achieved: false });
    if (r.kind !== "quantitative") throw new Error("expected quantitative");
    expect(r.ratio).toBeCloseTo(97 / 98, 12);
    expect(r.exceedRatio).toBeCloseTo(97 / 98, 12);
  });

  it('"470.5平方米" vs "470.5平方米" → achieved, full, exceedRatio 1 (seed form 3 数量)', () => {
    expect(c("470.5平方米", "470.5平方米")).toEqual({
      kind: "quantitative",
      direction: "positive",
      ratio: 1,
      achieved: true,
      exceedRatio: 1,
    });
  });

  it("above target is still full, with exceedRatio actual/target", () => {
    expect(c("≥100次", "130次")).toMatchObject({ ratio: 1, achieved: true, exceedRatio: 1.3 });
  });

  it("target 0 → full for any non-negative actual, exceedRatio null", () => {
    expect(c("≥0", 5)).toMatchObject({ ratio: 1, achieved: true, exceedRatio: null });
  });

  it("a negative actual counts as 0", () => {
    expect(c("≥10", -5)).toMatchObject({ ratio: 0, achieved: false });
  });

  it("a number cell formatted as percent compares with a % target", () => {
    expect(c("≥98%", 0.99)).toMatchObject({ ratio: 1, achieved: true });
  });

  it("money in 元 against a target in 万元 is converted: 8400 元 vs ≥1万元 → 0.84", () => {
    expect(c("≥1万元", "8400元")).toMatchObject({ ratio: 0.84, achieved: false });
  });
});

describe("completion: reverse (成本)", () => {
  it('"150万元" vs "100万元" → full (seed form 1 工程款; under-spend is not a cost overrun)', () => {
    expect(c("150万元", "100万元")).toEqual({ kind: "quantitative", direction: "reverse", ratio: 1, achieved: true, exceedRatio: null });
  });

  it('"5万元" vs "0.84万元" → full (seed form 3 水费)', () => {
    expect(c("5万元", "0.84万元")).toMatchObject({ direction: "reverse", ratio: 1, achieved: true });
  });

  it("B = 0 → full", () => {
    expect(c("≤5万元", "0")).toMatchObject({ ratio: 1, achieved: true });
  });

  it("ratio mode: 100 → 120 gives 100/120; 100 → 250 gives 0.4", () => {
    const r = c("≤100万元", "120万元");
    if (r.kind !== "quantitative") throw new Error("expected quantitative");
    expect(r.ratio).toBeCloseTo(5 / 6, 12);
    expect(c("≤100万元", "250万元")).toMatchObject({ ratio: 0.4, achieved: false });
  });

  it("linear mode: 100 → 120 gives 1-20/100 = 0.8; from 2A it is 0", () => {
    const linear = resolveProfile({ reverseMode: "linear" });
    expect(c("≤100万元", "120万元", undefined, linear)).toMatchObject({ ratio: 0.8, achieved: false });
    expect(c("≤100万元", "200万元", undefined, linear)).toMatchObject({ ratio: 0 });
    expect(c("≤100万元", "250万元", undefined, linear)).toMatchObject({ ratio: 0 });
  });

  it("a cap of 0 that is exceeded earns nothing (seed 资本性支出 0 → 17.99万元 as 成本)", () => {
    expect(c("0", "17.99万元", "reverse")).toMatchObject({ ratio: 0, achieved: false });
  });
});

describe("completion: equal", () => {
  it('vendor: "0" vs "17.99万元" → 0', () => {
    expect(c("0", "17.99万元", "equal")).toMatchObject({ direction: "equal", ratio: 0, achieved: false });
  });

  it("vendor: 0 vs 0 → full", () => {
    expect(c("0", "0", "equal")).toMatchObject({ ratio: 1, achieved: true });
  });

  it("vendor: non-zero target scores like positive (110 of =100 → full, 90 → 0.9)", () => {
    expect(c("=100", 110)).toMatchObject({ ratio: 1, achieved: true, exceedRatio: 1.1 });
    expect(c("=100", 90)).toMatchObject({ ratio: 0.9, achieved: false });
  });

  it("strict: any gap costs |B-A|/A (110 and 90 of =100 both → 0.9)", () => {
    const strict = resolveProfile({ equalMode: "strict" });
    expect(c("=100", 110, undefined, strict)).toMatchObject({ ratio: 0.9, achieved: false });
    expect(c("=100", 90, undefined, strict)).toMatchObject({ ratio: 0.9, achieved: false });
    expect(c("=100", 100, undefined, strict)).toMatchObject({ ratio: 1, achieved: true });
    expect(c("=100", 250, undefined, strict)).toMatchObject({ ratio: 0 });
  });
});

describe("completion: interval", () => {
  it("inside [50, 70] → full, exceedRatio B/hi", () => {
    const r = c("全年50-70次", "60次");
    expect(r).toMatchObject({ kind: "quantitative", direction: "interval", ratio: 1, achieved: true });
    if (r.kind !== "quantitative") throw new Error("expected quantitative");
    expect(r.exceedRatio).toBeCloseTo(6 / 7, 12);
  });

  it("below the range → B/lo (40 of 50-70 → 0.8)", () => {
    expect(c("50-70次", "40次")).toMatchObject({ ratio: 0.8, achieved: false });
  });

  it("above the range → full, flagged by exceedRatio (84 of 50-70 → 1.2)", () => {
    expect(c("50-70次", 84)).toMatchObject({ ratio: 1, achieved: true, exceedRatio: 1.2 });
  });

  it("a reverse range caps at its top", () => {
    expect(c("50-70次", 60, "reverse")).toMatchObject({ direction: "reverse", ratio: 1 });
    expect(c("50-70次", 140, "reverse")).toMatchObject({ direction: "reverse", ratio: 0.5 });
  });
});

describe("isOverAchieved (over-achievement, 120%)", () => {
  it("≥ 1.2 × target is over-achieved, below is not", () => {
    expect(isOverAchieved(c("≥100次", "120次"), P)).toBe(true);
    expect(isOverAchieved(c("≥100次", "119次"), P)).toBe(false);
    expect(isOverAchieved(c("50-70次", 84), P)).toBe(true);
  });

  it("reverse and non-quantitative results never are", () => {
    expect(isOverAchieved(c("≤100万元", "10万元"), P)).toBe(false);
    expect(isOverAchieved(c("95%", "全部完成"), P)).toBe(false);
  });

  it("follows the profile threshold", () => {
    expect(isOverAchieved(c("≥100次", "115次"), resolveProfile({ overAchievement: 1.1 }))).toBe(true);
  });
});
