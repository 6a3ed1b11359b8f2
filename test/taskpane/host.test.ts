import { describe, expect, it } from "vitest";
import type { FormReport } from "../../src/model";
import { detectHost } from "../../src/taskpane/host";
import { langFromDisplayLanguage, messages } from "../../src/taskpane/i18n";
import { toPaneError } from "../../src/taskpane/errors";
import { reportFigures } from "../../src/taskpane/format";

const sets = (...supported: string[]) => ({
  isSetSupported: (name: string, v?: string) => name === "ExcelApi" && supported.includes(v ?? ""),
});

describe("detectHost", () => {
  it("uses Chinese for zh-CN and zh-TW Office, English for other languages", () => {
    expect(detectHost("Excel", { displayLanguage: "zh-CN", requirements: sets() }, true).lang).toBe("zh");
    expect(detectHost("Excel", { displayLanguage: "zh-TW", requirements: sets() }, true).lang).toBe("zh");
    expect(detectHost("Excel", { displayLanguage: "en-US", requirements: sets() }, true).lang).toBe("en");
    expect(detectHost("Excel", { displayLanguage: "de-DE", requirements: sets() }, true).lang).toBe("en");
  });

  it("defaults to Chinese, light theme and no workbook access outside Office", () => {
    expect(detectHost(null, undefined, false)).toEqual({
      inExcel: false,
      lang: "zh",
      dark: false,
      capabilities: { cellProperties: false, documentProperties: false, merges: false, events: false },
    });
    expect(detectHost(null, { displayLanguage: "en-US" }, false).lang).toBe("zh");
  });

  it("follows Office's dark theme, from isDarkTheme or else the body background", () => {
    expect(detectHost("Excel", { officeTheme: { isDarkTheme: true } }, true).dark).toBe(true);
    expect(detectHost("Excel", { officeTheme: { bodyBackgroundColor: "#262626" } }, true).dark).toBe(true);
    expect(detectHost("Excel", { officeTheme: { bodyBackgroundColor: "#FFFFFF" } }, true).dark).toBe(false);
  });

  it("maps ExcelApi 1.7 to document properties, 1.9 to fills and events and 1.13 to merged areas", () => {
    // Office 2019 (up to 1.8) can keep and read the record of original fills but cannot read fills.
    expect(detectHost("Excel", { requirements: sets("1.7", "1.8") }, true).capabilities).toEqual({
      cellProperties: false,
      documentProperties: true,
      merges: false,
      events: false,
    });
    expect(detectHost("Excel", { requirements: sets("1.7", "1.9") }, true).capabilities).toEqual({
      cellProperties: true,
      documentProperties: true,
      merges: false,
      events: true,
    });
    expect(detectHost("Excel", { requirements: sets("1.7", "1.9", "1.13") }, true).capabilities).toEqual({
      cellProperties: true,
      documentProperties: true,
      merges: true,
      events: true,
    });
  });
});

describe("message table", () => {
  it("has the same entries in both languages, none empty", () => {
    const zh = messages("zh");
    const en = messages("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en])
      for (const value of Object.values(table)) if (typeof value === "string") expect(value.trim()).not.toBe("");
    expect(zh.check).toBe("检查本表");
    expect(en.check).not.toBe(zh.check);
  });

  it("treats a missing display language as Chinese", () => {
    expect(langFromDisplayLanguage(undefined)).toBe("zh");
    expect(langFromDisplayLanguage("")).toBe("zh");
    expect(langFromDisplayLanguage("ZH-cn")).toBe("zh");
  });
});

describe("toPaneError", () => {
  it("keeps an OfficeExtension.Error's code, message and location", () => {
    const e = Object.assign(new Error("The argument is invalid."), {
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values", message: "x" },
    });
    expect(toPaneError("fill", e)).toEqual({
      action: "fill",
      code: "InvalidArgument",
      message: "The argument is invalid.",
      location: "Range.values",
    });
  });

  it("turns anything thrown into a message", () => {
    expect(toPaneError("check", "boom")).toEqual({ action: "check", code: null, message: "boom", location: null });
    expect(toPaneError("check", new TypeError("x is undefined"))).toMatchObject({ code: null, message: "x is undefined" });
  });
});

describe("figures", () => {
  // Seed form 1 (docs/rules.md#source-shanxi-jinzhong): 执行率 typed as 66% where 100/150 = 66.67%, 执行率得分 6.6 vs 10 × 0.6667 = 6.67,
  // 总分 90.6 on both sides, 等级 left blank where 90.6 ≥ 90 is 优.
  const report: Pick<FormReport, "entered" | "computed"> = {
    entered: { execRate: 0.66, execScore: 6.6, total: 90.6, grade: null },
    computed: { execRate: 100 / 150, execScore: 6.666666, total: 90.6, grade: "优" },
  };

  it("shows the core's table in the pane's language: 填报值 / 复算值, rates as percentages, at most two decimals", () => {
    const zh = reportFigures(messages("zh"), report);
    expect(zh.header).toEqual({ item: "项目", entered: "填报值", computed: "复算值" });
    expect(zh.rows.map((r) => [r.label, r.entered, r.computed])).toEqual([
      ["执行率", "66%", "66.67%"],
      ["执行率得分", "6.6", "6.67"],
      ["总分", "90.6", "90.6"],
      ["等级", "—", "优"],
    ]);
    const en = reportFigures(messages("en"), report);
    expect(en.header).toEqual({ item: "Item", entered: "Entered", computed: "Recomputed" });
    expect(en.rows.map((r) => r.label)).toEqual(["Execution rate", "Execution score", "Total", "Grade"]);
  });

  it("marks figures that differ as shown, not when one side is missing", () => {
    const rows = reportFigures(messages("zh"), report).rows;
    expect(rows.map((r) => [r.key, r.differs])).toEqual([
      ["execRate", true],
      ["execScore", true],
      ["total", false],
      ["grade", false],
    ]);
  });
});
