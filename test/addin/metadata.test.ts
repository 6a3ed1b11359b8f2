import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildAddin, readBuilt } from "./build-once";

interface Param {
  name: string;
  description: string;
  type: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type: string };
}
interface Metadata {
  functions: Fn[];
}

// The intended signatures, written out from the table: ids, parameter order, optional flags, result types.
const EXPECTED: Record<string, { params: [string, boolean][]; result: string }> = {
  EXECRATE: {
    params: [
      ["budget", false],
      ["executed", false],
    ],
    result: "number",
  },
  EXECSCORE: {
    params: [
      ["budget", false],
      ["executed", false],
      ["weight", true],
    ],
    result: "number",
  },
  SCORE: {
    params: [
      ["target", false],
      ["actual", false],
      ["weight", false],
      ["direction", true],
    ],
    result: "number",
  },
  DEVIATION: {
    params: [
      ["target", false],
      ["actual", false],
    ],
    result: "number",
  },
  GRADE: { params: [["total", false]], result: "string" },
  CHECK: {
    params: [
      ["target", false],
      ["actual", false],
      ["weight", false],
      ["score", false],
      ["reason", true],
    ],
    result: "string",
  },
};

const HAN = /[\u4e00-\u9fff]/;
const EXCEL_NAME = /^\p{L}[\p{L}\p{N}._]*$/u;

let metadata: Metadata;
let zhCn: Metadata;

beforeAll(async () => {
  const dir = await buildAddin();
  metadata = JSON.parse(readBuilt(dir, "functions.json"));
  zhCn = JSON.parse(readBuilt(dir, "functions-zh-cn.json"));
});

describe("generated functions.json", () => {
  it("declares exactly the six PERF functions, in source order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
  });

  it.each(Object.entries(EXPECTED))("%s has the intended parameters, optional flags and result type", (id, want) => {
    const fn = metadata.functions.find((f) => f.id === id);
    expect(fn).toBeDefined();
    expect(fn!.name).toBe(id);
    expect(fn!.parameters.map((p) => [p.name, p.optional === true])).toEqual(want.params);
    // "any" lets text such as "≥95%" reach the function instead of Excel turning it into #VALUE! first.
    expect(fn!.parameters.every((p) => p.type === "any")).toBe(true);
    expect(fn!.result.type).toBe(want.result);
  });

  it("describes every function and parameter in Chinese", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toMatch(HAN);
      for (const p of fn.parameters) expect(p.description, `${fn.id}.${p.name}`).toMatch(HAN);
    }
  });

  it("says what the qualitative #VALUE! and the default weight mean where users read them", () => {
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(byId.SCORE.description).toContain("#VALUE!");
    expect(byId.EXECRATE.description).toContain("#DIV/0!");
    expect(byId.EXECSCORE.parameters[2].description).toContain("10");
    expect(byId.SCORE.parameters[3].description).toContain(">=");
  });
});

describe("functions-zh-cn.json", () => {
  it("has exactly the ids of functions.json, in the same order", () => {
    expect(zhCn.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  });

  it("keeps every type and optional flag and only renames", () => {
    zhCn.functions.forEach((zh, i) => {
      const en = metadata.functions[i];
      expect(zh.result).toEqual(en.result);
      expect(zh.parameters.map((p) => [p.type, p.optional])).toEqual(en.parameters.map((p) => [p.type, p.optional]));
    });
  });

  it("gives valid, distinct Chinese function names that cannot clash with Excel's ASCII built-ins", () => {
    const names = zhCn.functions.map((f) => f.name);
    for (const name of names) {
      expect(name).toMatch(EXCEL_NAME);
      expect(name).toMatch(HAN);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it("names every parameter in Chinese", () => {
    for (const fn of zhCn.functions) for (const p of fn.parameters) expect(p.name, `${fn.id}`).toMatch(HAN);
  });

  it("is derived from the committed table", () => {
    const table = JSON.parse(readFileSync(join(ROOT, "src/functions/metadata-zh-cn.json"), "utf8"));
    for (const fn of zhCn.functions) expect(fn.name).toBe(table[fn.id].name);
  });
});
