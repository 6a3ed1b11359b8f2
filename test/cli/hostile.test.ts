// Issue 8's reproductions through the real bin, in one batch: each hostile or unlucky file gets a
// clear per-file error or a correct result within its limits, the sample after them is still
// checked, the exit code is 2, and no input changes (sha256). Fixtures are made here, at test time.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsonOutputSchema } from "../../src/cli/output-schema";
import { ROOT, SAMPLES, tempDir } from "./helpers";
import * as F from "./hostile-fixtures";

const BIN = path.join(ROOT, "bin", "perf-check.js");
const SAMPLE = path.join(SAMPLES, "01-新建潇河派出所业务用房建设资金.xlsx");
const PROJECT = "新建潇河派出所业务用房建设资金";
const tmp = tempDir("perf-hostile-");
const at = (name: string) => path.join(tmp.dir, name);
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

// Regular files, in the order given on the command line; the FIFO and the link come after them.
const REGULAR = ["merge.xlsx", "far.xlsx", "bomb.xlsx", "bomb-lie.xlsx", "entries.xlsx", "merges.xlsx", "long-reason.xlsx"];
let hashes: Map<string, string>;
let run: { code: number | null; stdout: string; stderr: string };
let files: Map<string, { file: string; error: string | null; errorCode: string | null; forms: { project: string | null }[] }>;

beforeAll(async () => {
  const sample = readFileSync(SAMPLE);
  writeFileSync(at("merge.xlsx"), F.mergeOverWholeSheet());
  writeFileSync(at("far.xlsx"), await F.withFarValue(sample));
  writeFileSync(at("bomb.xlsx"), F.denseRowsBomb(1200, false));
  writeFileSync(at("bomb-lie.xlsx"), F.denseRowsBomb(1200, true));
  writeFileSync(at("entries.xlsx"), F.manyEntries(20_000));
  writeFileSync(at("merges.xlsx"), F.manyMerges(50_000));
  // I21 is a 偏差原因 cell of sample 1's form: 300,000 characters of text there.
  writeFileSync(at("long-reason.xlsx"), await F.withCellText(sample, "I21", "未完成，".repeat(75_000)));
  execFileSync("mkfifo", [at("x.xlsx")]);
  symlinkSync("/dev/zero", at("zero.xlsx"));
  hashes = new Map([...REGULAR.map((n) => [n, sha256(at(n))] as const), ["sample", sha256(SAMPLE)]]);
  const args = [...REGULAR, "x.xlsx", "zero.xlsx"].map(at);
  const child = spawnSync(process.execPath, [BIN, "--json", ...args, SAMPLE], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  run = { code: child.status, stdout: child.stdout, stderr: child.stderr };
  const json = JsonOutputSchema.parse(JSON.parse(run.stdout));
  files = new Map(json.files.map((f) => [f.file === SAMPLE ? "sample" : path.basename(f.file), f]));
}, 200_000);
afterAll(() => tmp.cleanup());

describe("perf-check on hostile workbooks", () => {
  it("reports every file, in order, and exits 2", () => {
    expect(run.stderr).toBe("");
    expect([...files.keys()]).toEqual([...REGULAR, "x.xlsx", "zero.xlsx", "sample"]);
    expect(run.code).toBe(2);
  });

  it("still checks the sample after them", () => {
    expect(files.get("sample")).toMatchObject({ error: null, forms: [{ project: PROJECT }] });
  });

  it("checks the 6 KB file with a merge over A40:XFD1048576 (it holds no form)", () => {
    expect(readFileSync(at("merge.xlsx")).length).toBeLessThan(6 * 1024);
    expect(files.get("merge.xlsx")).toMatchObject({ error: null, errorCode: null, forms: [] });
  });

  it("still finds the form of a sheet with one value at XFD1048576", () => {
    expect(files.get("far.xlsx")).toMatchObject({ error: null, forms: [{ project: PROJECT }] });
  });

  it("refuses the zip bombs, honest or lying about their size, naming the file", () => {
    expect(files.get("bomb.xlsx")).toMatchObject({ errorCode: "too-large", forms: [] });
    expect(files.get("bomb.xlsx")!.error).toBe(
      `「${at("bomb.xlsx")}」的部件 xl/worksheets/sheet1.xml 解压后超过 256 MB 的上限（可能是压缩炸弹），未检查。`,
    );
    expect(files.get("bomb-lie.xlsx")).toMatchObject({ errorCode: "too-large" });
    expect(files.get("bomb-lie.xlsx")!.error).toContain(`「${at("bomb-lie.xlsx")}」的部件 xl/worksheets/sheet1.xml 声明解压后为 4 KB`);
  });

  it("refuses 20,000 zip entries", () => {
    expect(files.get("entries.xlsx")).toMatchObject({ errorCode: "too-large" });
    expect(files.get("entries.xlsx")!.error).toContain("超过 10000 个的上限");
  });

  it("checks 50,000 merged areas (no form in them)", () => {
    expect(files.get("merges.xlsx")).toMatchObject({ error: null, forms: [] });
  });

  it("checks the form with a 300,000-character reason cell", () => {
    expect(files.get("long-reason.xlsx")).toMatchObject({ error: null, forms: [{ project: PROJECT }] });
  });

  it("refuses a FIFO named x.xlsx and a link to /dev/zero without reading them", () => {
    expect(files.get("x.xlsx")).toMatchObject({ errorCode: "not-a-file" });
    expect(files.get("x.xlsx")!.error).toContain(at("x.xlsx"));
    expect(files.get("zero.xlsx")).toMatchObject({ errorCode: "not-a-file" });
    expect(files.get("zero.xlsx")!.error).toContain(at("zero.xlsx"));
  });

  it("changes no input", () => {
    for (const name of REGULAR) expect(sha256(at(name)), name).toBe(hashes.get(name));
    expect(sha256(SAMPLE)).toBe(hashes.get("sample"));
  });
});
