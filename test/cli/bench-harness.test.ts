// The bench's own helpers: a wrong median or a malformed generated form would make every figure meaningless.
import { describe, expect, it } from "vitest";
import { generateFormSpec } from "../../bench/generate-form";
import { formatMs, interleavedMedians, medianOf, row } from "../../bench/harness";
import { parseMaxRss } from "../../bench/process";

describe("medianOf", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNaN();
  });
});

describe("interleavedMedians", () => {
  it("runs every function warmup + runs times and keeps only the timed runs", async () => {
    const calls = { a: 0, b: 0 };
    const result = await interleavedMedians({ a: () => calls.a++, b: () => calls.b++ }, 4, 2);
    expect(calls).toEqual({ a: 6, b: 6 });
    expect(Object.keys(result)).toEqual(["a", "b"]);
    expect(result.a).toBeGreaterThanOrEqual(0);
  });
});

describe("row and formatMs", () => {
  it("marks a median within its target ok and one over it not", () => {
    expect(row("x", 0.5, 10, 1)).toEqual({ name: "x", median: 0.5, runs: 10, target: 1, ok: true });
    expect(row("x", 2, 10, 1).ok).toBe(false);
    expect(row("x", 2, 10)).toEqual({ name: "x", median: 2, runs: 10 });
  });

  it("shows three significant digits", () => {
    expect(formatMs(0.4721)).toBe("0.472 ms");
    expect(formatMs(12.34)).toBe("12.3 ms");
    expect(formatMs(452.4)).toBe("452 ms");
  });
});

describe("generateFormSpec", () => {
  const spec = generateFormSpec(1500);
  const rows = spec.groups.reduce((n, g) => n + g.rows.length, 0);
  const weightOf = (level1: string) =>
    spec.groups.filter((g) => g.level1 === level1).reduce((sum, g) => sum + Math.round(Number(g.weight) * 100), 0) / 100;

  it("has 1,500 三级 rows in groups of ten", () => {
    expect(rows).toBe(1500);
    expect(spec.groups.every((g) => g.rows.length === 10)).toBe(true);
  });

  it("splits the 90 indicator points 50/30/10 in whole hundredths", () => {
    expect([weightOf("产出指标"), weightOf("效益指标"), weightOf("满意度指标")]).toEqual([50, 30, 10]);
    for (const g of spec.groups) expect(Number(g.weight) * 100).toBeCloseTo(Math.round(Number(g.weight) * 100), 9);
  });

  it("scores every group in full, so the total is 100", () => {
    expect(spec.groups.every((g) => g.score === g.weight)).toBe(true);
    expect(spec.total).toEqual({ weight: 100, score: 100 });
  });
});

describe("parseMaxRss", () => {
  it("reads the peak memory report-rss.cjs prints, in MB, and null without it", () => {
    expect(parseMaxRss("结论：未发现错误。\n\nBENCH_MAXRSS_KB=2048\n")).toBe(2);
    expect(parseMaxRss("no report")).toBeNull();
  });
});
