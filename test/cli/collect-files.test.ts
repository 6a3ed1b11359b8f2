import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectInputs, isWorkbookName } from "../../src/cli/collect-files";
import { tempDir } from "./helpers";

describe("isWorkbookName", () => {
  it("takes .xlsx and .xls in any case and skips Excel lock files", () => {
    expect(isWorkbookName("表.xlsx")).toBe(true);
    expect(isWorkbookName("OLD.XLS")).toBe(true);
    expect(isWorkbookName("~$表.xlsx")).toBe(false);
    expect(isWorkbookName("notes.txt")).toBe(false);
    expect(isWorkbookName("book.xlsm")).toBe(false);
  });
});

describe("collectInputs", () => {
  const tmp = tempDir();
  const at = (...parts: string[]) => path.join(tmp.dir, ...parts);

  beforeAll(() => {
    mkdirSync(at("b", "deep"), { recursive: true });
    for (const name of ["a.xlsx", "~$a.xlsx", "notes.txt", "old.xls", path.join("b", "z.XLSX"), path.join("b", "deep", "m.xlsx"), "data.csv"]) {
      writeFileSync(at(name), "x");
    }
  });
  afterAll(() => tmp.cleanup());

  it("walks a folder recursively in name order, keeping .xlsx/.xls and skipping lock files", async () => {
    const entries = await collectInputs([tmp.dir]);
    expect(entries.map((e) => e.file)).toEqual([at("a.xlsx"), at("b", "deep", "m.xlsx"), at("b", "z.XLSX"), at("old.xls")]);
  });

  it("checks a file named explicitly whatever its extension", async () => {
    const entries = await collectInputs([at("data.csv")]);
    expect(entries).toEqual([{ kind: "file", file: at("data.csv"), resolved: at("data.csv") }]);
  });

  it("keeps the path as given and drops a file reached twice", async () => {
    const relative = path.relative(process.cwd(), at("a.xlsx"));
    const entries = await collectInputs([relative, tmp.dir]);
    expect(entries.map((e) => e.file)).toEqual([relative, at("b", "deep", "m.xlsx"), at("b", "z.XLSX"), at("old.xls")]);
  });

  it("reports a missing path as not-found instead of failing", async () => {
    const entries = await collectInputs([at("missing.xlsx"), at("a.xlsx")]);
    expect(entries[0]).toMatchObject({ kind: "unlisted", file: at("missing.xlsx"), problem: "not-found" });
    expect(entries[1]).toMatchObject({ kind: "file", file: at("a.xlsx") });
  });
});

describe("collectInputs with a folder to skip", () => {
  it("does not walk into the skipped folder but still takes files named inside it", async () => {
    const tmp = tempDir();
    mkdirSync(path.join(tmp.dir, "out"));
    writeFileSync(path.join(tmp.dir, "a.xlsx"), "x");
    writeFileSync(path.join(tmp.dir, "out", "a.xlsx"), "x");
    const real = realpathSync(path.join(tmp.dir, "out"));
    const walked = await collectInputs([tmp.dir], [real]);
    const named = await collectInputs([path.join(tmp.dir, "out", "a.xlsx")], [real]);
    tmp.cleanup();
    expect(walked.map((e) => e.file)).toEqual([path.join(tmp.dir, "a.xlsx")]);
    expect(named.map((e) => e.file)).toEqual([path.join(tmp.dir, "out", "a.xlsx")]);
  });
});
