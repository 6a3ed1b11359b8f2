import { describe, expect, it } from "vitest";
import { FormReportSchema } from "../../../src/model";
import { checkSpec, cleanForm, editGroup, editRow, rowsOf, withConsistentTotal } from "./clean-form";

// Layout A columns: E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因; fund row: D 全年预算数, G 执行率, H 得分.
const base = cleanForm();
const rows = rowsOf(base);
const QUANTITY = rows.firstIndicator; // 数量指标 is the first group, one row each
const SATISFACTION = rows.firstIndicator + 5;

function only(report: ReturnType<typeof checkSpec>, rule: string) {
  return report.findings.filter((f) => f.rule === rule);
}

describe("the clean form", () => {
  it("has no finding at all and reconciles", () => {
    const report = checkSpec(base);
    expect(report.findings).toEqual([]);
    expect(report.computed).toEqual({ execRate: 0.95, execScore: 9.5, total: 99.5, grade: "优" });
    expect(report.entered).toEqual({ execRate: 0.95, execScore: 9.5, total: 99.5, grade: "优" });
    expect(FormReportSchema.parse(report)).toEqual(report);
  });
});

describe("reason-missing", () => {
  it("flags points deducted with 无偏差 as the reason, on the reason cell, highlighted", () => {
    const spec = withConsistentTotal(editGroup(editRow(base, "数量指标", { actual: "480人次" }), "数量指标", (g) => ({ ...g, score: 18 })));
    const found = only(checkSpec(spec), "reason-missing");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: `I${QUANTITY}`, row: QUANTITY, highlight: true });
    expect(found[0].span).toEqual({ top: QUANTITY - 1, bottom: QUANTITY - 1, left: 1, right: 8 });
    expect(found[0].message).toContain("无偏差");
    expect(found[0].message).toContain("18");
  });

  it("flags an empty reason too", () => {
    const spec = withConsistentTotal(
      editGroup(editRow(base, "数量指标", { actual: "480人次" }), "数量指标", (g) => ({ ...g, score: 18, reason: undefined })),
    );
    expect(only(checkSpec(spec), "reason-missing")).toHaveLength(1);
  });

  it("accepts a real explanation", () => {
    const spec = withConsistentTotal(
      editGroup(editRow(base, "数量指标", { actual: "480人次" }), "数量指标", (g) => ({
        ...g,
        score: 19.2,
        reason: "受疫情影响，部分培训延期至次年",
      })),
    );
    expect(checkSpec(spec).findings).toEqual([]);
  });
});

describe("reason-without-deduction", () => {
  it("flags full marks next to a shortfall", () => {
    const spec = editGroup(base, "时效指标", (g) => ({ ...g, reason: "部分工作进度滞后" }));
    const found = only(checkSpec(spec), "reason-without-deduction");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", cell: `I${QUANTITY + 2}`, highlight: true });
  });
});

describe("actual-vs-score", () => {
  it("is an error when a numeric target is missed and the score is full", () => {
    const spec = editRow(base, "数量指标", { actual: "400人次" });
    const found = only(checkSpec(spec), "actual-vs-score");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: `H${QUANTITY}`, row: QUANTITY, highlight: true });
    expect(found[0].message).toContain("400人次");
  });

  it("warns when every target is met yet points were deducted", () => {
    const spec = withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, score: 18, reason: "综合考虑扣分" })));
    const found = only(checkSpec(spec), "actual-vs-score");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", highlight: true });
    expect(found[0].message).toContain("2分");
  });

  it("warns when an achieved qualitative actual scores below the first tier (80%)", () => {
    const spec = withConsistentTotal(
      editGroup(editRow(base, "时效指标", { target: "按期完成", actual: "及时完成" }), "时效指标", (g) => ({
        ...g,
        score: 7,
        reason: "结算未办理",
      })),
    );
    const found = only(checkSpec(spec), "actual-vs-score");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("8–10");
  });

  it("accepts an achieved qualitative actual scored inside the first tier", () => {
    const spec = withConsistentTotal(
      editGroup(editRow(base, "时效指标", { target: "按期完成", actual: "及时完成" }), "时效指标", (g) => ({
        ...g,
        score: 8,
        reason: "结算未办理",
      })),
    );
    expect(only(checkSpec(spec), "actual-vs-score")).toEqual([]);
  });
});

