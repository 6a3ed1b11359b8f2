import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approxEqual, roundTo } from "../../../src/model/scoring";

describe("roundTo half-up", () => {
  it.each([
    [2.675, 2, 2.68], // binary 2.67499999… — Math.round(x*100)/100 gives 2.67
    [6.665, 2, 6.67],
    [1.005, 2, 1.01],
    [8.345, 2, 8.35],
    [1.004, 2, 1],
    [0.005, 2, 0.01],
    [0.0049, 2, 0],
    [9.995, 2, 10],
    [99.995, 2, 100],
    [123456.785, 2, 123456.79],
    [2.5, 0, 3],
    [1.45, 1, 1.5],
    [15, -1, 20],
    [0.1 + 0.2, 2, 0.3],
    [(100 / 150) * 10, 2, 6.67],
    [(100 / 150) * 100, 2, 66.67],
    [5e-7, 6, 0.000001],
    [1.5e-7, 2, 0],
    [1e21, 2, 1e21],
    [7, 2, 7],
  ])("%d to %d digits → %d", (x, digits, expected) => {
    expect(roundTo(x, digits)).toBe(expected);
  });

  it("negatives are symmetric: -2.675 → -2.68, -2.5 → -3", () => {
    expect(roundTo(-2.675, 2)).toBe(-2.68);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });

  it("never returns -0", () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });

  it("non-finite input is returned as is", () => {
    expect(roundTo(Number.NaN, 2)).toBeNaN();
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("roundTo truncate", () => {
  it.each([
    [6.667, 2, 6.66],
    [6.667, 1, 6.6],
    [0.6667, 2, 0.66],
    [-6.667, 2, -6.66],
    [2.675, 2, 2.67],
    [1.1, 2, 1.1],
  ])("%d to %d digits → %d", (x, digits, expected) => {
    expect(roundTo(x, digits, "truncate")).toBe(expected);
  });
});

describe("roundTo properties", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
  const digits = fc.integer({ min: 0, max: 6 });

  it("lands within half a unit of the last digit, and is idempotent", () => {
    fc.assert(
      fc.property(finite, digits, (x, d) => {
        const r = roundTo(x, d);
        const halfUnit = 0.5 * 10 ** -d;
        return Math.abs(r - x) <= halfUnit * (1 + 1e-9) + Math.abs(x) * 1e-15 && roundTo(r, d) === r;
      }),
      { numRuns: 1000 },
    );
  });

  it("is symmetric for negatives", () => {
    fc.assert(
      fc.property(finite, digits, (x, d) => roundTo(-x, d) === -roundTo(x, d)),
      { numRuns: 1000 },
    );
  });

  it("truncation never moves away from zero", () => {
    fc.assert(
      fc.property(finite, digits, (x, d) => Math.abs(roundTo(x, d, "truncate")) <= Math.abs(x)),
      { numRuns: 1000 },
    );
  });
});

describe("approxEqual", () => {
  it("a gap of exactly the tolerance is equal despite binary noise: 96.1 vs 96 at 0.1", () => {
    expect(approxEqual(96.1, 96, 0.1)).toBe(true);
  });

  it("seed form 1: written 6.6 vs computed 6.667 is within 0.1", () => {
    expect(approxEqual(6.6, 20 / 3, 0.1)).toBe(true);
  });

  it("outside the tolerance is not equal", () => {
    expect(approxEqual(96.11, 96, 0.1)).toBe(false);
    expect(approxEqual(18, 20, 0.1)).toBe(false);
  });

  it("NaN is never equal", () => {
    expect(approxEqual(Number.NaN, Number.NaN, 1)).toBe(false);
  });
});
