// Numbers typed as text (templates formatted "@", Office.js handing text cells over as strings) count as
// numbers wherever the engine reads one. Seed form 1, layout A: fund row 6 (C 年初 150, D 全年预算 150,
// E 全年执行 100, F 分值 10, G 执行率 0.66 "0%", H 得分 6.6); 得分 in column H at rows 13, 18, 21, 23, 25, 27,
// 29 (10, 10, 7, 7, 20, 20, 10); 总分 row 30 (G 100, H 90.6). Hand sum: 6.6+10+10+7+7+20+20+10 = 90.6.
import { describe, expect, it } from "vitest";
import { formGrid } from "../../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../../scripts/forms/seed-forms";
import { parseA1 } from "../../../src/model/grid/address";
import { checkGrid, type FormReport } from "../../../src/model";
import type { CellValue, Grid } from "../../../src/model/grid/grid";
import { setCell } from "../../fixtures/grid-tools";
import { asDisplayedText, fullWidth } from "./displayed-text";

const seed = formGrid(SEED_FORM_1, "自评表");

function check(grid: Grid, lang: "zh" | "en" = "zh"): FormReport {
  const reports = checkGrid(grid, { lang });
  expect(reports).toHaveLength(1);
  return reports[0];
}

function set(grid: Grid, a1: string, value: CellValue): Grid {
  const p = parseA1(a1)!;
  return setCell(grid, p.row, p.col, value);
}

const ids = (r: FormReport) => r.findings.map((f) => `${f.rule}@${f.cell}`);
const withoutHint = (r: FormReport) => ids(r).filter((x) => !x.startsWith("score-as-text@"));
// --fix declines to write a formula over text a spreadsheet formula cannot read (full-width digits, NBSP):
// that is the fix planner's finding, not a change in what the engine reads.
const engineOnly = (r: FormReport) => withoutHint(r).filter((x) => !x.startsWith("fix-skipped@"));

describe("a seed form with every number typed as text", () => {
  const numeric = check(seed);
  const text = check(asDisplayedText(seed));

  it("recomputes the total from the text scores: 90.6, grade 优", () => {
    expect(text.computed.total).toBe(90.6);
    expect(text.computed.grade).toBe("优");
  });

  it("reads the figures as written: rate 66% (text), 执行率得分 6.6, total 90.6; rate recomputed from text amounts 100/150", () => {
    expect(text.entered).toEqual({ execRate: 0.66, execScore: 6.6, total: 90.6, grade: null });
    expect(text.computed.execRate).toBe(0.6667);
    expect(text.computed.execScore).toBe(6.67);
  });

  it("reports what the numeric form reports, plus the one hint that scores are text", () => {
    expect(withoutHint(text)).toEqual(ids(numeric));
    expect(ids(text).filter((x) => x.startsWith("score-as-text@"))).toEqual(["score-as-text@H6"]);
  });

  it.each([
    ["full-width digits", fullWidth],
    ["spaces around", (t: string) => ` ${t} `],
    ["non-breaking spaces", (t: string) => `\u00a0${t}\u00a0`],
    ["a trailing .0", (t: string) => (/^\d+$/.test(t) ? `${t}.0` : t)],
  ])("reads them with %s", (_, spell) => {
    const r = check(asDisplayedText(seed, () => true, spell));
    expect(r.computed.total).toBe(90.6);
    expect(r.entered.total).toBe(90.6);
    expect(r.entered.execRate).toBe(0.66);
    expect(engineOnly(r)).toEqual(ids(numeric));
  });
});

describe("score-as-text", () => {
  it("points at the first score stored as text, with the message of the issue", () => {
    const grid = asDisplayedText(seed, (row, col) => (row === 20 || row === 28) && col === 7); // H21 and H29
    const r = check(grid);
    const hits = r.findings.filter((f) => f.rule === "score-as-text");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: "info", cell: "H21", row: 21 });
    expect(hits[0].message).toBe("得分以文本形式存储（如 H21），Excel 的 SUM 会忽略这些单元格");
    expect(check(grid, "en").findings.find((f) => f.rule === "score-as-text")?.message).toBe(
      "Scores are stored as text (e.g. H21); Excel's SUM ignores such cells",
    );
    expect(r.computed.total).toBe(90.6);
  });

  it("counts the 总分 cell as a score", () => {
    const r = check(set(seed, "H30", "90.6"));
    expect(r.findings.filter((f) => f.rule === "score-as-text").map((f) => f.cell)).toEqual(["H30"]);
    expect(r.findings.filter((f) => f.rule === "total")).toEqual([]);
  });

  it("is silent when only weights and amounts are text", () => {
    const grid = asDisplayedText(seed, (_, col) => col !== 7);
    expect(check(grid).findings.filter((f) => f.rule === "score-as-text")).toEqual([]);
  });

  it("does not call a word in a score cell a number stored as text", () => {
    const r = check(set(seed, "H21", "七"));
    expect(r.findings.filter((f) => f.rule === "score-as-text")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "score-range").map((f) => f.cell)).toEqual(["H21"]);
  });
});

describe("what counts as a number", () => {
  it("reads weights typed as text for the weight sum", () => {
    // 分值 G6 "10", G13 " 10 ", G25 "２０": still 10 + 90 = 100, no weight-sum finding.
    const r = check(set(set(set(seed, "G13", " 10 "), "G25", "２０"), "F6", "10"));
    expect(r.findings.filter((f) => f.rule === "weight-sum")).toEqual([]);
  });

  it("reads fund amounts with thousands separators", () => {
    // 全年预算数 "1,500" and 全年执行数 "1,000.5": rate 1000.5 / 1500 = 0.667.
    const r = check(set(set(seed, "D6", "1,500"), "E6", "1,000.5"));
    expect(r.computed.execRate).toBe(0.667);
  });

  it("does not take a percentage in a score cell as a score (a score is points, not a share)", () => {
    // H13 "100%": not a number → score-range error; the total counts it as 0: 90.6 − 10 = 80.6.
    const r = check(set(seed, "H13", "100%"));
    const hit = r.findings.find((f) => f.rule === "score-range");
    expect(hit).toMatchObject({ cell: "H13" });
    expect(hit?.message).toContain("不是数字");
    expect(r.computed.total).toBe(80.6);
  });

  it("reads a percentage typed as text in the 执行率 cell as a fraction", () => {
    const r = check(set(seed, "G6", "66.67%"));
    expect(r.entered.execRate).toBe(0.6667);
    expect(r.findings.filter((f) => f.rule === "exec-rate")).toEqual([]);
  });

  it("reads a text total against the text scores", () => {
    // Every score as text and the total written "91": mismatch against 90.6, message shows 91.
    const grid = set(asDisplayedText(seed), "H30", "91");
    const hit = check(grid).findings.find((f) => f.rule === "total");
    expect(hit).toMatchObject({ cell: "H30", severity: "error" });
    expect(hit?.message).toBe("总分填写为91，按执行率得分与各指标得分合计应为90.6");
  });
});