describe("actual-unmeasurable", () => {
  it("flags 全部完成 against a percentage target, on the actual cell, not highlighted", () => {
    const found = only(checkSpec(editRow(base, "服务对象满意度指标", { actual: "全部完成" })), "actual-unmeasurable");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: `F${SATISFACTION}`, row: SATISFACTION, highlight: false });
    expect(found[0].message).toContain("全部完成");
  });
});

describe("target-unmeasurable", () => {
  it("is an error when the target repeats the indicator's name", () => {
    const found = only(checkSpec(editRow(base, "社会效益指标", { target: "受益群众", actual: "全部完成" })), "target-unmeasurable");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cell: `E${QUANTITY + 4}` });
  });

  it("warns on a vague target", () => {
    const found = only(checkSpec(editRow(base, "社会效益指标", { target: "有所提高", actual: "明显提高" })), "target-unmeasurable");
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
  });
});

describe("score-range", () => {
  const broken = (score: number | string | null) =>
    only(checkSpec(withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, score })))), "score-range");
  it("flags a score above the weight", () => {
    expect(broken(25)).toMatchObject([{ severity: "error", cell: `H${QUANTITY}` }]);
  });
  it("flags a negative score, a blank score and a non-number", () => {
    expect(broken(-1)).toHaveLength(1);
    expect(broken(null)).toHaveLength(1);
    expect(broken("十八")).toHaveLength(1);
  });
});

describe("exec-rate and exec-score", () => {
  it("flags a written rate half a point or more away from 执行数/预算数, on the 年度资金总额 row", () => {
    const spec = { ...base, fund: { ...base.fund, rate: { value: 0.9, format: "0.00%" } } };
    const found = only(checkSpec(spec), "exec-rate");
    expect(found).toMatchObject([{ severity: "error", cell: `G${rows.fundTotal}`, row: rows.fundTotal }]);
    expect(found[0].message).toContain("95.00%");
  });

  it("judges the rate as displayed: 0.6667 shown as 67% is wrong by 0.33 points, accepted; 0.66 is not", () => {
    const fund = (rate: number) => ({
      ...base.fund,
      budget: 150,
      initial: 150,
      executed: 100,
      score: 6.67,
      rate: { value: rate, format: "0%" },
      sub: [],
    });
    expect(only(checkSpec({ ...base, fund: fund(0.6667) }), "exec-rate")).toEqual([]);
    expect(only(checkSpec({ ...base, fund: fund(0.66) }), "exec-rate")).toHaveLength(1);
  });

  it("cannot compute a rate without a budget", () => {
    const found = only(checkSpec({ ...base, fund: { ...base.fund, budget: 0 } }), "exec-rate");
    expect(found).toMatchObject([{ severity: "error", cell: `D${rows.fundTotal}` }]);
  });

  it("flags a written 执行率得分 more than 0.1 away from 分值 × 执行率", () => {
    const spec = withConsistentTotal({ ...base, fund: { ...base.fund, score: 8 } });
    expect(only(checkSpec(spec), "exec-score")).toMatchObject([{ severity: "error", cell: `H${rows.fundTotal}`, row: rows.fundTotal }]);
  });
});

describe("fund-breakdown", () => {
  it("flags a total that differs from the filled 其中 rows", () => {
    const sub = [{ label: "其中：当年财政拨款", initial: 100, budget: 90, executed: 95 }, { label: "上年结转资金" }, { label: "其他资金" }];
    const found = only(checkSpec({ ...base, fund: { ...base.fund, sub } }), "fund-breakdown");
    expect(found).toMatchObject([{ severity: "error", cell: `D${rows.fundTotal}`, row: rows.fundTotal }]);
  });
});

