// The worker pool through runBatch: results in input order whatever finishes first, a file over
// its time budget or its memory ceiling reported with that limit while the batch goes on, and
// workers sized to the free cores. Workers run the built dist-cli/worker.js (test/global-setup.ts
// builds it before the tests).
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch, streamBatch } from "../../src/cli/batch";
import { Worker } from "node:worker_threads";
import { DEFAULT_LIMITS } from "../../src/cli/limits";
import { createPool, freeCores, PREWARMED, workerScript } from "../../src/cli/pool";
import { SAMPLES, tempDir } from "./helpers";
import * as F from "./hostile-fixtures";

const SAMPLE = path.join(SAMPLES, "01-新建潇河派出所业务用房建设资金.xlsx");
const tmp = tempDir("perf-pool-");
const at = (name: string) => path.join(tmp.dir, name);
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(() => {
  // 40 MB of dense rows (2.75 million cells, under the cell limit): SheetJS needs far more than
  // a second and far more than 64 MB of heap for it.
  writeFileSync(at("heavy.xlsx"), F.denseRowsBomb(40, false));
  writeFileSync(at("tall.xlsx"), F.tallSheet(60_000));
  for (let i = 0; i < 6; i++) copyFileSync(SAMPLE, at(`s${i}.xlsx`));
});
afterAll(() => tmp.cleanup());

describe("the worker pool", () => {
  it("hands results on in input order although later files finish first", async () => {
    const files = [at("tall.xlsx"), ...[0, 1, 2, 3].map((i) => at(`s${i}.xlsx`))];
    const seen: string[] = [];
    const end = await streamBatch(files, { lang: "zh", jobs: 2 }, { file: (r) => void seen.push(r.file) });
    expect(seen).toEqual(files);
    expect(end.summary).toMatchObject({ files: 5, checked: 5, failed: 0, forms: 4 });
  });

  it("stops a file over its time budget, says so, and checks the next file", async () => {
    const before = sha256(at("heavy.xlsx"));
    const { result, exitCode } = await runBatch([at("heavy.xlsx"), at("s4.xlsx")], { lang: "zh", jobs: 1, limits: { timeoutMs: 1500 } });
    expect(exitCode).toBe(2);
    expect(result.files[0]).toMatchObject({ errorCode: "timeout", forms: [] });
    expect(result.files[0].error).toBe(`检查「${at("heavy.xlsx")}」超过 1.5 秒的时间上限，已停止，未检查。`);
    expect(result.files[1]).toMatchObject({ error: null, forms: [{ project: "新建潇河派出所业务用房建设资金" }] });
    expect(sha256(at("heavy.xlsx"))).toBe(before);
  });

  it("reports a file over the worker's memory ceiling as out of memory, and checks the next file", async () => {
    const { result, exitCode } = await runBatch([at("heavy.xlsx"), at("s5.xlsx")], { lang: "en", jobs: 1, limits: { heapMb: 64 } });
    expect(exitCode).toBe(2);
    expect(result.files[0]).toMatchObject({ errorCode: "out-of-memory", forms: [] });
    expect(result.files[0].error).toBe(`Checking "${at("heavy.xlsx")}" went over the 64 MB memory limit and was stopped; not checked.`);
    expect(result.files[1].forms).toHaveLength(1);
  });

  it("reports a sheet over the cell limit as too-many-cells (a scaled 1,048,576-row sheet)", async () => {
    const limits = { maxSheetCells: 100_000, maxWorkbookCells: 100_000 };
    const { result } = await runBatch([at("tall.xlsx"), at("s0.xlsx")], { lang: "zh", limits });
    // 60,000 rows × 2 cells.
    expect(result.files[0]).toMatchObject({ errorCode: "too-many-cells" });
    expect(result.files[0].error).toContain("120000 个单元格，超过 100000 个的上限");
    expect(result.files[0].error).toContain(at("tall.xlsx"));
    expect(result.files[1].error).toBeNull();
  });

  it("uses a prewarmed worker that was already ready when the pool took it (the file is checked, no wait forever)", async () => {
    // bin/perf-check.js starts the first worker early; on a busy machine its "ready" arrives before
    // the pool exists, and the pool must still hand it the queue.
    const script = workerScript();
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: DEFAULT_LIMITS.heapMb, stackSizeMb: 8 } });
    await new Promise((resolve) => worker.once("message", resolve));
    const holder = globalThis as Record<symbol, unknown>;
    holder[PREWARMED] = { worker, script, heapMb: DEFAULT_LIMITS.heapMb, stackMb: 8, ready: true, exited: false };
    const pool = createPool({ size: 1, heapMb: DEFAULT_LIMITS.heapMb, timeoutMs: DEFAULT_LIMITS.timeoutMs, script });
    try {
      const outcome = await Promise.race([
        pool.run({ file: at("s0.xlsx"), lang: "zh" }),
        new Promise((resolve) => setTimeout(() => resolve({ kind: "never dispatched" }), 20_000)),
      ]);
      expect(outcome).toMatchObject({
        kind: "done",
        outcome: { result: { error: null, forms: [{ project: "新建潇河派出所业务用房建设资金" }] } },
      });
      expect(holder[PREWARMED]).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it("sizes itself to the free cores, at least one and never more than the files", () => {
    expect(freeCores(1)).toBe(1);
    expect(freeCores(1000)).toBeGreaterThanOrEqual(1);
    expect(freeCores(1000)).toBeLessThanOrEqual(os.availableParallelism());
  });
});
