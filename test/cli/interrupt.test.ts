// Ctrl-C during a --fix batch: the workers stop, no temporary file is left, every copy under a
// final name is complete, the copies completed are named on stderr, and the exit status is 130.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLES, tempDir } from "./helpers";

const BIN = path.join(ROOT, "bin", "perf-check.js");
const tmp = tempDir("perf-int-");
const inDir = path.join(tmp.dir, "in");
const outDir = path.join(tmp.dir, "out");
const COPIES = 150;

let result: { code: number | null; stderr: string; stdout: string };

beforeAll(async () => {
  mkdirSync(inDir);
  const names = readdirSync(SAMPLES).filter((n) => n.endsWith(".xlsx"));
  for (let i = 0; i < COPIES; i++)
    copyFileSync(path.join(SAMPLES, names[i % names.length]), path.join(inDir, `${String(i).padStart(3, "0")}.xlsx`));
  const child = spawn(process.execPath, [BIN, "--fix", "--out", outDir, "--jobs", "1", inDir], { cwd: ROOT });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  // Interrupt once a few copies exist, while the batch is surely still running.
  const started = setInterval(() => {
    const done = (() => {
      try {
        return readdirSync(outDir).filter((n) => n.endsWith(".xlsx")).length;
      } catch {
        return 0;
      }
    })();
    if (done >= 3) {
      clearInterval(started);
      child.kill("SIGINT");
    }
  }, 10);
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  clearInterval(started);
  result = { code, stderr, stdout };
}, 120_000);
afterAll(() => tmp.cleanup());

describe("perf-check --fix interrupted by SIGINT", () => {
  it("exits 130 and says it was interrupted", () => {
    expect(result.code).toBe(130);
    expect(result.stderr).toContain("已中断");
  });

  it("stopped before the end of the batch", () => {
    expect(readdirSync(outDir).length).toBeLessThan(COPIES);
  });

  it("leaves no temporary file and names exactly the copies in the folder", () => {
    const left = readdirSync(outDir);
    expect(left.filter((n) => !n.endsWith(".xlsx"))).toEqual([]);
    const named = [...result.stderr.matchAll(/已完成：(.+)/g)].map((m) => path.basename(m[1]));
    expect(named.sort()).toEqual(left.sort());
  });

  it("leaves only complete copies under final names", async () => {
    for (const name of readdirSync(outDir)) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, name)));
      expect(zip.file("xl/workbook.xml"), name).not.toBeNull();
    }
  });
});
