import { mkdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectInputs, isWorkbookName, skipReason } from "../../src/cli/collect-files";
import { tempDir } from "./helpers";

describe("isWorkbookName and skipReason", () => {
  it("takes every workbook extension perf-check reads, in any case", () => {
    for (const name of ["表.xlsx", "OLD.XLS", "book.xlsm", "模板.XLTX", "wps.et", "calc.Ods"])
      expect(isWorkbookName(name), name).toBe(true);
  });

  it("skips Excel/WPS (~$) and LibreOffice (.~lock) lock files and other names, saying why", () => {
    expect(skipReason("~$表.xlsx")).toBe("lock-file");
    expect(skipReason(".~lock.表.xlsx#")).toBe("lock-file");
    expect(skipReason("notes.txt")).toBe("not-a-workbook-name");
    expect(skipReason("book.xlsb")).toBe("not-a-workbook-name");
    expect(skipReason("xlsx")).toBe("not-a-workbook-name");
    expect(skipReason("a.xls")).toBeNull();
  });
});

describe("collectInputs", () => {
  const tmp = tempDir();
  const at = (...parts: string[]) => path.join(tmp.dir, ...parts);

  beforeAll(() => {
    mkdirSync(at("b", "deep"), { recursive: true });
    const names = [
      "a.xlsx",
      "~$a.xlsx",
      "notes.txt",
      "old.xls",
      "c.ODS",
      "d.et",
      "e.xlsm",
      "f.xltx",
      path.join("b", "z.XLSX"),
      path.join("b", "deep", "m.xlsx"),
      "data.csv",
    ];
    for (const name of names) writeFileSync(at(name), "x");
  });
  afterAll(() => tmp.cleanup());

  it("walks a folder recursively in name order, keeping every workbook kind and skipping lock files", async () => {
    const { inputs } = await collectInputs([tmp.dir]);
    expect(inputs.map((e) => e.file)).toEqual([
      at("a.xlsx"),
      at("b", "deep", "m.xlsx"),
      at("b", "z.XLSX"),
      at("c.ODS"),
      at("d.et"),
      at("e.xlsm"),
      at("f.xltx"),
      at("old.xls"),
    ]);
  });

  it("says what the walk skipped and why", async () => {
    const { skipped } = await collectInputs([tmp.dir]);
    expect(skipped).toEqual([
      { file: at("data.csv"), reason: "not-a-workbook-name" },
      { file: at("notes.txt"), reason: "not-a-workbook-name" },
      { file: at("~$a.xlsx"), reason: "lock-file" },
    ]);
  });

  it("checks a file named explicitly whatever its extension, skipping nothing", async () => {
    const collected = await collectInputs([at("data.csv")]);
    // identity (device and inode) was added by issue 8: --fix's writes compare against it.
    const { dev, ino } = statSync(at("data.csv"));
    const identity = { dev, ino, file: at("data.csv") };
    expect(collected).toEqual({ inputs: [{ kind: "file", file: at("data.csv"), resolved: at("data.csv"), identity }], skipped: [] });
  });

  it("keeps the path as given and drops a file reached twice", async () => {
    const relative = path.relative(process.cwd(), at("a.xlsx"));
    const { inputs } = await collectInputs([relative, at("b")]);
    expect(inputs.map((e) => e.file)).toEqual([relative, at("b", "deep", "m.xlsx"), at("b", "z.XLSX")]);
    const again = await collectInputs([relative, at("a.xlsx")]);
    expect(again.inputs.map((e) => e.file)).toEqual([relative]);
  });

  it("reports a missing path as not-found instead of failing", async () => {
    const { inputs } = await collectInputs([at("missing.xlsx"), at("a.xlsx")]);
    expect(inputs[0]).toMatchObject({ kind: "unlisted", file: at("missing.xlsx"), problem: "not-found" });
    expect(inputs[1]).toMatchObject({ kind: "file", file: at("a.xlsx") });
  });
});

describe("collectInputs with a folder to skip", () => {
  it("does not walk into the skipped folder, says so, but still takes files named inside it", async () => {
    const tmp = tempDir();
    mkdirSync(path.join(tmp.dir, "out"));
    writeFileSync(path.join(tmp.dir, "a.xlsx"), "x");
    writeFileSync(path.join(tmp.dir, "out", "a.xlsx"), "x");
    const real = realpathSync(path.join(tmp.dir, "out"));
    const walked = await collectInputs([tmp.dir], [real]);
    const named = await collectInputs([path.join(tmp.dir, "out", "a.xlsx")], [real]);
    tmp.cleanup();
    expect(walked.inputs.map((e) => e.file)).toEqual([path.join(tmp.dir, "a.xlsx")]);
    expect(walked.skipped).toEqual([{ file: path.join(tmp.dir, "out"), reason: "output-folder" }]);
    expect(named.inputs.map((e) => e.file)).toEqual([path.join(tmp.dir, "out", "a.xlsx")]);
  });
});
