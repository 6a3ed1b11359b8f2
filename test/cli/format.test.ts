import { describe, expect, it } from "vitest";
import { summarize, type BatchResult } from "../../src/cli/batch-result";
import { formatJson } from "../../src/cli/format-json";
import { formatFindings, formatSkipped, formatSummary, formatTable } from "../../src/cli/format-table";
import { escapeTerminal } from "../../src/cli/terminal-text";
import { alignColumns, displayWidth, truncateDisplay } from "../../src/cli/text-width";
import { FormReportSchema } from "../../src/model";
import { finding, formReport } from "./helpers";

describe("displayWidth and alignment", () => {
  it("counts CJK and full-width characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("总分")).toBe(4);
    expect(displayWidth("（A）")).toBe(5);
  });

  it("aligns columns by display width, not string length", () => {
    const lines = alignColumns([
      ["级别", "单元格"],
      ["error", "I21"],
    ]);
    expect(lines).toEqual(["级别   单元格", "error  I21"]);
  });

  it("truncates to a display width with an ellipsis", () => {
    expect(truncateDisplay("新建潇河派出所", 7)).toBe("新建潇…");
    expect(truncateDisplay("short", 10)).toBe("short");
  });
});

describe("figures in the table", () => {
  it("shows the core's figure table: rates with at most two decimals, scores likewise, — when absent", () => {
    const form = formReport({
      entered: { execRate: 0.66, execScore: 6.6, total: 90.6, grade: null },
      computed: { execRate: 0.6667, execScore: 6.666666, total: 90.6, grade: "优" },
    });
    const text = formatTable(
      { files: [{ file: "a.xlsx", error: null, errorCode: null, sheetErrors: [], forms: [form] }], skipped: [], summary: summarize([]) },
      "zh",
    );
    expect(text).toMatch(/执行率\s+66%\s+66.67%/);
    expect(text).toMatch(/执行率得分\s+6.6\s+6.67/);
    expect(text).toMatch(/等级\s+—\s+优/);
    expect(text).toMatch(/项目\s+填报值\s+复算值/);
  });
});

const twoFiles: BatchResult = {
  files: [
    {
      file: "samples/01.xlsx",
      error: null,
      errorCode: null,
      sheetErrors: [],
      forms: [
        formReport({
          findings: [
            finding(),
            finding({ severity: "warning", rule: "weights-default", cell: "B12", row: 12, message: "一级指标权重不是 50/30/10" }),
          ],
        }),
      ],
    },
    { file: "bad.xlsx", error: "「bad.xlsx」不是电子表格文件。", errorCode: "not-spreadsheet", sheetErrors: [], forms: [] },
  ],
  skipped: [],
  summary: { files: 2, checked: 1, failed: 1, forms: 1, errors: 1, warnings: 1, infos: 0, sheetErrors: 0, skipped: 0 },
};

describe("formatTable", () => {
  const text = formatTable(twoFiles, "zh");

  it("names each file and the form's sheet, range and project", () => {
    expect(text).toContain("文件：samples/01.xlsx");
    expect(text).toContain("  工作表「自评表」 A1:I40  项目：新建潇河派出所业务用房建设资金");
  });

  it("shows entered beside computed figures in aligned columns", () => {
    expect(text).toContain("    执行率      66%     66.67%");
    expect(text).toContain("    执行率得分  6.6     6.67");
    expect(text).toContain("    总分        90.6    90.6");
    expect(text).toContain("    等级        —       优");
  });

  it("lists the findings with translated severities and rule titles", () => {
    expect(text).toContain("  发现的问题：2 项");
    // A known rule shows its Chinese title; an unknown id (weights-default) shows as itself.
    expect(text).toContain("    错误  I21     扣分未说明原因   得分低于分值但未填写偏差原因");
    expect(text).toContain("    警告  B12     weights-default  一级指标权重不是 50/30/10");
  });

  it("shows an unreadable file's reason and a verdict for failed files", () => {
    expect(text).toContain("文件：bad.xlsx\n  ✗ 「bad.xlsx」不是电子表格文件");
    expect(text.trimEnd().endsWith("结论：有文件未能检查，原因见上文。")).toBe(true);
  });

  it("speaks English with lang en", () => {
    const en = formatTable(twoFiles, "en");
    expect(en).toContain('  Sheet "自评表" A1:I40  Project: 新建潇河派出所业务用房建设资金');
    expect(en).toContain("    Execution rate   66%      66.67%");
    // Issue 8: the summary line always says how many files were checked, failed and skipped.
    expect(en).toContain("Checked 1 file(s), 1 failed, 0 skipped; 1 form(s); 1 error(s), 1 warning(s), 0 info.");
  });

  it("says when a workbook holds no form", () => {
    const none: BatchResult = {
      files: [{ file: "staff.xlsx", error: null, errorCode: null, sheetErrors: [], forms: [] }],
      skipped: [],
      summary: { files: 1, checked: 1, failed: 0, forms: 0, errors: 0, warnings: 0, infos: 0, sheetErrors: 0, skipped: 0 },
    };
    expect(formatTable(none, "zh")).toContain("文件：staff.xlsx\n  未找到绩效自评表。");
  });
});

