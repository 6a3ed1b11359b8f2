// The published JSON Schema is the zod schema's, and real --json output conforms to it.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/cli/batch";
import { formatJson } from "../../src/cli/format-json";
import { jsonOutputSchema } from "../../src/cli/output-schema";
import { ROOT, SAMPLES, tempDir } from "./helpers";

const committed = JSON.parse(readFileSync(path.join(ROOT, "docs", "perf-check-output.schema.json"), "utf8"));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(committed);
}

describe("perf-check --json schema", () => {
  it("is the one generated from the zod schema (run npm run json-schema after changing it)", () => {
    expect(committed).toEqual(jsonOutputSchema());
  });

  it("accepts the output for the samples, with and without --fix", async () => {
    const validate = validator();
    const plain = await runBatch([SAMPLES], { lang: "zh" });
    const json = JSON.parse(formatJson(plain.result, plain.exitCode));
    expect(json.files.length).toBe(3);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const { dir, cleanup } = tempDir();
    try {
      const fixed = await runBatch([SAMPLES], { lang: "en", outDir: dir });
      const fixedJson = JSON.parse(formatJson(fixed.result, fixed.exitCode));
      expect(validate(fixedJson), JSON.stringify(validate.errors)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("rejects output that breaks the contract", () => {
    const validate = validator();
    const summary = { files: 0, checked: 0, failed: 0, forms: 0, errors: 0, warnings: 0, infos: 0, sheetErrors: 0, skipped: 0 };
    const base = { files: [], skipped: [], summary, exitCode: 0 };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, exitCode: 3 })).toBe(false);
    expect(validate({ ...base, files: [{ file: "a.xlsx", error: null, errorCode: "exploded", sheetErrors: [], forms: [] }] })).toBe(false);
    const finding = { rule: "total", severity: "error", sheet: "S", cell: "H30", row: 0, message: "m", highlight: false };
    const form = {
      sheet: "S",
      range: "A1:I30",
      project: null,
      department: null,
      implementer: null,
      entered: { execRate: null, execScore: null, total: null, grade: null },
      computed: { execRate: null, execScore: null, total: null, grade: null },
      findings: [finding],
      fixes: [],
    };
    // Rows are 1-based: row 0 is no sheet row.
    expect(validate({ ...base, files: [{ file: "a.xlsx", error: null, errorCode: null, sheetErrors: [], forms: [form] }] })).toBe(false);
    expect(
      validate({
        ...base,
        files: [
          { file: "a.xlsx", error: null, errorCode: null, sheetErrors: [], forms: [{ ...form, findings: [{ ...finding, row: 30 }] }] },
        ],
      }),
    ).toBe(true);
  });
});
