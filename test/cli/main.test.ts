// The command line parsed in-process: argument errors and help, without spawning node.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

// Argument errors and help must answer without loading ExcelJS and the engine.
const mustNotLoad = (): never => {
  throw new Error("the runner was loaded");
};

async function run(args: string[], loadRunner: Parameters<typeof main>[2] | "default" = mustNotLoad) {
  let stdout = "";
  let stderr = "";
  const streams = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
  };
  const code = loadRunner === "default" ? await main(args, streams) : await main(args, streams, loadRunner);
  return { code, stdout, stderr };
}

describe("perf-check arguments", () => {
  it("exits 2 with a usage message when no path is given", async () => {
    const { code, stderr, stdout } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain("请至少给出一个 .xlsx 文件或文件夹");
    expect(stdout).toBe("");
  });

  it("exits 2 when --fix has no --out", async () => {
    const { code, stderr } = await run(["--fix", "samples"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--fix 需要配合 --out");
  });

  it("exits 2 when --out comes without --fix", async () => {
    const { code, stderr } = await run(["--out", "x", "samples", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--out is only used with --fix.");
  });

  it("exits 2 for an unknown language", async () => {
    const { code, stderr } = await run(["--lang", "fr", "samples"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--lang 只能是 zh 或 en，而不是「fr」");
  });

  it("exits 2 for an unknown option", async () => {
    const { code, stderr } = await run(["--frobnicate", "samples"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--frobnicate");
  });

  it("prints help in Chinese by default and in English with --lang en, exiting 0", async () => {
    const zh = await run(["--help"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("检查 Excel/WPS 项目支出绩效自评表");
    // The help names every format a folder walk looks for, not just .xlsx.
    expect(zh.stdout).toContain(".xlsx .xlsm .xltx .xls .et .ods");
    const en = await run(["--lang", "en", "--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("--fix");
    expect(en.stdout).toContain("write corrected copies");
  });

  it("exits 2 for a --jobs that is not a whole number from 1 to 64, or a --timeout that is not positive", async () => {
    for (const jobs of ["0", "1.5", "65", "many"]) {
      const { code, stderr } = await run(["--jobs", jobs, "samples"]);
      expect(code).toBe(2);
      expect(stderr).toContain(`--jobs 必须是 1 到 64 之间的整数，而不是「${jobs}」`);
    }
    const { code, stderr } = await run(["--timeout", "0", "samples", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--timeout must be a number of seconds above 0, not "0"');
  });

  it("lists --overwrite, --jobs and --timeout in the help", async () => {
    const { stdout } = await run(["--help"]);
    for (const option of ["--overwrite", "--jobs <n>", "--timeout <seconds>"]) expect(stdout).toContain(option);
    expect(stdout).toContain("默认 120");
  });

  it("refuses --out equal to an input folder before checking anything", async () => {
    const { code, stderr, stdout } = await run(["--fix", "--out", "samples", "samples"], "default");
    expect(code).toBe(2);
    expect(stderr).toContain("--out「samples」就是输入文件夹");
    expect(stdout).toBe("");
  });

  it("loads the runner by default for a real run and prints JSON on stdout", async () => {
    const { code, stdout, stderr } = await run(["--json", "samples/01-新建潇河派出所业务用房建设资金.xlsx"], "default");
    // Form 1 shows its 66.67% execution rate as 66%: an error-severity finding (docs/rules.md#exec-rate).
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout).files[0].forms[0].project).toBe("新建潇河派出所业务用房建设资金");
  });
});
