// An honest walk (issue 8, item 4): folder walks end whatever links a sender planted, never open a
// FIFO, device or socket, say what they passed over, keep --fix's own output out, and a run that
// found no file is not reported as clean.
import { execFileSync } from "node:child_process";
import { mkdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCodeFor, summarize, type FileResult } from "../../src/cli/batch-result";
import { collectInputs } from "../../src/cli/collect-files";
import { formatSummary } from "../../src/cli/format-table";
import { tempDir } from "./helpers";

const tmp = tempDir("perf-walk-");
const at = (...parts: string[]) => path.join(tmp.dir, ...parts);
let server: net.Server;

beforeAll(async () => {
  // in/            a.xlsx, sub/b.xlsx, notes.txt
  //   x.xlsx -> .  y.xlsx -> ..   (folder links that made the walk endless)
  //   pipe.xlsx (FIFO)  sock.xlsx (socket)  zero.xlsx -> /dev/zero
  //   link.xlsx -> ../elsewhere/real.xlsx   gone.xlsx -> ../elsewhere/missing.xlsx
  //   out/old.xlsx (an earlier --fix output inside the input)
  mkdirSync(at("in", "sub"), { recursive: true });
  mkdirSync(at("in", "out"));
  mkdirSync(at("elsewhere"));
  writeFileSync(at("in", "a.xlsx"), "a");
  writeFileSync(at("in", "sub", "b.xlsx"), "b");
  writeFileSync(at("in", "notes.txt"), "n");
  writeFileSync(at("in", "out", "old.xlsx"), "old");
  writeFileSync(at("elsewhere", "real.xlsx"), "r");
  symlinkSync(".", at("in", "x.xlsx"));
  symlinkSync("..", at("in", "y.xlsx"));
  execFileSync("mkfifo", [at("in", "pipe.xlsx")]);
  symlinkSync("/dev/zero", at("in", "zero.xlsx"));
  symlinkSync(path.join("..", "elsewhere", "real.xlsx"), at("in", "link.xlsx"));
  symlinkSync(path.join("..", "elsewhere", "missing.xlsx"), at("in", "gone.xlsx"));
  server = net.createServer();
  await new Promise<void>((resolve) => server.listen(at("in", "sock.xlsx"), resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  tmp.cleanup();
});

describe("a folder walk", () => {
  it("ends with two symlinks x.xlsx -> . and y.xlsx -> .., not following either, and says so", async () => {
    const { inputs, skipped } = await collectInputs([at("in")]);
    const files = inputs.filter((e) => e.kind === "file").map((e) => e.file);
    expect(files).toEqual([at("in", "a.xlsx"), at("in", "link.xlsx"), at("in", "out", "old.xlsx"), at("in", "sub", "b.xlsx")]);
    expect(skipped).toContainEqual({ file: at("in", "x.xlsx"), reason: "linked-folder" });
    expect(skipped).toContainEqual({ file: at("in", "y.xlsx"), reason: "linked-folder" });
  });

  it("never opens a FIFO, a socket or a link to /dev/zero: each is skipped as a special file", async () => {
    const { inputs, skipped } = await collectInputs([at("in")]);
    const special = skipped.filter((s) => s.reason === "special-file").map((s) => s.file);
    expect(special).toEqual([at("in", "pipe.xlsx"), at("in", "sock.xlsx"), at("in", "zero.xlsx")]);
    expect(inputs.map((e) => e.file)).not.toContain(at("in", "pipe.xlsx"));
  });

  it("follows a symlink to a regular file once, under the link's name, with the real file's identity", async () => {
    const { inputs } = await collectInputs([at("in")]);
    const link = inputs.find((e) => e.file === at("in", "link.xlsx"));
    const real = statSync(at("elsewhere", "real.xlsx"));
    expect(link).toEqual({
      kind: "file",
      file: at("in", "link.xlsx"),
      resolved: at("in", "link.xlsx"),
      identity: { dev: real.dev, ino: real.ino, file: at("in", "link.xlsx") },
    });
  });

  it("reports a dangling link with a workbook name as not found, like a file that vanished", async () => {
    const { inputs } = await collectInputs([at("in")]);
    expect(inputs.find((e) => e.file === at("in", "gone.xlsx"))).toMatchObject({ kind: "unlisted", problem: "not-found" });
  });

  it("keeps the --out folder out when it lies inside an input, matched by identity whatever path names it", async () => {
    symlinkSync(at("in", "out"), at("out-link"));
    const { inputs, skipped } = await collectInputs([at("in")], [realpathSync(at("out-link"))]);
    expect(inputs.map((e) => e.file)).not.toContain(at("in", "out", "old.xlsx"));
    expect(skipped).toContainEqual({ file: at("in", "out"), reason: "output-folder" });
  });
});

describe("paths given on the command line", () => {
  it("walks a symlink to a folder given explicitly, still not following links inside it", async () => {
    symlinkSync(at("in", "sub"), at("sub-link"));
    const { inputs } = await collectInputs([at("sub-link")]);
    expect(inputs.map((e) => e.file)).toEqual([path.join(at("sub-link"), "b.xlsx")]);
  });

  it("walks a folder reached twice (directly and through a link) only once", async () => {
    symlinkSync(at("in"), at("in-link"));
    const { inputs } = await collectInputs([at("in"), at("in-link"), at("in", "sub")]);
    const files = inputs.filter((e) => e.kind === "file").map((e) => e.file);
    expect(files).toEqual([at("in", "a.xlsx"), at("in", "link.xlsx"), at("in", "out", "old.xlsx"), at("in", "sub", "b.xlsx")]);
  });

  it("reports a FIFO, a device or a socket named explicitly as not a file, without opening it", async () => {
    const { inputs } = await collectInputs([
      at("in", "pipe.xlsx"),
      "/dev/null",
      at("in", "zero.xlsx"),
      at("in", "sock.xlsx"),
      at("in", "a.xlsx"),
    ]);
    expect(inputs).toEqual([
      { kind: "unlisted", file: at("in", "pipe.xlsx"), problem: "not-a-file", detail: "FIFO" },
      { kind: "unlisted", file: "/dev/null", problem: "not-a-file", detail: "character device" },
      { kind: "unlisted", file: at("in", "zero.xlsx"), problem: "not-a-file", detail: "character device" },
      { kind: "unlisted", file: at("in", "sock.xlsx"), problem: "not-a-file", detail: "socket" },
      expect.objectContaining({ kind: "file", file: at("in", "a.xlsx") }),
    ]);
  });
});

describe("the summary and exit code of a run", () => {
  const ok = (file: string): FileResult => ({ file, error: null, errorCode: null, sheetErrors: [], forms: [] });
  const bad = (file: string): FileResult => ({ file, error: "x", errorCode: "not-a-file", sheetErrors: [], forms: [] });

  it("counts checked, failed and skipped files", () => {
    const summary = summarize([ok("a"), bad("b"), ok("c")], [{ file: "n.txt", reason: "not-a-workbook-name" }]);
    expect(summary).toMatchObject({ files: 3, checked: 2, failed: 1, skipped: 1 });
    expect(exitCodeFor(summary)).toBe(2);
    expect(exitCodeFor(summarize([ok("a")]))).toBe(0);
  });

  it("gives exit code 2 and no clean verdict when a walk found no file at all", async () => {
    const empty = tempDir("perf-walk-empty-");
    writeFileSync(path.join(empty.dir, "notes.txt"), "n");
    const { inputs, skipped } = await collectInputs([empty.dir]);
    empty.cleanup();
    expect(inputs).toEqual([]);
    const summary = summarize([], skipped);
    expect(exitCodeFor(summary)).toBe(2);
    expect(formatSummary(summary, "zh")).toEqual([
      "汇总",
      "没有找到可检查的工作簿文件。",
      "已检查文件 0 个，未能检查 0 个，跳过 1 个；自评表 0 份；错误 0 项，警告 0 项，提示 0 项。",
      "结论：没有检查任何文件，请核对给出的路径。",
    ]);
    expect(formatSummary(summary, "en").at(-1)).toBe("Verdict: no file was checked; check the paths given.");
  });
});
