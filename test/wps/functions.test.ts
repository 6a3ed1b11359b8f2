// The BUILT background page in Node's vm with a stub `wps`: what it registers, and what each PERF function returns
// for arguments as WPS passes them (the sentinel for an omitted argument, 1×1 arrays, Range objects, CVErr numbers).
// Expected values are worked out by hand from the national rules (docs/rules.md), as in test/functions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildWpsResult } from "../../scripts/build-wps";
import { buildToTemp, removeBuild, loadBackgroundPage, type LoadedPage } from "./built";
import { missingArgOf, QUIRK_VARIANTS } from "./fake-et";

let built: BuildWpsResult;
let page: LoadedPage;

beforeAll(async () => {
  built = await buildToTemp();
  page = loadBackgroundPage(built, {});
}, 60_000);

afterAll(() => removeBuild(built));

/** A Range object as a "object"-typed argument arrives (notes §c): only Value2 matters. */
const range = (value2: unknown) => ({ Value2: value2, Address: () => "$A$1", Row: 1 });
const DIV0_CVERR = -2146826281; // 0x800A07D7

describe("registration", () => {
  it("registers exactly the six Excel functions under PERF, with Excel's parameter counts", () => {
    expect(page.registrations).toEqual([
      { namespace: "PERF", name: "EXECRATE", arity: 2 },
      { namespace: "PERF", name: "EXECSCORE", arity: 3 },
      { namespace: "PERF", name: "SCORE", arity: 4 },
      { namespace: "PERF", name: "DEVIATION", arity: 2 },
      { namespace: "PERF", name: "GRADE", arity: 1 },
      { namespace: "PERF", name: "CHECK", arity: 5 },
    ]);
  });

  it("registers nothing, and loads fine, on a build without AddCustomFunction", () => {
    const bare = loadBackgroundPage(built, {}, false);
    expect(bare.registrations).toEqual([]);
    expect(typeof bare.context.OnPerfAction).toBe("function");
  });
});

describe("results on WPS-style arguments", () => {
  const missingStyles = [...new Set(QUIRK_VARIANTS.map(missingArgOf))];

  it("EXECRATE: 100 ÷ 150 from numbers, text, 1×1 arrays and Range objects", () => {
    const f = page.functions.EXECRATE;
    for (const [budget, executed] of [
      [150, 100],
      ["150", "100"],
      [[[150]], [100]],
      [range(150), range([[100]])],
    ]) {
      expect(f(budget, executed)).toBeCloseTo(2 / 3, 12);
    }
    expect(f(100, 120)).toBeCloseTo(1.2, 12);
  });

  it("EXECSCORE: an omitted 分值 (sentinel or undefined) means 10", () => {
    for (const missing of missingStyles) {
      expect(page.functions.EXECSCORE(150, 100, missing)).toBeCloseTo((10 * 100) / 150, 12);
      // Over-execution is capped at the weight: 10 × min(1.2, 1).
      expect(page.functions.EXECSCORE(100, 120, missing)).toBe(10);
    }
    expect(page.functions.EXECSCORE(150, 100, 20)).toBeCloseTo((20 * 100) / 150, 12);
  });

  it("SCORE: proportional below target, full at or above, reverse for ≤; an omitted 方向 reads it from the target", () => {
    for (const missing of missingStyles) {
      expect(page.functions.SCORE("≥95%", 0.97, 10, missing)).toBe(10);
      expect(page.functions.SCORE("≥98%", [[0.97]], 10, missing)).toBeCloseTo((10 * 0.97) / 0.98, 12);
      expect(page.functions.SCORE("430平米", range("400平方米"), 10, missing)).toBeCloseTo((10 * 400) / 430, 12);
      expect(page.functions.SCORE("≤5万元", "6万元", 10, missing)).toBeCloseTo((10 * 5) / 6, 12);
    }
    // An explicit 方向 wins: "<=" makes 97% against 95% a cost overrun.
    expect(page.functions.SCORE("≥95%", "97%", 10, "<=")).toBeCloseTo((10 * 0.95) / 0.97, 12);
  });

  it("DEVIATION: (B − A) ÷ A, signed", () => {
    expect(page.functions.DEVIATION("430平米", 400)).toBeCloseTo((400 - 430) / 430, 12);
    expect(page.functions.DEVIATION([["≥95%"]], range(0.97))).toBeCloseTo((0.97 - 0.95) / 0.95, 12);
  });

  it("GRADE: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差, from any argument shape", () => {
    expect(page.functions.GRADE(90)).toBe("优");
    expect(page.functions.GRADE([[89.99]])).toBe("良");
    expect(page.functions.GRADE(range(80))).toBe("良");
    expect(page.functions.GRADE("60")).toBe("中");
    expect(page.functions.GRADE([59.99])).toBe("差");
  });

  it('CHECK: "" when consistent; a Chinese message when a deducted score has no reason, whatever the omitted reason arrives as', () => {
    for (const missing of missingStyles) {
      expect(page.functions.CHECK("≥95%", 0.97, 10, 10, missing)).toBe("");
      const message = page.functions.CHECK("≥95%", 0.97, 10, 8, missing);
      expect(typeof message).toBe("string");
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(page.functions.CHECK("≥98%", 0.97, 10, 9.9, "部分设备未按期验收")).toBe("");
  });

  it("errors come back as text, code first, with the reason; an error cell argument passes its error on", () => {
    const zeroBudget = page.functions.EXECRATE(0, 5);
    expect(zeroBudget).toMatch(/^#DIV\/0! .*全年预算数/);
    for (const missing of missingStyles) expect(page.functions.GRADE(missing)).toMatch(/^#VALUE! .*总分/);
    expect(page.functions.SCORE("≥95%", "全部完成", 10, undefined)).toMatch(/^#VALUE! .*全部完成/);
    expect(page.functions.EXECRATE(150, DIV0_CVERR)).toBe("#DIV/0!");
    expect(page.functions.GRADE([[DIV0_CVERR]])).toBe("#DIV/0!");
    // 2023 is a year here, not xlErrRef's code.
    expect(page.functions.EXECRATE(2023, 2023)).toBe(1);
    // A block where one cell is expected is refused with the engine's message, not read as its first cell.
    expect(page.functions.SCORE("≥95%", [[0.9, 0.97]], 10, undefined)).toMatch(/^#VALUE! .*实际完成值/);
  });
});
