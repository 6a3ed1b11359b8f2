// Safe writes (issue 8, item 3): a final name only ever holds a complete file, a clash is numbered
// (never overwritten without --overwrite), a planted symlink or hard link can never lead a write into
// an input, concurrent writers never lose a copy, and a killed writer leaves no truncated file.
import { spawn } from "node:child_process";
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { buildSync } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { identityOf, numberedName, placeTemporary, SafeWriteError, writeFileSafely, type InputIdentity } from "../../src/cli/safe-write";
import { ROOT, tempDir } from "./helpers";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
// Temporaries are ".<name>.<pid>-<hex>.tmp" beside the target.
const isTemporary = (name: string) => /^\..+\.\d+-[0-9a-f]{12}\.tmp$/.test(name);

let tmp: { dir: string; cleanup: () => void };
const at = (...parts: string[]) => path.join(tmp.dir, ...parts);
afterEach(() => tmp?.cleanup());

function setup(): void {
  tmp = tempDir("perf-safe-write-");
  mkdirSync(at("in"));
  mkdirSync(at("out"));
}

async function inputAt(name: string, text: string): Promise<{ file: string; identity: InputIdentity; hash: string }> {
  const file = at("in", name);
  writeFileSync(file, text);
  return { file, identity: (await identityOf(file))!, hash: sha(file) };
}

