import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveProfile } from "../../../src/model/scoring/profile";
import { completion, scoreIndicator, type Direction } from "../../../src/model/scoring";
import { parseValue } from "../../../src/model/values";

const FRAGMENTS = [
  "≥",
  "≤",
  "=",
  "<",
  ">",
  "不超过",
  "以上",
  "0",
  "1",
  "5",
  "50",
  "70",
  "0.84",
  "100",
  "-",
  "~",
  "万元",
  "元",
  "%",
  "平米",
  "次",
  "人",
  "公里",
  "全部完成",
  "部分",
  "未完成",
  "全年",
  "—",
  " ",
];
const cellText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((p) => p.join(""));
const cell = fc.oneof(cellText, fc.double(), fc.constant(null), fc.boolean(), fc.string());
const format = fc.option(fc.constantFrom("0%", "0.00", '0.00"万元"'));
const parsed = fc.tuple(cell, format).map(([v, f]) => parseValue(v, f));
const direction = fc.option(fc.constantFrom<Direction>("positive", "reverse", "equal", "interval"));
const profile = fc
  .record({ reverseMode: fc.constantFrom("ratio", "linear"), equalMode: fc.constantFrom("vendor", "strict") } as const)
  .map((p) => resolveProfile(p));

describe("scoring properties", () => {
  it("completion ratio is always within [0, 1] for any parsed pair", () => {
    fc.assert(
      fc.property(parsed, parsed, profile, direction, (t, a, p, d) => {
        const c = completion(t, a, p, d);
        if (c.kind === "quantitative") {
          expect(c.ratio).toBeGreaterThanOrEqual(0);
          expect(c.ratio).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("scoreIndicator is null or within [0, weight]", () => {
    const weight = fc.double({ min: 0, max: 1000, noNaN: true });
    fc.assert(
      fc.property(parsed, parsed, weight, profile, direction, (t, a, w, p, d) => {
        const s = scoreIndicator(t, a, w, p, d);
        return s === null || (s >= 0 && s <= w);
      }),
      { numRuns: 1000 },
    );
  });

  it("more actual never lowers a positive score (monotone)", () => {
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(amount, amount, amount, (target, b1, b2) => {
        const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
        const p = resolveProfile();
        const s1 = scoreIndicator(parseValue(target), parseValue(lo), 10, p, "positive")!;
        const s2 = scoreIndicator(parseValue(target), parseValue(hi), 10, p, "positive")!;
        return s1 <= s2;
      }),
      { numRuns: 1000 },
    );
  });
});
