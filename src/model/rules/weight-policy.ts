import type { GroupAnalysis } from "../analyze/analysis";
import { CATEGORY_NAMES, type Category, type CategoryWeights } from "../i18n";
import { defineRule } from "./rule";

// 财预〔2020〕10号 defaults, and 财预〔2021〕101号 when 成本 is its own 一级 indicator; 执行率 keeps 10 in both.
const STANDARD: CategoryWeights = { output: 50, benefit: 30, satisfaction: 10 };
const WITH_COST: CategoryWeights = { cost: 20, output: 40, benefit: 20, satisfaction: 10 };
const STANDARD_EXEC = 10;
const CATEGORIES = Object.keys(CATEGORY_NAMES) as Category[];

function categoryOf(level1: string): Category | null {
  if (level1.includes("成本")) return "cost";
  if (level1.includes("产出")) return "output";
  if (level1.includes("效益")) return "benefit";
  if (level1.includes("满意")) return "satisfaction";
  return null;
}

function firstWeighted(groups: GroupAnalysis[]): GroupAnalysis | undefined {
  return groups.find((g) => g.weight !== null) ?? groups[0];
}

/** 一级 weights other than 产出50/效益30/满意度10, or 成本20/产出40/效益20/满意度10 (docs/rules.md#weight-policy). */
export const weightPolicy = defineRule({
  id: "weight-policy",
  title: { zh: "一级权重", en: "Level-1 weights" },
  severity: ["warning"],
  highlights: false,
  basis: "docs/rules.md#weight-policy",
  check({ analysis }) {
    const weights: CategoryWeights = {};
    for (const g of analysis.groups) {
      const c = categoryOf(g.group.level1);
      if (c === null || g.weight === null) continue;
      weights[c] = (weights[c] ?? 0) + g.weight;
    }
    if (Object.keys(weights).length === 0) return [];
    const expected = weights.cost !== undefined ? WITH_COST : STANDARD;
    const same = CATEGORIES.every((c) => Math.abs((weights[c] ?? 0) - (expected[c] ?? 0)) < 0.005);
    if (same) return [];
    const first = firstWeighted(analysis.groups);
    if (!first) return [];
    return [
      {
        severity: "warning",
        message: "weight-policy",
        // The weights as data; each catalogue names the categories (i18n/vocabulary.ts CATEGORY_NAMES).
        params: { weights, exec: analysis.fund ? analysis.fund.weight : null, standard: expected, standardExec: STANDARD_EXEC },
        pos: first.group.weight.pos,
        row: first.group.firstRow,
      },
    ];
  },
});