describe("formatFindings and formatSummary", () => {
  it("says no findings when there are none", () => {
    expect(formatFindings([], "zh")).toEqual(["  未发现问题。"]);
  });

  it("gives the error verdict only when no file failed", () => {
    const summary = { files: 1, checked: 1, failed: 0, forms: 1, errors: 2, warnings: 0, infos: 0, sheetErrors: 0, skipped: 0 };
    expect(formatSummary(summary, "zh")).toEqual([
      "汇总",
      "已检查文件 1 个，未能检查 0 个，跳过 0 个；自评表 1 份；错误 2 项，警告 0 项，提示 0 项。",
      "结论：有错误，需要修改后再报送。",
    ]);
    expect(formatSummary({ ...summary, errors: 0 }, "en")[2]).toBe("Verdict: no errors found.");
  });
});

describe("formatJson", () => {
  const parsed = JSON.parse(formatJson(twoFiles, 2));

  it("wraps reports as files[].file/error/forms with summary and exit code", () => {
    expect(Object.keys(parsed)).toEqual(["files", "skipped", "summary", "exitCode"]);
    expect(parsed.exitCode).toBe(2);
    expect(Object.keys(parsed.files[0])).toEqual(["file", "error", "errorCode", "sheetErrors", "forms"]);
    expect(parsed.files[1]).toEqual({
      file: "bad.xlsx",
      error: twoFiles.files[1].error,
      errorCode: "not-spreadsheet",
      sheetErrors: [],
      forms: [],
    });
  });

  it("keeps each form a valid FormReport", () => {
    expect(FormReportSchema.parse(parsed.files[0].forms[0])).toEqual(twoFiles.files[0].forms[0]);
  });

  it("puts output before forms when --fix wrote a copy", () => {
    const fixed: BatchResult = { ...twoFiles, files: [{ ...twoFiles.files[0], output: "out/01.xlsx" }] };
    expect(Object.keys(JSON.parse(formatJson(fixed, 1)).files[0])).toEqual([
      "file",
      "error",
      "errorCode",
      "output",
      "sheetErrors",
      "forms",
    ]);
  });

  it("carries sheet errors and what the walk skipped", () => {
    const sheetErrors = [{ sheet: "坏", error: "工作表「坏」无法读取，未检查：bad" }];
    const skipped = [{ file: "in/~$a.xlsx", reason: "lock-file" as const }];
    const withBoth: BatchResult = { ...twoFiles, files: [{ ...twoFiles.files[0], sheetErrors }], skipped };
    const json = JSON.parse(formatJson(withBoth, 2));
    expect(json.files[0].sheetErrors).toEqual(sheetErrors);
    expect(json.skipped).toEqual(skipped);
  });
});

describe("finding order", () => {
  it("lists findings top to bottom, then left to right, whatever the engine's order", () => {
    const lines = formatFindings(
      [finding({ cell: "H23", rule: "c" }), finding({ cell: "G6", rule: "a" }), finding({ cell: "B23", rule: "b" })],
      "en",
    );
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/)[2])).toEqual(["a", "b", "c"]);
  });
});

describe("sheet errors and skipped files in the table", () => {
  const result: BatchResult = {
    files: [
      {
        file: "a.xls",
        error: null,
        errorCode: null,
        sheetErrors: [{ sheet: "坏", error: "工作表「坏」无法读取，未检查：bad record" }],
        forms: [formReport()],
      },
    ],
    skipped: ["~$a.xlsx", "说明.docx", "b.txt", "c.pdf"].map((f) => ({ file: `in/${f}`, reason: "not-a-workbook-name" as const })),
    summary: { files: 1, checked: 1, failed: 0, forms: 1, errors: 0, warnings: 0, infos: 0, sheetErrors: 1, skipped: 4 },
  };

  it("shows each unreadable sheet under its file, with the forms of the others", () => {
    const text = formatTable(result, "zh");
    expect(text).toContain("文件：a.xls\n  ✗ 工作表「坏」无法读取，未检查：bad record\n  工作表「自评表」");
  });

  it("counts unreadable sheets in the summary and gives the failed verdict", () => {
    expect(formatSummary(result.summary, "zh").slice(2)).toEqual([
      "另有 1 张工作表无法读取，未检查。",
      "结论：有工作表未能读取，原因见上文。",
    ]);
    expect(formatSummary(result.summary, "en")[3]).toBe("Verdict: some sheets could not be read, see above.");
  });

  it("names the count and the first three skipped files", () => {
    expect(formatSkipped(result.skipped, "zh")).toEqual(["已跳过 4 个文件（锁定文件或非工作簿扩展名）：~$a.xlsx、说明.docx、b.txt…"]);
    expect(formatSkipped([], "en")).toEqual([]);
    expect(formatTable(result, "en").trimEnd().split("\n").at(-1)).toBe(
      "Skipped 4 file(s) (lock files or names without a workbook extension): ~$a.xlsx, 说明.docx, b.txt…",
    );
  });
});

