// The layering in the README ("Architecture") is enforced by eslint.config.mjs, not by review: each case below puts
// one import (or one Office call) in a virtual file at a path in a given layer and expects the boundary rule to fire,
// and each "allowed" case proves the same rule does not fire on what that layer legitimately uses, so a boundary
// cannot pass by forbidding everything. Virtual files only: nothing under src/ is written.
import { describe, expect, it } from "vitest";
import { lintAt, rulesFired } from "./lint";

const BOUNDARY_RULES = [
  "no-restricted-imports",
  "no-restricted-globals",
  "no-restricted-syntax",
  "@typescript-eslint/triple-slash-reference",
];

const importOf = (spec: string) => `import * as m from ${JSON.stringify(spec)};\nexport const used = m;\n`;
const typeImportOf = (spec: string) => `import type { T } from ${JSON.stringify(spec)};\nexport type U = T;\n`;
const reExportOf = (spec: string) => `export * from ${JSON.stringify(spec)};\n`;
const excelRun = "export async function go(): Promise<void> {\n  await Excel.run(async (context) => context.sync());\n}\n";
const officeContext = "export const lang = (): string => Office.context.displayLanguage;\n";

async function expectFires(file: string, text: string, rule = "no-restricted-imports"): Promise<void> {
  expect(await rulesFired(file, text, BOUNDARY_RULES)).toEqual([rule]);
}

async function expectAllowed(file: string, text: string): Promise<void> {
  expect(await rulesFired(file, text, BOUNDARY_RULES)).toEqual([]);
}

describe("the core (src/model) imports nothing host-specific", () => {
  const AT = "src/model/virtual.ts";
  const NESTED = "src/model/rules/virtual.ts";

  it.each([
    "node:fs",
    "node:worker_threads",
    "fs",
    "fs/promises",
    "path",
    "exceljs",
    "@e965/xlsx",
    "jszip",
    "react",
    "react-dom/client",
    "@fluentui/react-components",
    "@types/office-js",
    // Not named anywhere in the config: the core's imports are an allowlist (relative modules and zod).
    "commander",
  ])("rejects %s", async (spec) => {
    await expectFires(AT, importOf(spec));
  });

  it.each([
    [AT, "../cli/runner"],
    [NESTED, "../../cli/read-workbook"],
    [AT, "../taskpane/host"],
    [NESTED, "../../taskpane/excel/read-sheet"],
    [AT, "../functions/functions"],
    [NESTED, "../../../test/fixtures/forms"],
  ])("rejects a host or test module: %s imports %s", async (file, spec) => {
    await expectFires(file, importOf(spec));
  });

  it("rejects type-only imports and re-exports as well", async () => {
    await expectFires(AT, typeImportOf("exceljs"));
    await expectFires(AT, reExportOf("node:path"));
  });

  it("rejects a dynamic import()", async () => {
    await expectFires(AT, 'export const load = () => import("exceljs");\n', "no-restricted-syntax");
  });

  it("rejects triple-slash references that would bring DOM, Node or Office types back", async () => {
    await expectFires(AT, '/// <reference types="office-js" />\nexport const x = 1;\n', "@typescript-eslint/triple-slash-reference");
    await expectFires(AT, '/// <reference lib="dom" />\nexport const x = 1;\n', "@typescript-eslint/triple-slash-reference");
  });

  it("rejects the Office globals", async () => {
    await expectFires(AT, excelRun, "no-restricted-globals");
    await expectFires(AT, officeContext, "no-restricted-globals");
  });

  it("says why, naming the core", async () => {
    const [hit] = await lintAt(AT, importOf("exceljs"));
    expect(hit.message).toContain("src/model");
    expect(hit.message).toContain("Grid");
  });

  it.each([
    [AT, "zod/mini"],
    [AT, "zod"],
    [AT, "./grid"],
    [NESTED, "../values/parse"],
    [NESTED, "./rule"],
    // A module of the core named like a host folder is not a host: src/model/grid/formula/functions.ts.
    ["src/model/grid/formula/virtual.ts", "./functions"],
  ])("allows %s to import %s", async (file, spec) => {
    await expectAllowed(file, importOf(spec));
  });
});

