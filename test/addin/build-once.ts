/*
 * Runs the real production webpack build once and shares its output between the add-in test files, which vitest
 * runs in separate workers. The output directory is keyed by a hash of everything the build reads, so a worker
 * that finds a finished build reuses it and a changed source triggers a new one; a lock directory makes the
 * other workers wait instead of building concurrently on a 2-core machine.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
/** The base URL the shared build is made for, so the dist manifest can be checked for leftover localhost URLs. */
export const TEST_BASE_URL = "https://perf.example.gov.cn/addin/";

const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package.json"];
const CACHE_DIR = join(tmpdir(), "perf-addin-test-builds");
const DONE_MARKER = "BUILD_OK";
const BUILD_TIMEOUT_MS = 180_000;
const POLL_MS = 250;
const STALE_BUILD_MS = 60 * 60 * 1000;

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listFiles(join(path, name)));
}

function inputHash(env: Record<string, string>): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(env));
  for (const file of INPUTS.flatMap((p) => listFiles(join(ROOT, p)))) {
    hash.update(relative(ROOT, file));
    hash.update("\0");
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function runWebpack(outDir: string, env: Record<string, string>): Promise<void> {
  const cli = join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--output-path", outDir],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: BUILD_TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`webpack build failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolvePromise();
      },
    );
  });
}

function pruneOldBuilds(keep: string): void {
  if (!existsSync(CACHE_DIR)) return;
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS) rmSync(path, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The directory of a production build made with ADDIN_BASE_URL=TEST_BASE_URL (and the CDN office.js), building it
 * if no worker has yet. Rejects with webpack's output when the build fails.
 */
export async function buildAddin(): Promise<string> {
  const env = { ADDIN_BASE_URL: TEST_BASE_URL, LOCAL_OFFICE_JS: "", OFFICE_JS_URL: "", OFFICE_JS_DIR: "" };
  const out = join(CACHE_DIR, inputHash(env));
  const lock = `${out}.lock`;
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  mkdirSync(CACHE_DIR, { recursive: true });
  while (!existsSync(join(out, DONE_MARKER))) {
    let owner = false;
    try {
      mkdirSync(lock);
      owner = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    if (owner) {
      const tmp = `${out}.tmp-${process.pid}`;
      try {
        rmSync(tmp, { recursive: true, force: true });
        await runWebpack(tmp, env);
        writeFileSync(join(tmp, DONE_MARKER), new Date().toISOString());
        rmSync(out, { recursive: true, force: true });
        renameSync(tmp, out);
        pruneOldBuilds(out);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    // Another worker holds the lock; a lock older than the build timeout belongs to a crashed run.
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`timed out waiting for another worker's build in ${out}`);
    await sleep(POLL_MS);
  }
  return out;
}

/** Reads a text file of the build. */
export function readBuilt(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

/** The scripts taskpane.html loads, in page order. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/g)].map((m) => m[1]);
}