describe("writeFileSafely: plain writes", () => {
  it("writes the bytes under the target name, creating the folder, leaving no temporary behind", async () => {
    setup();
    const target = at("out", "新", "表.xlsx");
    const result = await writeFileSafely(target, bytes("copy"), { overwrite: false, inputs: [] });
    expect(result).toEqual({ path: target, numbered: false, replaced: false });
    expect(readFileSync(target, "utf8")).toBe("copy");
    expect(readdirSync(at("out", "新"))).toEqual(["表.xlsx"]);
  });

  it("creates the file readable, never executable or writable by others (mode 0o644 under the umask)", async () => {
    setup();
    await writeFileSafely(at("out", "a.xlsx"), bytes("x"), { overwrite: false, inputs: [] });
    const mode = statSync(at("out", "a.xlsx")).mode & 0o777;
    expect(mode & 0o600).toBe(0o600);
    expect(mode & ~0o644).toBe(0);
  });

  it("numbers a clash without --overwrite and leaves the existing file as it was", async () => {
    setup();
    writeFileSync(at("out", "表.xlsx"), "earlier run");
    const second = await writeFileSafely(at("out", "表.xlsx"), bytes("two"), { overwrite: false, inputs: [] });
    const third = await writeFileSafely(at("out", "表.xlsx"), bytes("three"), { overwrite: false, inputs: [] });
    expect(second).toEqual({ path: at("out", "表 (2).xlsx"), numbered: true, replaced: false });
    expect(third).toEqual({ path: at("out", "表 (3).xlsx"), numbered: true, replaced: false });
    expect(readFileSync(at("out", "表.xlsx"), "utf8")).toBe("earlier run");
    expect(readFileSync(at("out", "表 (2).xlsx"), "utf8")).toBe("two");
    expect(readFileSync(at("out", "表 (3).xlsx"), "utf8")).toBe("three");
    expect(readdirSync(at("out")).sort()).toEqual(["表 (2).xlsx", "表 (3).xlsx", "表.xlsx"]);
  });

  it("replaces an existing file with --overwrite and says so; replaced is false when nothing was there", async () => {
    setup();
    writeFileSync(at("out", "a.xlsx"), "old");
    expect(await writeFileSafely(at("out", "a.xlsx"), bytes("new"), { overwrite: true, inputs: [] })).toEqual({
      path: at("out", "a.xlsx"),
      numbered: false,
      replaced: true,
    });
    expect(readFileSync(at("out", "a.xlsx"), "utf8")).toBe("new");
    expect((await writeFileSafely(at("out", "b.xlsx"), bytes("b"), { overwrite: true, inputs: [] })).replaced).toBe(false);
    expect(readdirSync(at("out")).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("numbers names the way the CLI reports them", () => {
    expect(numberedName("out/表.xlsx", 2)).toBe("out/表 (2).xlsx");
    expect(numberedName("out/a.b.xlsm", 3)).toBe("out/a.b (3).xlsm");
    expect(numberedName("out/noext", 2)).toBe("out/noext (2)");
  });

  it("removes its temporary when the final step fails (the target is a folder)", async () => {
    setup();
    mkdirSync(at("out", "a.xlsx"));
    writeFileSync(at("out", "a.xlsx", "inside"), "x");
    await expect(writeFileSafely(at("out", "a.xlsx"), bytes("x"), { overwrite: true, inputs: [] })).rejects.toThrow();
    expect(readdirSync(at("out"))).toEqual(["a.xlsx"]);
  });
});

describe("writeFileSafely never writes into an input", () => {
  it("does not follow a symlink at the target: without --overwrite it is a clash, the input keeps its bytes", async () => {
    setup();
    const input = await inputAt("a.xlsx", "original input");
    symlinkSync(input.file, at("out", "a.xlsx"));
    const result = await writeFileSafely(at("out", "a.xlsx"), bytes("copy"), { overwrite: false, inputs: [input.identity] });
    expect(result).toEqual({ path: at("out", "a (2).xlsx"), numbered: true, replaced: false });
    expect(sha(input.file)).toBe(input.hash);
    expect(readlinkSync(at("out", "a.xlsx"))).toBe(input.file);
    expect(readFileSync(at("out", "a (2).xlsx"), "utf8")).toBe("copy");
  });

  it("with --overwrite replaces the symlink itself, never its destination", async () => {
    setup();
    const input = await inputAt("a.xlsx", "original input");
    symlinkSync(input.file, at("out", "a.xlsx"));
    const result = await writeFileSafely(at("out", "a.xlsx"), bytes("copy"), { overwrite: true, inputs: [input.identity] });
    expect(result).toEqual({ path: at("out", "a.xlsx"), numbered: false, replaced: true });
    expect(lstatSync(at("out", "a.xlsx")).isSymbolicLink()).toBe(false);
    expect(readFileSync(at("out", "a.xlsx"), "utf8")).toBe("copy");
    expect(sha(input.file)).toBe(input.hash);
  });

  it("never creates the destination of a dangling symlink at the target", async () => {
    setup();
    const victim = at("in", "created-by-link.txt");
    symlinkSync(victim, at("out", "a.xlsx"));
    const result = await writeFileSafely(at("out", "a.xlsx"), bytes("copy"), { overwrite: false, inputs: [] });
    expect(result.path).toBe(at("out", "a (2).xlsx"));
    expect(existsSync(victim)).toBe(false);
  });

  for (const overwrite of [false, true]) {
    it(`refuses a hard link of an input at the target, naming both paths (overwrite ${overwrite})`, async () => {
      setup();
      const other = await inputAt("other.xlsx", "another input");
      const input = await inputAt("a.xlsx", "original input");
      linkSync(input.file, at("out", "a.xlsx"));
      const attempt = writeFileSafely(at("out", "a.xlsx"), bytes("copy"), { overwrite, inputs: [other.identity, input.identity] });
      await expect(attempt).rejects.toBeInstanceOf(SafeWriteError);
      const error = (await attempt.catch((e: unknown) => e)) as SafeWriteError;
      expect(error.code).toBe("onto-input");
      expect(error.target).toBe(at("out", "a.xlsx"));
      expect(error.input).toBe(input.file);
      expect(error.message).toContain(at("out", "a.xlsx"));
      expect(error.message).toContain(input.file);
      expect(sha(input.file)).toBe(input.hash);
      expect(readdirSync(at("out"))).toEqual(["a.xlsx"]);
    });
  }

  it("refuses when the output folder is a symlink to the input folder, and leaves no temporary among the inputs", async () => {
    setup();
    const input = await inputAt("a.xlsx", "original input");
    symlinkSync(at("in"), at("out", "linked"));
    for (const overwrite of [false, true]) {
      await expect(
        writeFileSafely(at("out", "linked", "a.xlsx"), bytes("copy"), { overwrite, inputs: [input.identity] }),
      ).rejects.toBeInstanceOf(SafeWriteError);
    }
    expect(sha(input.file)).toBe(input.hash);
    expect(readdirSync(at("in"))).toEqual(["a.xlsx"]);
  });

  it("identityOf follows symlinks (a link to an input is the input) and is null for a missing file", async () => {
    setup();
    const input = await inputAt("a.xlsx", "x");
    symlinkSync(input.file, at("out", "link.xlsx"));
    const viaLink = await identityOf(at("out", "link.xlsx"));
    expect({ dev: viaLink!.dev, ino: viaLink!.ino }).toEqual({ dev: input.identity.dev, ino: input.identity.ino });
    expect(viaLink!.file).toBe(at("out", "link.xlsx"));
    expect(await identityOf(at("missing.xlsx"))).toBeNull();
  });
});

describe("writeFileSafely with concurrent writers", () => {
  it("keeps every copy when many writers in one process race on the same name", async () => {
    setup();
    const payloads = Array.from({ length: 16 }, (_, i) => `copy ${i} ${"x".repeat(i * 1000)}`);
    const results = await Promise.all(
      payloads.map((p) => writeFileSafely(at("out", "表.xlsx"), bytes(p), { overwrite: false, inputs: [] })),
    );
    const names = readdirSync(at("out"));
    expect(names).toHaveLength(16);
    expect(new Set(results.map((r) => r.path)).size).toBe(16);
    expect(results.filter((r) => !r.numbered).map((r) => r.path)).toEqual([at("out", "表.xlsx")]);
    expect(names.map((n) => readFileSync(at("out", n), "utf8")).sort()).toEqual([...payloads].sort());
  });

  it("keeps both copies when two processes write the same names into one folder", async () => {
    setup();
    const script = childScript(
      "racer",
      // Both start writing at the same agreed moment, so their writes overlap.
      `const [dir, tag, startAt] = process.argv.slice(2);
       setTimeout(async () => {
         for (let i = 0; i < 40; i++) await writeFileSafely(path.join(dir, "表.xlsx"), Buffer.from(tag + " " + i), { overwrite: false, inputs: [] });
       }, Math.max(0, Number(startAt) - Date.now()));`,
    );
    const startAt = String(Date.now() + 1500);
    const runs = ["A", "B"].map((tag) => runNode([script, at("out"), tag, startAt]));
    const exits = await Promise.all(runs.map((r) => r.exit));
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
    const contents = readdirSync(at("out")).map((n) => readFileSync(at("out", n), "utf8"));
    const expected = ["A", "B"].flatMap((tag) => Array.from({ length: 40 }, (_, i) => `${tag} ${i}`));
    expect(contents.sort()).toEqual(expected.sort());
  });
});

describe("placeTemporary on a filesystem without hard links (FAT, some network shares)", () => {
  const noLinks = {
    link: async () => {
      throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
    },
  };

  it("falls back to rename, still numbering a clash instead of replacing", async () => {
    setup();
    writeFileSync(at("out", "a.xlsx"), "earlier");
    writeFileSync(at("out", ".t1.tmp"), "first");
    writeFileSync(at("out", ".t2.tmp"), "second");
    const first = await placeTemporary(at("out", ".t1.tmp"), at("out", "b.xlsx"), { overwrite: false, inputs: [] }, noLinks);
    const second = await placeTemporary(at("out", ".t2.tmp"), at("out", "a.xlsx"), { overwrite: false, inputs: [] }, noLinks);
    expect(first).toEqual({ path: at("out", "b.xlsx"), numbered: false, replaced: false });
    expect(second).toEqual({ path: at("out", "a (2).xlsx"), numbered: true, replaced: false });
    expect(readFileSync(at("out", "a.xlsx"), "utf8")).toBe("earlier");
    expect(readFileSync(at("out", "b.xlsx"), "utf8")).toBe("first");
    expect(readFileSync(at("out", "a (2).xlsx"), "utf8")).toBe("second");
  });
});

describe("a writer killed mid-write leaves no truncated file under a final name", () => {
  // The child writes a 2 MB copy again and again (every third write with overwrite, so both the link
  // and the rename path are interrupted); the test kills it at random moments.
  const writerSource = `const [dir, payloadFile, mode] = process.argv.slice(2);
    const payload = readFileSync(payloadFile);
    if (mode === "sigint") process.on("SIGINT", () => { removeTemporaries(); process.exit(130); });
    (async () => {
      process.stdout.write("started\\n");
      for (let n = 0; ; n++) await writeFileSafely(path.join(dir, "copy.xlsx"), payload, { overwrite: n % 3 === 2, inputs: [] });
    })();`;

  function checkFolder(dir: string, payload: Buffer): { finals: number; temporaries: number } {
    let finals = 0;
    let temporaries = 0;
    for (const name of readdirSync(dir)) {
      if (isTemporary(name)) {
        temporaries++;
        continue;
      }
      finals++;
      // Every final-named file is the whole payload, byte for byte.
      expect(readFileSync(path.join(dir, name)).equals(payload), name).toBe(true);
    }
    return { finals, temporaries };
  }

  it("after SIGKILL at random moments: every final-named file is complete", async () => {
    setup();
    const payload = randomBytes(2 * 1024 * 1024);
    writeFileSync(at("payload.bin"), payload);
    const script = childScript("writer", writerSource);
    let rounds = 0;
    let killedMidWrite = 0;
    let finals = 0;
    // Keep going until a kill has landed while a temporary existed (it nearly always does at once),
    // so the test cannot pass without interrupting a write.
    while (rounds < 3 || (killedMidWrite === 0 && rounds < 20)) {
      const dir = at(`kill-${rounds}`);
      mkdirSync(dir);
      const child = runNode([script, dir, at("payload.bin"), "plain"]);
      await child.started;
      await sleep(Math.random() * 300);
      child.process.kill("SIGKILL");
      expect((await child.exit).signal).toBe("SIGKILL");
      const seen = checkFolder(dir, payload);
      if (seen.temporaries > 0) killedMidWrite++;
      finals += seen.finals;
      rounds++;
    }
    expect(killedMidWrite).toBeGreaterThan(0);
    expect(finals).toBeGreaterThan(0);
  }, 60_000);

  it("after SIGINT with a handler calling removeTemporaries: no temporary is left and every copy is complete", async () => {
    setup();
    const payload = randomBytes(2 * 1024 * 1024);
    writeFileSync(at("payload.bin"), payload);
    const script = childScript("writer-int", writerSource);
    for (let round = 0; round < 4; round++) {
      const dir = at(`int-${round}`);
      mkdirSync(dir);
      const child = runNode([script, dir, at("payload.bin"), "sigint"]);
      await child.started;
      await sleep(20 + Math.random() * 300);
      child.process.kill("SIGINT");
      // 130 proves the handler ran (the default action would end the process by the signal).
      expect((await child.exit).code).toBe(130);
      expect(checkFolder(dir, payload).temporaries).toBe(0);
    }
  }, 60_000);
});

// Bundles a small script that uses safe-write.ts into plain JavaScript, so the child starts like
// the built CLI does (no TypeScript loader in the child).
function childScript(name: string, body: string): string {
  const source = at(`${name}.ts`);
  writeFileSync(
    source,
    `import { readFileSync } from "node:fs";
     import path from "node:path";
     import { removeTemporaries, writeFileSafely } from ${JSON.stringify(path.join(ROOT, "src", "cli", "safe-write"))};
     void readFileSync; void removeTemporaries;
     ${body}`,
  );
  const outfile = at(`${name}.cjs`);
  buildSync({ entryPoints: [source], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "silent" });
  return outfile;
}

function runNode(args: string[]) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { process: child, started, exit };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