describe("weight-sum and weight-policy", () => {
  it("flags weights that do not make 100 on the 总分 row", () => {
    const spec = withConsistentTotal(editGroup(base, "数量指标", (g) => ({ ...g, weight: 25, score: 25 })));
    const report = checkSpec(spec);
    expect(only(report, "weight-sum")).toMatchObject([{ severity: "error", cell: `G${rows.total}`, row: rows.total }]);
    expect(only(report, "weight-sum")[0].message).toContain("105");
  });

  it("warns on 一级 weights other than 50/30/10", () => {
    const spec = withConsistentTotal(
      editGroup(
        editGroup(base, "数量指标", (g) => ({ ...g, weight: 10, score: 10 })),
        "社会效益指标",
        (g) => ({ ...g, weight: 40, score: 40 }),
      ),
    );
    const found = only(checkSpec(spec), "weight-policy");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("产出40/效益40/满意度10");
  });

  it("names the 一级 categories in English too", () => {
    const spec = withConsistentTotal(
      editGroup(
        editGroup(base, "数量指标", (g) => ({ ...g, weight: 10, score: 10 })),
        "社会效益指标",
        (g) => ({ ...g, weight: 40, score: 40 }),
      ),
    );
    const [found] = only(checkSpec(spec, "en"), "weight-policy");
    expect(found.message).toBe(
      "Level-1 weights are output 40/benefit 40/satisfaction 10 (execution 10), not the standard output 50/benefit 30/satisfaction 10 (execution 10); explain the special case",
    );
  });
});

describe("score-formula", () => {
  it("warns when a partly missed group is scored far from 分值 × mean completion", () => {
    // 400 of 500 人次 earns 20 × 0.8 = 16; the form writes 10 with an explanation.
    const spec = withConsistentTotal(
      editGroup(editRow(base, "数量指标", { actual: "400人次" }), "数量指标", (g) => ({ ...g, score: 10, reason: "培训未完成" })),
    );
    const found = only(checkSpec(spec), "score-formula");
    expect(found).toMatchObject([{ severity: "warning", cell: `H${QUANTITY}`, highlight: false }]);
    expect(found[0].message).toContain("应约为16");
  });
  it("accepts a score within 0.1 of the formula", () => {
    const spec = withConsistentTotal(
      editGroup(editRow(base, "数量指标", { actual: "400人次" }), "数量指标", (g) => ({ ...g, score: 16, reason: "培训未完成" })),
    );
    expect(checkSpec(spec).findings).toEqual([]);
  });
});

describe("over-achievement", () => {
  it("warns at 140% of the target with full marks and no explanation", () => {
    const found = only(checkSpec(editRow(base, "数量指标", { actual: "700人次" })), "over-achievement");
    expect(found).toMatchObject([{ severity: "warning", cell: `F${QUANTITY}` }]);
    expect(found[0].message).toContain("140%");
  });
});

describe("total and grade", () => {
  it("flags a written total more than 0.1 away from the scores' sum, on the 总分 row", () => {
    const found = only(checkSpec({ ...base, total: { ...base.total, score: 95 } }), "total");
    expect(found).toMatchObject([{ severity: "error", cell: `H${rows.total}`, row: rows.total }]);
    expect(found[0].message).toContain("99.5");
  });

  it("flags a blank total", () => {
    expect(only(checkSpec({ ...base, total: { ...base.total, score: null } }), "total")).toHaveLength(1);
  });

  it("flags a grade outside the band of the total", () => {
    const found = only(checkSpec({ ...base, total: { ...base.total, grade: "良" } }), "grade");
    expect(found).toMatchObject([{ severity: "error", cell: `I${rows.total}`, row: rows.total }]);
  });
});

describe("required-field", () => {
  it("flags a blank 主管部门 at its value cell", () => {
    const found = only(checkSpec({ ...base, department: null }), "required-field");
    expect(found).toMatchObject([{ severity: "error", cell: "B4", row: 4 }]);
    expect(found[0].message).toBe("主管部门未填写");
  });
});

describe("English messages", () => {
  it("speaks English with --lang en", () => {
    const report = checkSpec({ ...base, department: null, total: { ...base.total, score: 95 } }, "en");
    expect(report.findings.map((f) => f.message)).toEqual([
      "Supervising department is blank",
      "The total reads 95; the execution score plus indicator scores make 99.5",
    ]);
  });
});

describe("rule titles", () => {
  it("names every rule the engine reports, in both languages", async () => {
    const { ruleTitle } = await import("../../../src/model");
    const { FORM_RULES } = await import("../../../src/model/rules");
    for (const rule of FORM_RULES) {
      expect(ruleTitle(rule.id, "zh"), rule.id).not.toBe(rule.id);
      expect(ruleTitle(rule.id, "en"), rule.id).not.toBe(rule.id);
    }
    expect(ruleTitle("reason-missing", "zh")).toBe("扣分未说明原因");
  });
});
