import { describe, expect, it } from "vitest";
import { errorCode, readNumberText } from "../../../src/model/values";

describe("readNumberText: numbers typed as text", () => {
  it.each([
    ["90.6", 90.6],
    ["9.0", 9],
    [" 10 ", 10],
    ["\u00a010\u00a0", 10], // non-breaking spaces (copied from web pages)
    ["\u300010", 10], // ideographic space
    ["６.６", 6.6], // full-width digits and point
    ["６．６", 6.6], // full-width point
    ["1,200.5", 1200.5],
    ["１，２００.５", 1200.5],
    ["+5", 5],
    ["-3", -3],
    ["−3", -3], // U+2212 minus
    [".5", 0.5],
    ["9.", 9],
    ["1E3", 1000],
    ["0", 0],
    ["-0", 0],
  ])("reads %j as %d", (text, value) => {
    expect(readNumberText(text)).toEqual({ value, percent: false });
  });

  it.each([
    ["66%", 0.66],
    ["66.67%", 0.6667],
    ["６６％", 0.66],
    [" 100.00% ", 1],
  ])("reads the percentage %j as the fraction %d", (text, value) => {
    expect(readNumberText(text)).toEqual({ value, percent: true });
  });

  it.each([
    "",
    "  ",
    "-",
    "+",
    ".",
    "%",
    "e5",
    "90分",
    "约90",
    "1,2",
    "12,34",
    "1.2.3",
    "优",
    "#REF!",
    "1 2",
    "1 200",
    "66 %",
    "--5",
    "2021-1-1",
    "50-70",
  ])("does not read %j as a number", (text) => {
    expect(readNumberText(text)).toBeNull();
  });
});

describe("errorCode", () => {
  it.each(["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"])("reads %s as an error value", (code) => {
    expect(errorCode(code)).toBe(code);
  });

  it("reads only exact codes", () => {
    expect(errorCode("#REF")).toBeNull();
    expect(errorCode("#1")).toBeNull();
    expect(errorCode("REF!")).toBeNull();
    expect(errorCode(0)).toBeNull();
    expect(errorCode(null)).toBeNull();
  });
});
