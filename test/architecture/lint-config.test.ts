// The rule sets eslint.config.mjs promises are really active where they should be. The config assembles them by hand
// (the office-addins plugin's TypeScript block clashes with typescript-eslint's), so a mistake there would silently
// drop a whole set; each case below would then stop firing.
import { describe, expect, it } from "vitest";
import { rulesFired } from "./lint";

const conditionalHook = `import { useState } from "react";

export function Counter({ open }: { open: boolean }) {
  if (open) {
    const [count] = useState(0);
    return <span>{count}</span>;
  }
  return null;
}
`;

const syncInLoop = `export async function paint(cells: string[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    for (const address of cells) {
      sheet.getRange(address).format.fill.color = "#FFC7CE";
      await context.sync();
    }
  });
}
`;

const readBeforeLoad = `export async function firstValue(): Promise<unknown> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
    await context.sync();
    return range.values[0][0];
  });
}
`;

describe("typescript-eslint recommended", () => {
  it.each([
    "src/model/virtual.ts",
    "test/virtual.test.ts",
    "scripts/virtual.ts",
    "bench/virtual.ts",
    "src/taskpane/components/Virtual.tsx",
  ])("reports an explicit any in %s", async (file) => {
    expect(await rulesFired(file, "export const x: any = 1;\n", ["@typescript-eslint/no-explicit-any"])).toEqual([
      "@typescript-eslint/no-explicit-any",
    ]);
  });

  it("reports require() in TypeScript but not in CommonJS files", async () => {
    const text = 'const fs = require("node:fs");\nmodule.exports = fs;\n';
    expect(await rulesFired("scripts/virtual.ts", text, ["@typescript-eslint/no-require-imports"])).toEqual([
      "@typescript-eslint/no-require-imports",
    ]);
    expect(await rulesFired("scripts/virtual.cjs", text, ["@typescript-eslint/no-require-imports"])).toEqual([]);
  });
});

describe("React hooks rules", () => {
  it("report a hook called conditionally in a component", async () => {
    expect(await rulesFired("src/taskpane/components/Virtual.tsx", conditionalHook, ["react-hooks/rules-of-hooks"])).toEqual([
      "react-hooks/rules-of-hooks",
    ]);
  });

  it("pass the same component when the hook is called unconditionally", async () => {
    const fixed = conditionalHook.replace(
      "  if (open) {\n    const [count] = useState(0);",
      "  const [count] = useState(0);\n  if (open) {",
    );
    expect(await rulesFired("src/taskpane/components/Virtual.tsx", fixed, ["react-hooks/rules-of-hooks"])).toEqual([]);
  });
});

describe("office-addins rules still run on the add-in's TypeScript", () => {
  it.each(["src/taskpane/excel/virtual.ts", "src/taskpane/excel/virtual.tsx", "src/functions/virtual.ts"])(
    "report context.sync() in a loop in %s",
    async (file) => {
      expect(await rulesFired(file, syncInLoop, ["office-addins/no-context-sync-in-loop"])).toEqual([
        "office-addins/no-context-sync-in-loop",
      ]);
    },
  );

  it("report a read before load", async () => {
    expect(await rulesFired("src/taskpane/excel/virtual.ts", readBeforeLoad, ["office-addins/load-object-before-read"])).toEqual([
      "office-addins/load-object-before-read",
    ]);
  });

  it("stay off for the CLI and tests, where they misfire on ExcelJS code and fakes", async () => {
    for (const file of ["src/cli/virtual.ts", "test/virtual.test.ts"]) {
      expect(
        await rulesFired(file, syncInLoop + readBeforeLoad, [
          "office-addins/no-context-sync-in-loop",
          "office-addins/load-object-before-read",
        ]),
      ).toEqual([]);
    }
  });
});
