// Linear-time text handling (issue 8 item 2): no engine entry point may take more than linear time on any text.
// Work is measured, never timed against a threshold: (1) the process CPU time (process.cpuUsage, not wall
// time) of an entry point on distinct strings of length n and 4n, the smallest of three rounds each, must grow
// about 4× when the input is 4 times as long, never the 16× of a quadratic regex (before the rewrites a
// 20,000-character "，，，…" reason or ":::…" header took 4× the time of a 10,000-character one; the bound of 8
// sits between, clear of a shared machine's noise); (2) the characters the engine's
// text caches actually read (textWork, a deterministic count) when one long text fills 2,000 rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formGrid } from "../../../scripts/forms/render-form";
import type { FormSpec } from "../../../scripts/forms/form-spec";
import { checkGrid, checkRow, parseValue, qualitativeTier, readNumberText } from "../../../src/model";
import { headerKey } from "../../../src/model/locate";
import { classifyReason } from "../../../src/model/analyze/reason-text";
import { cellText } from "../../../src/model/grid/sheet-view";
import { textWork } from "../../../src/model/values/text-cache";
import { isVagueTarget, normalizeText } from "../../../src/model/values";
import { cleanForm } from "../rules/clean-form";

const N = 100_000;
// Four times the input: linear work grows 4×, quadratic 16×.
const GROWTH = 4;
const MAX_RATIO = 8;

// The shapes that hurt backtracking regexes: separator, digit and punctuation runs, unclosed brackets, colons,
// repeated shortfall words, invisible characters.
const UNITS = [
  "1-",
  "-",
  "，",
  "，，1",
  ":",
  "：",
  "[",
  "(",
  "(a",
  "【",
  "1",
  "1,",
  "1.",
  "。",
  " ",
  "%",
  "1%",
  "未完成",
  "e1",
  "万元",
  "\u200B",
  "*",
  "#",
  "1,000",
  "—",
  "~",
  "至",
  "0",
  "、",
  "\u3000",
];
const shapeArb = fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));

/**
 * A string of exactly `length` characters repeating `unit`, led by a distinct tag so no cache answers for it;
 * flat (copied through a buffer), so V8's first read does not flatten a rope inside the measured run.
 */
function build(unit: string, length: number, tag: number): string {
  const s = `q${tag.toString(36)}${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}`;
  return Buffer.from(s, "utf16le").toString("utf16le");
}

/** CPU microseconds (user + system) this process spends in run. */
function cpu(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

let tags = 0;

/** CPU time of f over `reps` distinct strings of one shape and length: the smallest of three rounds. */
function work(f: (s: string) => unknown, unit: string, length: number, reps: number): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const inputs = Array.from({ length: reps }, () => build(unit, length, tags++));
    best = Math.min(
      best,
      cpu(() => inputs.forEach((s) => f(s))),
    );
  }
  return best;
}

// Below this much CPU time (µs) a measurement is the clock's and the collector's noise, not the work.
const FLOOR = 5_000;

/** How much more work an input GROWTH times as long costs: ~4 for linear text handling, ~16 for quadratic. */
function growthRatio(f: (s: string) => unknown, unit: string, n = N): number {
  // Enough repetitions that the shorter measurement is above the noise; work that stays below it is no concern.
  let reps = 1;
  while (reps < 16 && cpuOnce(f, unit, n, reps) < FLOOR) reps *= 2;
  return Math.max(work(f, unit, GROWTH * n, reps), FLOOR) / Math.max(work(f, unit, n, reps), FLOOR);
}

function cpuOnce(f: (s: string) => unknown, unit: string, length: number, reps: number): number {
  const inputs = Array.from({ length: reps }, () => build(unit, length, tags++));
  return cpu(() => inputs.forEach((s) => f(s)));
}

