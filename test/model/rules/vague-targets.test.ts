// The vague-target phrases (docs/rules.md#target-unmeasurable) and the "*" placeholder. Real-form targets are typed here
// by hand; every phrase of the list also gets its own case through the whole rule.
import { describe, expect, it } from "vitest";
import { isPlaceholderTarget, VAGUE_TARGET_PHRASES, vaguePhraseOf } from "../../../src/model/values/vague";
import { checkSpec, cleanForm, editRow } from "./clean-form";

const base = cleanForm();
// 社会效益指标 is the fifth group (sheet row 17, 年度指标值 in column E); its indicator is 受益群众.
const targetFindings = (target: string) =>
  checkSpec(editRow(base, "社会效益指标", { target, actual: "全部完成" })).findings.filter((f) => f.rule === "target-unmeasurable");

describe("what real forms write as targets", () => {
  it.each([
    ["对社会治安防控作用明显", "作用明显"],
    ["群众很满意", "很满意"],
    ["群众安全感得到提升", "得到提升"],
    ["项目实施效果显著", "效果显著"],
    ["辖区人居环境明显改善", "明显改善"],
    ["服务水平有所提高", "有所提高"],
    ["办案效率大幅提高", "大幅提高"],
    ["有效提升基层治理能力", "有效提升"],
    ["进一步规范资金管理", "进一步"],
  ])("「%s」 is vague (%s)", (target, phrase) => {
    expect(vaguePhraseOf(target)).toBe(phrase);
  });

  it("the five phrases the issue names are in the list", () => {
    expect(VAGUE_TARGET_PHRASES).toEqual(expect.arrayContaining(["作用明显", "很满意", "得到提升", "效果显著", "明显改善"]));
  });

  it.each(["满意度≥90%", "按期完成", "验收合格", "进一步提高到95%", "群众满意", "100%", "作用明显提高30%"])(
    "「%s」 is not vague",
    (target) => {
      expect(vaguePhraseOf(target)).toBeNull();
    },
  );

  it("reads through full-width spaces and punctuation", () => {
    expect(vaguePhraseOf("作用　明显。")).toBe("作用明显");
    expect(vaguePhraseOf("“很满意”")).toBe("很满意");
  });
});

describe("every phrase in the list is flagged by target-unmeasurable", () => {
  it.each(VAGUE_TARGET_PHRASES.map((p) => [p]))("「服务质量%s」", (phrase) => {
    const found = targetFindings(`服务质量${phrase}`);
    expect(found).toMatchObject([
      { severity: "warning", cell: "E17", message: `年度指标值「服务质量${phrase}」表述模糊，建议量化（数值、比例或明确的完成标准）` },
    ]);
  });
});

describe("a * placeholder target", () => {
  it.each(["*", "＊", " * ", "**"])("「%s」 is a placeholder", (target) => {
    expect(isPlaceholderTarget(target)).toBe(true);
  });

  it.each(["*见附件", "5*2", "", "—"])("「%s」 is not", (target) => {
    expect(isPlaceholderTarget(target)).toBe(false);
  });

  it("is a warning of its own on the target cell, naming the indicator", () => {
    expect(targetFindings("*")).toMatchObject([
      { severity: "warning", cell: "E17", message: "指标「受益群众」的年度指标值只写了占位符「*」，未设定指标值" },
    ]);
  });

  it("shows the full-width ＊ as written, and speaks English", () => {
    expect(targetFindings("＊").map((f) => f.message)).toEqual(["指标「受益群众」的年度指标值只写了占位符「＊」，未设定指标值"]);
    const en = checkSpec(editRow(base, "社会效益指标", { target: "*", actual: "全部完成" }), "en").findings.filter(
      (f) => f.rule === "target-unmeasurable",
    );
    expect(en.map((f) => f.message)).toEqual(['Indicator "受益群众" has only the placeholder "*" as its target']);
  });
});