describe("skipped paths by kind (issue 8)", () => {
  it("names special files, links to folders and the output folder on their own lines, by path", () => {
    const lines = formatSkipped(
      [
        { file: "in/~$a.xlsx", reason: "lock-file" },
        { file: "in/pipe.xlsx", reason: "special-file" },
        { file: "in/zero.xlsx", reason: "special-file" },
        { file: "in/x.xlsx", reason: "linked-folder" },
        { file: "in/out", reason: "output-folder" },
      ],
      "zh",
    );
    expect(lines).toEqual([
      "已跳过 1 个文件（锁定文件或非工作簿扩展名）：~$a.xlsx",
      "已跳过 2 个特殊文件（管道、设备或套接字，未打开）：in/pipe.xlsx、in/zero.xlsx",
      "未进入 1 个指向文件夹的符号链接：in/x.xlsx",
      "未检查 --fix 的输出文件夹：in/out",
    ]);
  });
});

describe("escapeTerminal", () => {
  it("shows C0 controls, DEL and C1 controls as \\xNN, and newline, return and tab by their short names", () => {
    expect(escapeTerminal("a\x1b[2Jb")).toBe("a\\x1b[2Jb");
    expect(escapeTerminal("\x00\x07\x08\x7f\x80\x9b\x9f")).toBe("\\x00\\x07\\x08\\x7f\\x80\\x9b\\x9f");
    expect(escapeTerminal("1\n2\r3\t4")).toBe("1\\n2\\r3\\t4");
  });

  it("shows bidi embeddings, overrides, isolates and marks and the line separators as \\uNNNN", () => {
    const bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c, 0x2028, 0x2029];
    const escaped = escapeTerminal(String.fromCharCode(...bidi));
    expect(escaped).toBe("\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029");
  });

  it("leaves Chinese, full-width punctuation, emoji, spaces and backslashes (Windows paths) as they are", () => {
    const text = "C:\\报送\\2021年 自评表（终稿）👍 ¥100 é";
    expect(escapeTerminal(text)).toBe(text);
  });

  it("handles a 200,000-character run of escapes in one pass (each character becomes its escape)", () => {
    const long = "\x1b".repeat(200_000);
    expect(escapeTerminal(long)).toBe("\\x1b".repeat(200_000));
  });
});

describe("the table cannot be driven by workbook text (issue 8)", () => {
  const attack = "\x1b[2J\n结论：未发现错误。";
  const result: BatchResult = {
    files: [
      {
        file: "in/evil\x1b]0;title\x07\n文件：ok.xlsx",
        error: null,
        errorCode: null,
        sheetErrors: [{ sheet: "坏\r", error: "工作表「坏\r」无法读取，未检查：\x1b[31mred" }],
        forms: [
          formReport({
            sheet: "自评\u202e表",
            project: `项目${attack}`,
            findings: [finding({ severity: "error", message: `偏差原因写“${attack}”` })],
          }),
        ],
        output: "out/evil\x1b[2K.xlsx",
      },
    ],
    skipped: [{ file: "in/\x1b[2Jx.txt", reason: "not-a-workbook-name" }],
    summary: { files: 1, checked: 1, failed: 0, forms: 1, errors: 1, warnings: 0, infos: 0, sheetErrors: 1, skipped: 1 },
  };

  for (const lang of ["zh", "en"] as const) {
    it(`prints no control character and no second verdict line (${lang})`, () => {
      const text = formatTable(result, lang);
      // Only the line breaks the table itself makes: no ESC, BEL, CR or bidi override anywhere.
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      const lines = text.split("\n");
      // The fake verdict never starts a line; the one verdict line is the real one (a sheet failed).
      expect(lines.filter((l) => l.trimStart().startsWith("结论") || l.trimStart().startsWith("Verdict"))).toHaveLength(1);
      expect(lines.filter((l) => l.trimStart().startsWith("文件：") || l.startsWith("File:"))).toHaveLength(1);
    });
  }

  it("shows the attack escaped, on the finding's own line", () => {
    const lines = formatTable(result, "zh").split("\n");
    const findingLine = lines.find((l) => l.includes("偏差原因写"));
    expect(findingLine).toContain("偏差原因写“\\x1b[2J\\n结论：未发现错误。”");
    expect(lines).toContain("文件：in/evil\\x1b]0;title\\x07\\n文件：ok.xlsx");
    expect(lines).toContain("  ✗ 工作表「坏\\r」无法读取，未检查：\\x1b[31mred");
    expect(lines).toContain("  工作表「自评\\u202e表」 A1:I40  项目：项目\\x1b[2J\\n结论：未发现错误。");
    expect(lines).toContain("  已写出修正副本：out/evil\\x1b[2K.xlsx");
    expect(lines.at(-2)).toBe("已跳过 1 个文件（锁定文件或非工作簿扩展名）：\\x1b[2Jx.txt");
  });

  it("keeps JSON as JSON.stringify makes it (already escaped, and exact)", () => {
    const json = formatJson(result, 2);
    expect(JSON.parse(json).files[0].forms[0].findings[0].message).toBe(`偏差原因写“${attack}”`);
    expect(json).not.toContain("\x1b");
  });
});
