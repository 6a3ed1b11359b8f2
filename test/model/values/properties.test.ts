import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseValue, type ParsedValue } from "../../../src/model/values";

const FRAGMENTS = [
  "≥",
  "≤",
  ">=",
  "＞=",
  "<",
  "=",
  "不低于",
  "以上",
  "以内",
  "达到",
  "50",
  "70",
  "0",
  "0.5",
  ".5",
  "100",
  "１",
  "-",
  "—",
  "~",
  "～",
  "至",
  "次",
  "人",
  "万元",
  "元",
  "亿元",
  "%",
  "％",
  "百分比",
  "平米",
  "平方米",
  "m²",
  "m2",
  "㎡",
  "亩",
  "全年",
  "完成",
  "，",
  "、",
  ",",
  ".",
  " ",
  "\u3000",
  "e",
  "NaN",
  "Infinity",
  "余",
  "多",
  "犬",
  "(",
  "）",
];
const domainText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(""));

function wellFormed(v: ParsedValue): boolean {
  switch (v.kind) {
    case "number":
      return Number.isFinite(v.value) && typeof v.raw === "string";
    case "interval":
      return Number.isFinite(v.low) && Number.isFinite(v.high) && v.low <= v.high;
    case "text":
      return typeof v.raw === "string";
    case "empty":
      return v.raw === "";
  }
}

describe("parseValue properties", () => {
  it("never throws and always returns a well-formed value for arbitrary unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => wellFormed(parseValue(s))),
      { numRuns: 1000 },
    );
  });

  it("never throws on strings built from the domain's own fragments", () => {
    fc.assert(
      fc.property(domainText, (s) => wellFormed(parseValue(s))),
      { numRuns: 1000 },
    );
  });

  it("never throws on any double with any format", () => {
    const format = fc.option(fc.oneof(fc.constantFrom("0%", "0.00", '0.00"万元"', "General", "[Red]0%"), fc.string()));
    fc.assert(
      fc.property(fc.double(), format, (n, f) => wellFormed(parseValue(n, f))),
      { numRuns: 1000 },
    );
  });

  it("a finite number cell without a format keeps its value", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const v = parseValue(n);
        expect(v).toMatchObject({ kind: "number", value: n === 0 ? 0 : n });
      }),
      { numRuns: 1000 },
    );
  });
});