describe("the engine's folders run in order: grid → locate → parse → analyze → rules → report", () => {
  it.each([
    ["src/model/grid/virtual.ts", "../locate"],
    ["src/model/grid/formula/virtual.ts", "../../parse/form"],
    ["src/model/locate/virtual.ts", "../parse/form"],
    ["src/model/parse/virtual.ts", "../analyze/analysis"],
    ["src/model/analyze/virtual.ts", "../rules"],
    ["src/model/analyze/virtual.ts", "../report/fixes"],
    ["src/model/rules/virtual.ts", "../report/fixes"],
    // The fix-skipped rule may read the fix planner, nothing else of the report stage.
    ["src/model/rules/fix-skipped.ts", "../report/summary"],
    // The shared libraries use no stage (values, scoring) or only the grid's addresses (i18n, present).
    ["src/model/values/virtual.ts", "../grid/grid"],
    ["src/model/scoring/virtual.ts", "../analyze/analysis"],
    ["src/model/i18n/virtual.ts", "../rules"],
    ["src/model/present/virtual.ts", "../analyze/figures"],
  ])("rejects %s importing %s, a later stage", async (file, spec) => {
    await expectFires(file, importOf(spec));
  });

  it("rejects a type-only import from a later stage as well", async () => {
    await expectFires("src/model/grid/formula/virtual.ts", typeImportOf("../../parse/form"));
  });

  it("keeps the core's own boundaries inside the stage folders", async () => {
    await expectFires("src/model/grid/virtual.ts", importOf("exceljs"));
    await expectFires("src/model/rules/virtual.ts", importOf("../../cli/runner"));
  });

  it("says why, naming the order", async () => {
    const [hit] = await lintAt("src/model/locate/virtual.ts", importOf("../parse/form"));
    expect(hit.message).toContain("src/model/locate");
    expect(hit.message).toContain("grid → locate → parse → analyze → rules → report");
  });

  it.each([
    ["src/model/locate/virtual.ts", "../grid/sheet-view"],
    ["src/model/parse/virtual.ts", "../locate/layout"],
    ["src/model/analyze/virtual.ts", "../parse/form"],
    ["src/model/rules/virtual.ts", "../analyze/analysis"],
    ["src/model/report/virtual.ts", "../rules"],
    ["src/model/grid/virtual.ts", "../values"],
    // The output contract (report/report.ts: FormReport, Finding, Severity, Lang) is spoken by every stage.
    ["src/model/locate/virtual.ts", "../report/report"],
    ["src/model/i18n/virtual.ts", "../report/report"],
    ["src/model/present/virtual.ts", "../grid/address"],
    ["src/model/rules/fix-skipped.ts", "../report/fixes"],
    // grid/formula/parse.ts is the formula parser, not the parse stage.
    ["src/model/grid/formula/virtual.ts", "./parse"],
    // The entry points (check.ts, row-check.ts) drive every stage.
    ["src/model/virtual.ts", "./report/fixes"],
  ])("allows %s to import %s", async (file, spec) => {
    await expectAllowed(file, importOf(spec));
  });
});

describe("planning code (src/taskpane/plan) imports no adapter and no Office", () => {
  const AT = "src/taskpane/plan/virtual.ts";

  it.each([
    "../excel/cell-fill",
    "../excel/read-sheet",
    "../../taskpane/excel/fill-store",
    "@types/office-js",
    "node:fs",
    "exceljs",
    "../../cli/runner",
  ])("rejects %s", async (spec) => {
    await expectFires(AT, importOf(spec));
  });

  it("rejects a type-only import from the adapter", async () => {
    await expectFires(AT, typeImportOf("../excel/read-sheet"));
  });

  it("rejects the Office globals", async () => {
    await expectFires(AT, excelRun, "no-restricted-globals");
    await expectFires(AT, officeContext, "no-restricted-globals");
  });

  it("says why, naming the adapter", async () => {
    const [hit] = await lintAt(AT, importOf("../excel/cell-fill"));
    expect(hit.message).toContain("src/taskpane/excel");
  });

  it.each(["../../model", "./fill-record", "zod/mini"])("allows %s", async (spec) => {
    await expectAllowed(AT, importOf(spec));
  });
});

describe("components (src/taskpane/components) never touch Excel", () => {
  const AT = "src/taskpane/components/Virtual.tsx";

  it.each(["../excel/select-cell", "../excel/paint-highlights", "@types/office-js", "node:fs", "jszip"])("rejects %s", async (spec) => {
    await expectFires(AT, importOf(spec));
  });

  it("rejects Excel.run and the other Office globals", async () => {
    await expectFires(AT, excelRun, "no-restricted-globals");
    await expectFires(AT, officeContext, "no-restricted-globals");
  });

  it.each(["@fluentui/react-components", "react", "../actions", "../store", "../../model"])("allows %s", async (spec) => {
    await expectAllowed(AT, importOf(spec));
  });
});

describe("the rest of the add-in (pane glue, adapter, custom functions) runs in a browser", () => {
  it.each([
    ["src/taskpane/virtual.ts", "node:fs"],
    ["src/taskpane/virtual.ts", "path"],
    ["src/taskpane/excel/virtual.ts", "exceljs"],
    ["src/taskpane/virtual.ts", "@e965/xlsx"],
    ["src/functions/virtual.ts", "jszip"],
    ["src/functions/virtual.ts", "../cli/runner"],
    ["src/taskpane/excel/virtual.ts", "../../cli/read-workbook"],
  ])("rejects %s importing %s", async (file, spec) => {
    await expectFires(file, importOf(spec));
  });

  it.each([
    // The pane's glue (actions, host) is where the adapter is wired in.
    ["src/taskpane/virtual.ts", "./excel/read-sheet"],
    ["src/taskpane/virtual.ts", "../model"],
    ["src/functions/virtual.ts", "../model"],
  ])("allows %s to import %s", async (file, spec) => {
    await expectAllowed(file, importOf(spec));
  });

  it("allows the adapter to call Excel.run", async () => {
    await expectAllowed("src/taskpane/excel/virtual.ts", excelRun);
  });
});

describe("the CLI (src/cli) has no UI and no add-in code", () => {
  const AT = "src/cli/virtual.ts";

  it.each(["react", "react-dom/client", "@fluentui/react-components", "@types/office-js", "../taskpane/host", "../functions/functions"])(
    "rejects %s",
    async (spec) => {
      await expectFires(AT, importOf(spec));
    },
  );

  it("rejects the Office globals", async () => {
    await expectFires(AT, excelRun, "no-restricted-globals");
  });

  it.each(["node:fs", "exceljs", "@e965/xlsx", "jszip", "../model", "./runner"])("allows %s", async (spec) => {
    await expectAllowed(AT, importOf(spec));
  });
});
