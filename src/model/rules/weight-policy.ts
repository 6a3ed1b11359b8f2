import type { GroupAnalysis } from "../analysis";
import { formatNumber } from "../format-number";
import type { FormRule } from "./rule";

type Category = "cost" | "output" | "benefit" | "satisfaction";
const NAMES: Record<Category, string> = { cost: "成本", output: "产出", benefit: "效益", satisfaction: "满意度" };
const NAMES_EN: Record<Category, string> = { cost: "cost ", output: "output ", benefit: "benefit ", satisfaction: "satisfaction " };
// 财预〔2020〕10号 defaults, and 财预〔2021〕101号 when 成本 is its own 一级 indicator.
const STANDARD: Partial<Record<Category, number>> = { output: 50, benefit: 30, satisfaction: 10 };
const WITH_COST: Partial<Record<Category, number>> = { cost: 20, output: 40, benefit: 20, satisfaction: 10 };

function categoryOf(level1: string): Category | null {
  if (level1.includes("成本")) return "cost";
  if (level1.includes("产出")) return "output";
  if (level1.includes("效益")) return "benefit";
  if (level1.includes("满意")) return "satisfaction";
  return null;
}

function describe(weights: Partial<Record<Category, number>>, names: Record<Category, string>): string {
  return (Object.keys(names) as Category[])
    .filter((c) => weights[c] !== undefined)
    .map((c) => `${names[c]}${formatNumber(weights[c] ?? 0)}`)
    .join("/");
}

function firstWeighted(groups: GroupAnalysis[]): GroupAnalysis | undefined {
  return groups.find((g) => g.weight !== null) ?? groups[0];
}

/** 一级 weights other than 产出50/效益30/满意度10, or 成本20/产出40/效益20/满意度10 (docs/rules.md#weight-policy). */
export const weightPolicy: FormRule = {
  id: "weight-policy",
  check({ analysis }) {
    const weights: Partial<Record<Category, number>> = {};
    for (const g of analysis.groups) {
      const c = categoryOf(g.group.level1);
      if (c === null || g.weight === null) continue;
      weights[c] = (weights[c] ?? 0) + g.weight;
    }
    if (Object.keys(weights).length === 0) return [];
    const expected = weights.cost !== undefined ? WITH_COST : STANDARD;
    const same = (Object.keys(NAMES) as Category[]).every((c) => Math.abs((weights[c] ?? 0) - (expected[c] ?? 0)) < 0.005);
    if (same) return [];
    const first = firstWeighted(analysis.groups);
    if (!first) return [];
    const execWeight = analysis.fund ? formatNumber(analysis.fund.weight) : null;
    const exec = execWeight ? `（执行率${execWeight}）` : "";
    const execEn = execWeight ? ` (execution ${execWeight})` : "";
    return [
      {
        severity: "warning",
        message: "weight-policy",
        params: {
          // Not "actual"/"expected": those names carry cell text, which messages cut to an excerpt.
          weights: `${describe(weights, NAMES)}${exec}`,
          standard: `${describe(expected, NAMES)}（执行率10）`,
          weightsEn: `${describe(weights, NAMES_EN)}${execEn}`,
          standardEn: `${describe(expected, NAMES_EN)} (execution 10)`,
        },
        pos: first.group.weight.pos,
        row: first.group.firstRow,
      },
    ];
  },
};
