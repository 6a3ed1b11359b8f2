// Findings quote at most a short excerpt of a cell (issue 8 item 2): 40 characters and "…". Expected messages
// are written out by hand from the message table; the clean form (rules/clean-form.ts) has 数量指标 on row 13
// (分值 20) and 社会效益指标 on row 17 (受益群众, target E17 ≥2000人, 分值 30), total in H21.
import { describe, expect, it } from "vitest";
import { checkRow } from "../../src/model";
import { excerpt } from "../../src/model/i18n/excerpt";
import { checkSpec, cleanForm, editGroup, editRow } from "./rules/clean-form";

const base = cleanForm();
const x35 = "x".repeat(35);

describe("excerpt", () => {
  it("keeps text of up to 40 characters and cuts longer text to 40 and …", () => {
    expect(excerpt("a".repeat(40))).toBe("a".repeat(40));
    expect(excerpt("a".repeat(41))).toBe(`${"a".repeat(40)}…`);
    expect(excerpt("")).toBe("");
  });

  it("never splits a surrogate pair", () => {
    // "a" then 30 × U+20000 (two code units each): the 40th code unit is the first half of a pair.
    expect(excerpt(`a${"\u{20000}".repeat(30)}`)).toBe(`a${"\u{20000}".repeat(19)}…`);
  });
});

describe("findings quote an excerpt of long cell text", () => {
  it("a long reason (reason-without-deduction)", () => {
    const reason = `工程未完成${"x".repeat(5000)}`;
    const r = checkSpec(editGroup(base, "数量指标", (g) => ({ ...g, reason })));
    expect(r.findings.filter((f) => f.rule === "reason-without-deduction").map((f) => f.message)).toEqual([
      `得分20为满分，但偏差原因写明存在未完成情况：「工程未完成${x35}…」`,
    ]);
  });

  it("a long actual (actual-unmeasurable)", () => {
    const r = checkSpec(editRow(base, "社会效益指标", { actual: `全部完成${"。".repeat(3000)}` }));
    expect(r.findings.filter((f) => f.rule === "actual-unmeasurable").map((f) => f.message)).toEqual([
      `年度指标值为≥2000人（定量），实际完成值「全部完成${"。".repeat(36)}…」不可衡量，应填写具体数值`,
    ]);
  });

  it("a long indicator name (target-unmeasurable)", () => {
    const r = checkSpec(editRow(base, "社会效益指标", { level3: `受益群众${"甲".repeat(3000)}`, target: "" }));
    expect(r.findings.filter((f) => f.rule === "target-unmeasurable").map((f) => f.message)).toEqual([
      `指标「受益群众${"甲".repeat(36)}…」未填写年度指标值`,
    ]);
  });

  it("a long text in place of a score (score-range) and of the total (total)", () => {
    const r = checkSpec({
      ...editGroup(base, "数量指标", (g) => ({ ...g, score: `二十${"分".repeat(2000)}` })),
      total: { ...base.total, score: `九十${"九".repeat(2000)}` },
    });
    expect(r.findings.filter((f) => f.rule === "score-range").map((f) => f.message)).toEqual([`得分「二十${"分".repeat(38)}…」不是数字`]);
    // The text score counts 0: 99.5 − 20 = 79.5.
    expect(r.findings.filter((f) => f.rule === "total").map((f) => f.message)).toEqual([
      `总分填写为九十${"九".repeat(38)}…，按执行率得分与各指标得分合计应为79.5`,
    ]);
  });

  it("PERF.CHECK quotes an excerpt too", () => {
    const verdict = checkRow({ target: "≥95%", actual: `全部完成${"啊".repeat(500)}`, weight: 10, score: 10 });
    expect(verdict?.message).toBe(`年度指标值为≥95%（定量），实际完成值「全部完成${"啊".repeat(36)}…」不可衡量，应填写具体数值`);
  });

  it("engine-composed text is not cut (the weight-policy message names all four weights)", () => {
    const r = checkSpec(editGroup(base, "社会效益指标", (g) => ({ ...g, weight: 25, score: 25 })));
    const en = checkSpec(
      editGroup(base, "社会效益指标", (g) => ({ ...g, weight: 25, score: 25 })),
      "en",
    );
    expect(r.findings.find((f) => f.rule === "weight-policy")?.message).toBe(
      "一级指标分值为产出50/效益25/满意度10（执行率10），与统一设置产出50/效益30/满意度10（执行率10）不同，如有特殊情况请说明",
    );
    expect(en.findings.find((f) => f.rule === "weight-policy")?.message).toBe(
      "Level-1 weights are output 50/benefit 25/satisfaction 10 (execution 10), not the standard output 50/benefit 30/satisfaction 10 (execution 10); explain the special case",
    );
  });
});
