// A synthetic, internally consistent self-evaluation form of any size, for timing the engine on
// forms far larger than any real one.
import type { FormSpec, GroupSpec, IndicatorSpec } from "../scripts/forms/form-spec";
import { STANDARD_SUB_ROWS } from "../scripts/forms/form-spec";

const ROWS_PER_GROUP = 10;
// 一级 weights per the 2020 rule (产出 50, 效益 30, 满意度 10; 执行率 takes the other 10) and the 二级 names under each.
const LEVELS: { level1: string; share: number; level2: string[] }[] = [
  { level1: "产出指标", share: 50, level2: ["数量指标", "质量指标", "时效指标", "成本指标"] },
  { level1: "效益指标", share: 30, level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"] },
  { level1: "满意度指标", share: 10, level2: ["服务对象满意度指标"] },
];

function indicator(level2: string, n: number): IndicatorSpec {
  if (level2 === "成本指标") return { level3: `成本${n}`, target: `≤${10 + (n % 7)}万元`, actual: `${9 + (n % 7)}万元` };
  if (level2 === "满意度指标" || level2 === "服务对象满意度指标") return { level3: `满意度${n}`, target: "≥90%", actual: "95%" };
  return { level3: `${level2.replace("指标", "")}${n}`, target: `≥${100 + n}个`, actual: `${100 + n}个` };
}

/** A form with about `indicators` 三级 rows in full-score groups of ten, weights summing to 90 plus 10 for execution. */
export function generateFormSpec(indicators: number): FormSpec {
  const groupCount = Math.max(LEVELS.length, Math.round(indicators / ROWS_PER_GROUP));
  // Groups per 一级 in proportion to its share, at least one each.
  const counts = LEVELS.map((l) => Math.max(1, Math.round((groupCount * l.share) / 90)));
  const groups: GroupSpec[] = [];
  let n = 0;
  LEVELS.forEach((level, li) => {
    // Weights in whole hundredths, as a person would write them; the last group takes the remainder
    // so each 一级 adds up to its share exactly in decimal.
    const weight = Math.floor((level.share / counts[li]) * 100) / 100;
    const last = Number((level.share - weight * (counts[li] - 1)).toFixed(2));
    for (let g = 0; g < counts[li]; g++) {
      const level2 = level.level2[g % level.level2.length];
      const rows = Array.from({ length: ROWS_PER_GROUP }, () => indicator(level2, n++));
      const w = g === counts[li] - 1 ? last : weight;
      groups.push({ level1: level.level1, level2, weight: w, score: w, reason: "无偏差", merged: true, rows });
    }
  });
  return {
    title: "项目支出绩效自评表",
    year: "（2021年度）",
    project: `合成压力测试项目（${n}项指标）`,
    department: "测试部门",
    implementer: "测试单位",
    fund: {
      initial: 100,
      budget: 100,
      executed: 100,
      weight: 10,
      rate: { value: 1, format: "0.00%" },
      score: 10,
      sub: STANDARD_SUB_ROWS.map((label) => ({ label })),
    },
    goals: { expected: "完成全部指标", actual: "完成全部指标" },
    groups,
    total: { weight: 100, score: 100 },
  };
}
