import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as source from "../../src/functions/functions";
import { makeFakeCustomFunctions, outcome, type FakeCustomFunctions } from "../functions/fake-custom-functions";
import { buildAddin, pageScripts, readBuilt } from "./build-once";

const SOURCE_BY_ID: Record<string, (...args: unknown[]) => unknown> = {
  EXECRATE: source.perfExecRate,
  EXECSCORE: source.perfExecScore,
  SCORE: source.perfScore,
  DEVIATION: source.perfDeviation,
  GRADE: source.perfGrade,
  CHECK: source.perfCheck,
};

// Argument lists as Excel passes them: numbers, text, null for blank/omitted; several land on error paths.
const CALLS: Record<string, unknown[][]> = {
  EXECRATE: [
    [150, 100],
    [372.6, 372.6],
    ["150", "100"],
    [0, 100],
    [null, 100],
    [-1, 5],
    [150, "abc"],
  ],
  EXECSCORE: [
    [150, 100, null],
    [150, 100, 20],
    [100, 130, 10],
    [0, 1, 10],
    [150, 100, -1],
  ],
  SCORE: [
    ["5万元", "0.84万元", 10, null],
    ["≥98%", 0.97, 10, null],
    ["95%", "全部完成", 10, null],
    ["及时完成", "全部完成", 7, null],
    ["≥95%", "97%", 10, "<="],
    ["50-70次", 40, 10, null],
    ["≥95%", 0.9, null, null],
    ["≥95%", 0.9, 10, "up"],
  ],
  DEVIATION: [
    ["≥95%", 0.97],
    ["5万元", "0.84万元"],
    [0, 5],
    ["及时完成", 1],
    ["50-70次", "80次"],
  ],
  GRADE: [[90.6], [89.99], [60], [59.9], ["95"], [null]],
  CHECK: [
    ["≥95%", 0.97, 10, 10, null],
    ["及时", "及时完成", 10, 7, "工程未办理结算评审"],
    ["95%", "全部完成", 10, 10, null],
    ["470.5平方米", "470.5平方米", 20, 18, null],
  ],
};

let bundled: FakeCustomFunctions;
let scripts: string[];

beforeAll(async () => {
  const dir = await buildAddin();
  scripts = pageScripts(readBuilt(dir, "taskpane.html"));
  // Load what the page loads before the task pane, in page order, with no DOM and no Office: the functions must
  // register without either, since the shared runtime may start hidden before any UI exists.
  bundled = makeFakeCustomFunctions();
  const sandbox: Record<string, unknown> = { console, CustomFunctions: bundled };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  for (const file of scripts.filter((s) => !s.startsWith("https://") && s !== "taskpane.js")) {
    vm.runInContext(readFileSync(join(dir, file), "utf8"), sandbox, { filename: file });
  }
  vi.stubGlobal("CustomFunctions", makeFakeCustomFunctions());
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe("the built functions bundle", () => {
  it("is loaded by the page after office.js and before the task pane", () => {
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.indexOf("functions.js")).toBeGreaterThan(0);
    expect(scripts.indexOf("functions.js")).toBeLessThan(scripts.indexOf("taskpane.js"));
  });

  it("registers every function id exactly once", () => {
    expect([...bundled.registry.keys()].sort()).toEqual(Object.keys(SOURCE_BY_ID).sort());
  });

  it.each(Object.keys(CALLS))("%s answers exactly as the source function does", (id) => {
    const fromBundle = bundled.registry.get(id)!;
    for (const args of CALLS[id]) {
      expect(
        outcome(() => fromBundle(...args)),
        `${id}(${JSON.stringify(args)})`,
      ).toEqual(outcome(() => SOURCE_BY_ID[id](...args)));
    }
  });

  it("throws CustomFunctions.Error from the bundle, with the Chinese message", () => {
    expect(outcome(() => bundled.registry.get("EXECRATE")!(0, 100))).toEqual({
      error: { code: "#DIV/0!", message: "全年预算数为 0 或为空，无法计算预算执行率" },
    });
  });
});