const ENTRY_POINTS: [string, (s: string) => unknown][] = [
  ["parseValue", (s) => parseValue(s)],
  ["normalizeText", (s) => normalizeText(s)],
  ["classifyReason", (s) => classifyReason(s)],
  ["qualitativeTier", (s) => qualitativeTier(s)],
  ["headerKey", (s) => headerKey(s)],
  ["isVagueTarget", (s) => isVagueTarget(s, "群众满意度")],
  ["readNumberText", (s) => readNumberText(s)],
  ["cellText", (s) => cellText(s)],
  ["checkRow (PERF.CHECK)", (s) => checkRow({ target: s, actual: s, weight: 10, score: 8, reason: s, indicator: s })],
];

describe("every text entry point is linear on adversarial strings of 100,000+ characters", () => {
  it.each(ENTRY_POINTS)(
    "%s",
    (_, f) => {
      fc.assert(
        fc.property(shapeArb, (unit) => {
          expect(growthRatio(f, unit)).toBeLessThanOrEqual(MAX_RATIO);
        }),
        { numRuns: 4, seed: 8 },
      );
    },
    120_000,
  );

  it.each([
    ["a 300,000-character reason of commas (issue 8, 57 s of CPU before)", classifyReason, "，"],
    ["a header of colons", headerKey, ":"],
    ["a header of unclosed brackets", headerKey, "["],
    ["an actual that is a long run of digits", qualitativeTier, "1"],
    ["a range of ranges 1-1-1-…", parseValue, "1-"],
    ["a --fix cell of spaces", (s: string) => checkRow({ target: "≥1", actual: "1", weight: 10, score: s }), " "],
  ] as [string, (s: string) => unknown, string][])(
    "%s",
    (_, f, unit) => {
      expect(growthRatio(f, unit, 75_000)).toBeLessThanOrEqual(MAX_RATIO);
    },
    120_000,
  );
});

/** The clean form with its text cells (reason, target, actual, indicator name, project) holding `text`. */
function formWith(text: string, rows = 6): FormSpec {
  const base = cleanForm();
  const groups = Array.from({ length: rows }, (_, i) => ({
    ...base.groups[i % base.groups.length],
    reason: text,
    rows: [{ level3: i < 6 ? text : `指标${i}`, target: text, actual: text }],
  }));
  return { ...base, project: text, groups };
}

describe("checkGrid on a form whose cells hold long adversarial text", () => {
  it("is linear in the length of the cells", () => {
    fc.assert(
      fc.property(shapeArb, (unit) => {
        const check = (s: string) => checkGrid(formGrid(formWith(s), "S"));
        expect(growthRatio(check, unit, 50_000)).toBeLessThanOrEqual(MAX_RATIO);
      }),
      { numRuns: 4, seed: 8 },
    );
  }, 120_000);

  it("2,000 rows sharing one 32,767-character string read that string a bounded number of times", () => {
    const long = "未完成，1-".repeat(6000).slice(0, 32_767);
    const grid = formGrid(formWith(long, 2000), "S");
    const before = textWork.chars;
    const [report] = checkGrid(grid);
    // Each cached reading (fold, parse, classify, tier, vagueness…) reads the text once, not once per row:
    // a handful of passes over 32,767 characters, where 2,000 rows read per row would be 2,000 times as many.
    expect(textWork.chars - before).toBeLessThanOrEqual(10 * 32_767);
    expect(report.findings.length).toBeGreaterThan(2000);
    // Every finding quotes at most an excerpt of the cell.
    for (const f of report.findings) expect(f.message.length).toBeLessThan(200);
  }, 120_000);

  it("2,000 rows sharing a 32,767-character string cost about what 2,000 rows of a short string cost", () => {
    const long = "未完成，1-".repeat(6000).slice(0, 32_767);
    const longGrid = formGrid(formWith(long, 2000), "S");
    const shortGrid = formGrid(formWith("未完成，1-", 2000), "S");
    // Warm the caches and the JIT on both, then compare CPU time (smallest of three): reading the long text per
    // row, as before, cost 30× the short form and more.
    checkGrid(longGrid);
    checkGrid(shortGrid);
    const best = (grid: typeof longGrid) => Math.min(...[0, 1, 2].map(() => cpu(() => checkGrid(grid))));
    expect(best(longGrid) / best(shortGrid)).toBeLessThanOrEqual(MAX_RATIO);
  }, 120_000);
});
