import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE } from "../../../src/model/scoring/profile";
import {
  completion,
  execScore,
  gradeOf,
  groupScore,
  inferDirection,
  roundTo,
  tierOfScore,
  type Completion,
} from "../../../src/model/scoring";
import { parseValue, qualitativeTier } from "../../../src/model/values";

// Rows copied from the seed forms (scripts/forms/seed-forms.ts, docs/rules.md#source-shanxi-jinzhong); expectations worked out by hand (docs/rules.md#merged-groups).
type Row = [target: string, actual: string];

function ratios(rows: Row[], level2: string): number[] {
  return rows.map(([t, a]) => {
    const target = parseValue(t);
    const c: Completion = completion(target, parseValue(a), DEFAULT_PROFILE, inferDirection(target, { level2 }));
    if (c.kind !== "quantitative") throw new Error(`row ${t} → ${a} is ${c.kind}`);
    return c.ratio;
  });
}

describe("seed form 1 (新建潇河派出所业务用房)", () => {
  it("数量指标: four areas and the investment all equal their targets → group 10 of 10", () => {
    const rows: Row[] = [
      ["430平米", "430平米"],
      ["210平米", "210平米"],
      ["550平米", "550平米"],
      ["528平米", "528平米"],
      ["603.25万元", "603.25万元"],
    ];
    expect(groupScore(ratios(rows, "数量指标"), 10)).toBe(10);
  });

  it("质量指标: 达标率100% vs 达标率100% → full", () => {
    expect(ratios([["达标率100%", "达标率100%"]], "质量指标")).toEqual([1]);
  });

  it("成本指标: 工程款 150万元 → 100万元 is under the cap → 10 (the form wrote 7)", () => {
    expect(groupScore(ratios([["150万元", "100万元"]], "成本指标"), 10)).toBe(10);
  });

  it("时效指标: 及时完成 is tier 1, so a written 7 of 10 (range [8, 10]) contradicts it", () => {
    const c = completion(parseValue("及时完成"), parseValue("及时完成"), DEFAULT_PROFILE);
    expect(c).toEqual({ kind: "qualitative", tier: 1 });
    expect(tierOfScore(7, 10, DEFAULT_PROFILE)).toBe(2);
  });

  it("满意度: 95% vs 全部完成 is not measurable", () => {
    expect(completion(parseValue("95%"), parseValue("全部完成"), DEFAULT_PROFILE)).toEqual({ kind: "unmeasurable", reason: "actual-text" });
  });

  it("总分 6.6+10+10+7+7+20+20+10 = 90.6 → 优; the recomputed 执行 score is 6.67", () => {
    expect(roundTo(execScore(150, 100)!, 2)).toBe(6.67);
    expect(gradeOf(6.6 + 10 + 10 + 7 + 7 + 20 + 20 + 10)).toBe("优");
  });
});

describe("seed form 2 (日常运行公用经费)", () => {
  it("成本指标: six rows within budget and 资本性支出 0 → 23.29万元 → 20 × 6/7 ≈ 17.14 (the form wrote 16)", () => {
    const rows: Row[] = [
      ["130万元", "109.46万元"],
      ["61.6万元", "61.6万元"],
      ["90万元", "87.25万元"],
      ["40万元", "40万元"],
      ["1万元", "1万元"],
      ["50万元", "50万元"],
      ["0", "23.29万元"],
    ];
    expect(ratios(rows, "成本指标")).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(groupScore(ratios(rows, "成本指标"), 20)).toBeCloseTo(120 / 7, 12);
  });

  it("数量指标 ranges and multi-value targets against 全部完成 are not measurable", () => {
    for (const t of ["全年50-70次", "40-60次", "150-180次", "全年常驻1人", "17头犬", "370次"]) {
      expect(completion(parseValue(t), parseValue("全部完成"), DEFAULT_PROFILE)).toEqual({ kind: "unmeasurable", reason: "actual-text" });
    }
  });

  it("满意度 ≥98% vs 全部完成 is not measurable; 总分 96 → 优", () => {
    expect(completion(parseValue("≥98%"), parseValue("全部完成"), DEFAULT_PROFILE)).toMatchObject({ kind: "unmeasurable" });
    expect(gradeOf(96)).toBe("优");
  });
});

describe("seed form 3 (分局及派出所运行费)", () => {
  it("数量指标: actuals equal targets, so the group earns 20 (the form deducted to 18)", () => {
    const rows: Row[] = [
      ["470.5平方米", "470.5平方米"],
      ["1030平方米", "1030平方米"],
      ["1180平方米", "1180平方米"],
      ["9962.6平方米", "9962.6平方米"],
    ];
    expect(groupScore(ratios(rows, "数量指标"), 20)).toBe(20);
  });

  it("成本指标: ratios [1,1,1,1,0] → mean 0.8 → 8 of 10 (docs/rules.md#merged-groups; the form wrote 7)", () => {
    const rows: Row[] = [
      ["5万元", "0.84万元"],
      ["50万元", "36.21万元"],
      ["4.17万元", "4.13万元"],
      ["34万元", "34万元"],
      ["0", "17.99万元"],
    ];
    expect(ratios(rows, "成本指标")).toEqual([1, 1, 1, 1, 0]);
    expect(groupScore(ratios(rows, "成本指标"), 10)).toBe(8);
  });

  it('资本性支出 "0" vs "17.99万元" under the vendor equal rule → 0', () => {
    expect(completion(parseValue("0"), parseValue("17.99万元"), DEFAULT_PROFILE, "equal")).toMatchObject({ ratio: 0 });
  });

  it("时效 及时 vs 在供暖前已提前缴费 has no tier wording; 总分 95 → 优", () => {
    expect(qualitativeTier("在供暖前已提前缴费")).toBeNull();
    expect(gradeOf(95)).toBe("优");
  });
});
