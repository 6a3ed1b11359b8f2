// Blank-looking text is blank (issue 8 item 7): zero-width characters (U+200B–U+200D, U+2060, U+FEFF),
// non-breaking spaces (U+00A0, U+202F), the ideographic space U+3000 and other invisible format characters
// alone do not make a reason, a target, an actual or a project name non-empty. The clean form (clean-form.ts,
// layout A) has 项目名称 in B3, 社会效益指标 on sheet row 17 (受益群众, target E17 ≥2000人, actual F17 2100人,
// 分值 30) and 数量指标 on row 13 (分值 20); every reason is 无偏差.
import { describe, expect, it } from "vitest";
import { isBlank } from "../../../src/functions/args";
import { checkRow } from "../../../src/model";
import { isBlankCell } from "../../../src/model/parse/read-cell";
import { classifyReason } from "../../../src/model/analyze/reason-text";
import { cellText } from "../../../src/model/grid/sheet-view";
import { foldText, parseValue } from "../../../src/model/values";
import { isBlankText, trimInvisible } from "../../../src/model/values/invisible";
import { checkSpec, cleanForm, editGroup, editRow } from "../rules/clean-form";

const INVISIBLE: [string, string][] = [
  ["U+200B zero-width space", "\u200B"],
  ["U+200C zero-width non-joiner", "\u200C"],
  ["U+200D zero-width joiner", "\u200D"],
  ["U+2060 word joiner", "\u2060"],
  ["U+FEFF byte-order mark", "\uFEFF"],
  ["U+00A0 no-break space", "\u00A0"],
  ["U+202F narrow no-break space", "\u202F"],
  ["U+3000 ideographic space", "\u3000"],
  ["U+00AD soft hyphen", "\u00AD"],
  ["U+200E left-to-right mark", "\u200E"],
  ["U+3164 Hangul filler", "\u3164"],
  ["a mix of them", "\u200B\u3000\uFEFF\u00A0\u2060 \u200D"],
];

const base = cleanForm();

describe("the text helpers", () => {
  it.each(INVISIBLE)("%s alone is blank text, a blank cell and empty cell text", (_, s) => {
    expect(isBlankText(s)).toBe(true);
    expect(isBlankText(s.repeat(3))).toBe(true);
    expect(cellText(s)).toBe("");
    expect(isBlankCell({ pos: { row: 0, col: 0 }, value: s, format: null })).toBe(true);
    expect(foldText(`无${s}偏差`)).toBe("无偏差");
    expect(parseValue(s)).toEqual({ kind: "empty", raw: "" });
    expect(classifyReason(s)).toBe("empty");
    expect(isBlank(s)).toBe(true);
  });

  it("trims invisible characters at the ends only, keeping what is between", () => {
    expect(trimInvisible("\u200B\u3000无偏差\uFEFF\u00A0")).toBe("无偏差");
    expect(trimInvisible("工程\u200B验收")).toBe("工程\u200B验收");
    expect(classifyReason("\u200B无\u200B偏差\u3000")).toBe("none");
  });

  it("visible text is not blank, and trimming text with nothing to trim returns it unchanged", () => {
    for (const s of ["0", "—", "无", "a", "（", "\u{20000}"]) expect(isBlankText(s)).toBe(false);
    const s = "已完成";
    expect(trimInvisible(s)).toBe(s);
  });

  it("an astral invisible character (U+E0020 tag space) at either end is trimmed whole", () => {
    expect(trimInvisible("\u{E0020}无\u{E0020}")).toBe("无");
    expect(isBlankText("\u{E0020}")).toBe(true);
  });
});

describe("through the engine", () => {
  it.each(INVISIBLE)("a reason of %s beside a deduction is a missing reason", (_, s) => {
    const spec = editGroup(base, "数量指标", (g) => ({ ...g, score: 18, reason: s }));
    const found = checkSpec(spec).findings.filter((f) => f.rule === "reason-missing");
    expect(found.map((f) => f.message)).toEqual(["得分18低于分值20，但未填写偏差原因分析及改进措施"]);
  });

  it.each(INVISIBLE)("a target of %s is a missing target", (_, s) => {
    const found = checkSpec(editRow(base, "社会效益指标", { target: s })).findings.filter((f) => f.rule === "target-unmeasurable");
    expect(found.map((f) => `${f.cell} ${f.message}`)).toEqual(["E17 指标「受益群众」未填写年度指标值"]);
  });

  it.each(INVISIBLE)("an actual of %s beside ≥2000人 is a missing actual, not an unmeasurable word", (_, s) => {
    const found = checkSpec(editRow(base, "社会效益指标", { actual: s })).findings.filter((f) => f.rule === "actual-unmeasurable");
    expect(found.map((f) => `${f.cell} ${f.message}`)).toEqual(["F17 年度指标值为≥2000人，实际完成值未填写"]);
  });

  it.each(INVISIBLE)("a project name of %s is a blank required field, and the report names no project", (_, s) => {
    const r = checkSpec({ ...base, project: s });
    expect(r.findings.filter((f) => f.rule === "required-field").map((f) => `${f.cell} ${f.message}`)).toEqual(["B3 项目名称未填写"]);
    expect(r.project).toBeNull();
  });

  it("PERF.CHECK's row check reads a zero-width reason as none given", () => {
    const verdict = checkRow({ target: "≥95%", actual: "90%", weight: 10, score: 8, reason: "\u200B\u200B" });
    expect(verdict).toEqual({ rule: "reason-missing", severity: "error", message: "得分8低于分值10，但未填写偏差原因分析及改进措施" });
  });
});
