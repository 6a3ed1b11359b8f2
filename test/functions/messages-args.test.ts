import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isBlank, parseText, quote, readCellValue, readDirection, readIndicatorValue, readNumber } from "../../src/functions/args";
import { parseValue } from "../../src/model/values";
import { MESSAGES, PARAM_LABELS, formatMessage } from "../../src/functions/messages";
import { errorOf, makeFakeCustomFunctions } from "./fake-custom-functions";

beforeAll(() => {
  vi.stubGlobal("CustomFunctions", makeFakeCustomFunctions());
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u4e00-\u9fff]/;

describe("message table", () => {
  it.each(Object.entries(MESSAGES))("%s has Chinese and English texts with the same placeholders", (_key, texts) => {
    expect(texts.zh).toMatch(HAN);
    expect(texts.en).not.toMatch(HAN);
    expect(texts.en.trim()).not.toBe("");
    expect(placeholders(texts.en)).toEqual(placeholders(texts.zh));
  });

  it("labels every parameter in both languages", () => {
    for (const labels of Object.values(PARAM_LABELS)) {
      expect(labels.zh).toMatch(HAN);
      expect(labels.en).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
  });

  it("fills placeholders and leaves an unfilled one visible", () => {
    expect(formatMessage("argBlank", { param: "分值" })).toBe("「分值」为空");
    expect(formatMessage("argBlank", { param: "Weight" }, "en")).toBe("Weight is blank");
    expect(formatMessage("argBlank")).toBe("「{param}」为空");
  });
});

describe("argument readers", () => {
  it('treats null, undefined, "" and spaces as blank but not 0', () => {
    expect([null, undefined, "", "   "].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, "0", false].map(isBlank)).toEqual([false, false, false]);
  });

  it("shortens long quoted input to 40 characters", () => {
    expect(quote("a".repeat(50))).toBe(`${"a".repeat(40)}…`);
    expect(quote("短")).toBe("短");
  });

  it("reads plain numbers only", () => {
    expect(readNumber(12.5, "weight")).toBe(12.5);
    expect(readNumber("12.5", "weight")).toBe(12.5);
    expect(errorOf(() => readNumber("≥10", "weight")).message).toBe("「分值」应为数字，当前为“≥10”");
    expect(errorOf(() => readNumber("10%", "weight")).code).toBe("#VALUE!");
    expect(errorOf(() => readNumber(Number.NaN, "weight")).code).toBe("#VALUE!");
  });

  it("maps the documented directions and rejects the rest", () => {
    expect([">=", "<=", "="].map(readDirection)).toEqual(["positive", "reverse", "equal"]);
    expect(readDirection(" >= ")).toBe("positive");
    expect(readDirection(null)).toBeNull();
    expect(errorOf(() => readDirection(1)).code).toBe("#VALUE!");
  });

  it("rejects arrays where a single cell is expected", () => {
    expect(errorOf(() => readIndicatorValue([[1, 2]], "actual")).message).toBe("「实际完成值」应为单个单元格的值，当前为“1,2”");
    expect(errorOf(() => readCellValue({}, "reason")).code).toBe("#VALUE!");
    expect(readCellValue(undefined, "reason")).toBeNull();
  });
});

describe("parse cache", () => {
  it("gives what parseValue gives, as one shared frozen object per text", () => {
    for (const text of ["≥95%", "5万元", "全年50-70次", "全部完成", ""]) {
      expect(parseText(text)).toEqual(parseValue(text));
      expect(parseText(text)).toBe(parseText(text));
      expect(Object.isFrozen(parseText(text))).toBe(true);
    }
  });

  it("stays correct after overflowing its bound", () => {
    for (let i = 0; i < 5000; i++) parseText(`${i}次`);
    expect(parseText("≥98%")).toEqual(parseValue("≥98%"));
    expect(parseText("4999次")).toEqual(parseValue("4999次"));
  });
});
