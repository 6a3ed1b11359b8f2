// The report written file by file is the report formatTable/formatJson give for the whole batch,
// byte for byte, and the streamed JSON still validates against the committed schema.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchResult, ExitCode } from "../../src/cli/batch-result";
import { streamBatch } from "../../src/cli/batch";
import { formatJson } from "../../src/cli/format-json";
import { formatTable } from "../../src/cli/format-table";
import { JsonOutputSchema } from "../../src/cli/output-schema";
import { jsonStream, tableStream, type ReportStream } from "../../src/cli/report-stream";
import { SAMPLES, tempDir } from "./helpers";

const tmp = tempDir("perf-stream-");
afterAll(() => tmp.cleanup());

// A batch with forms, a failed file, a skipped name and a missing path.
let whole: { result: BatchResult; exitCode: ExitCode };
let streamed: { table: string; json: string; chunks: number };

function collect(make: (out: { write(t: string): void }) => ReportStream): {
  text: () => string;
  stream: ReportStream;
  writes: () => number;
} {
  const parts: string[] = [];
  const stream = make({ write: (t) => void parts.push(t) });
  return { text: () => parts.join(""), stream, writes: () => parts.length };
}

beforeAll(async () => {
  mkdirSync(path.join(tmp.dir, "in"));
  copyFileSync(path.join(SAMPLES, "02-日常运行公用经费.xlsx"), path.join(tmp.dir, "in", "a.xlsx"));
  writeFileSync(path.join(tmp.dir, "in", "b.xlsx"), "not a workbook");
  writeFileSync(path.join(tmp.dir, "in", "说明.docx"), "doc");
  const table = collect((out) => tableStream(out, "zh"));
  const json = collect((out) => jsonStream(out));
  const files: BatchResult["files"] = [];
  const paths = [path.join(tmp.dir, "in"), path.join(tmp.dir, "missing.xlsx")];
  const end = await streamBatch(
    paths,
    { lang: "zh", jobs: 1 },
    {
      file(result, note) {
        files.push(result);
        table.stream.file(result, note);
        json.stream.file(result, note);
      },
    },
  );
  table.stream.end(end.skipped, end.summary, end.exitCode);
  json.stream.end(end.skipped, end.summary, end.exitCode);
  whole = { result: { files, skipped: end.skipped, summary: end.summary }, exitCode: end.exitCode };
  streamed = { table: table.text(), json: json.text(), chunks: json.writes() };
});

describe("the streamed report", () => {
  it("is formatTable's text", () => {
    expect(whole.result.files).toHaveLength(3);
    expect(streamed.table).toBe(formatTable(whole.result, "zh"));
  });

  it("is formatJson's text, written in pieces (a header, one per file, the end)", () => {
    expect(streamed.json).toBe(formatJson(whole.result, whole.exitCode));
    expect(streamed.chunks).toBe(1 + 3 + 1);
  });

  it("validates against the JSON Schema's source", () => {
    const parsed = JsonOutputSchema.parse(JSON.parse(streamed.json));
    expect(parsed.exitCode).toBe(2);
    expect(parsed.skipped).toEqual([{ file: path.join(tmp.dir, "in", "说明.docx"), reason: "not-a-workbook-name" }]);
  });

  it("writes an empty file list as formatJson does", () => {
    const json = collect((out) => jsonStream(out));
    const summary = { ...whole.result.summary, files: 0, checked: 0, failed: 0, forms: 0, errors: 0, warnings: 0, infos: 0 };
    json.stream.end([], summary, 2);
    expect(json.text()).toBe(formatJson({ files: [], skipped: [], summary }, 2));
  });

  it("says in the table when a copy took a numbered name because its name was taken", () => {
    const table = collect((out) => tableStream(out, "zh"));
    const result = { file: "in/表.xlsx", error: null, errorCode: null, output: "out/表 (2).xlsx", sheetErrors: [], forms: [] };
    table.stream.file(result, { numberedFrom: "out/表.xlsx" });
    expect(table.text()).toContain("  「out/表.xlsx」已存在，副本另存为：out/表 (2).xlsx\n\n");
    const plain = collect((out) => tableStream(out, "zh"));
    plain.stream.file(result, {});
    expect(plain.text()).not.toContain("已存在");
  });
});
