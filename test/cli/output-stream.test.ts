// Honest terminal output (issue 8, item 5): a reader that stops reading (`perf-check … | head`) ends
// the output quietly, with no stack trace and the exit code the run chose, and later writes do nothing.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutput } from "../../src/cli/output-stream";
import { ROOT, tempDir } from "./helpers";

function failingStream(code: string): { stream: Writable; chunks: string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
  return { stream, chunks };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("createOutput on an in-process stream", () => {
  it("passes text through while the reader reads, and end() resolves once it is flushed", async () => {
    const sink = new PassThrough();
    const received: string[] = [];
    sink.on("data", (d) => received.push(String(d)));
    const out = createOutput(sink);
    expect(out.write("第一行\n")).toBe(true);
    out.write("second\n");
    await out.end();
    expect(received.join("")).toBe("第一行\nsecond\n");
    expect(out.closed()).toBe(false);
    expect(out.failure()).toBeNull();
  });

  it("closes quietly on EPIPE: no throw, no unhandled error, later writes never reach the stream", async () => {
    const { stream, chunks } = failingStream("EPIPE");
    const out = createOutput(stream);
    out.write("a\n");
    await tick();
    expect(out.closed()).toBe(true);
    expect(out.write("b\n")).toBe(false);
    expect(out.write("c\n")).toBe(false);
    await out.end();
    expect(chunks).toEqual(["a\n"]);
    // The reader leaving is not a failure to report.
    expect(out.failure()).toBeNull();
  });

  it("keeps any other write error (a full disk behind a redirect) for the caller to report", async () => {
    const { stream } = failingStream("ENOSPC");
    const out = createOutput(stream);
    out.write("a\n");
    await tick();
    expect(out.closed()).toBe(true);
    expect(out.failure()?.code).toBe("ENOSPC");
  });
});

describe("createOutput on a real pipe closed by head -1", () => {
  const tmp = tempDir("perf-output-stream-");
  let script = "";

  // The script prints 200,000 lines, yielding now and then as a batch does between files, then sets
  // the exit code it was given (standing for "the code the findings deserve") and reports on stderr.
  beforeAll(() => {
    const source = path.join(tmp.dir, "printer.ts");
    writeFileSync(
      source,
      `import { createOutput } from ${JSON.stringify(path.join(ROOT, "src", "cli", "output-stream"))};
       const [mode, code] = process.argv.slice(2);
       const raw = { write: (t: string) => process.stdout.write(t), closed: () => false, end: async () => undefined };
       const out = mode === "raw" ? raw : createOutput(process.stdout);
       (async () => {
         let ignored = 0;
         for (let i = 0; i < 200000; i++) {
           if (!out.write("结论：第 " + i + " 行\\n") && out.closed()) ignored++;
           if (i % 1000 === 0) await new Promise((r) => setImmediate(r));
         }
         await out.end();
         process.stderr.write("closed=" + out.closed() + " ignored=" + (ignored > 0) + "\\n");
         process.exitCode = Number(code);
       })();`,
    );
    script = path.join(tmp.dir, "printer.cjs");
    buildSync({
      entryPoints: [source],
      outfile: script,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "silent",
    });
  });
  afterAll(() => tmp.cleanup());

  // bash reports the printer's own exit status through PIPESTATUS; its stderr goes to a file.
  function runIntoHead(mode: string, code: number): { head: string; status: number; stderr: string } {
    const errFile = path.join(tmp.dir, `err-${mode}-${code}.txt`);
    const command = `"${process.execPath}" "${script}" ${mode} ${code} 2>"${errFile}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync("bash", ["-c", command], { encoding: "utf8" });
    const status = Number(/status=(\d+)/.exec(run.stderr)?.[1]);
    return { head: run.stdout, status, stderr: readFileSync(errFile, "utf8") };
  }

  for (const code of [0, 1]) {
    it(`ends quietly with the exit code the run chose (${code}), no stack trace`, () => {
      const { head, status, stderr } = runIntoHead("safe", code);
      expect(head).toBe("结论：第 0 行\n");
      expect(status).toBe(code);
      expect(stderr).toBe("closed=true ignored=true\n");
    });
  }

  it("(the harness sees the failure) raw process.stdout writes into head -1 crash with a stack trace", () => {
    const { status, stderr } = runIntoHead("raw", 0);
    expect(status).not.toBe(0);
    expect(stderr).toContain("EPIPE");
  });
});
