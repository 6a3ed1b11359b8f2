// The V8 code cache the workers load their bundle through: written once after use, used on the
// next load, and never applied to a rebuilt bundle.
import { readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requireWithCache } from "../../src/cli/code-cache";
import { tempDir } from "./helpers";

const tmp = tempDir("perf-cache-");
afterAll(() => tmp.cleanup());
const caches = () => readdirSync(tmp.dir).filter((n) => n.endsWith(".cache"));

describe("requireWithCache", () => {
  const file = path.join(tmp.dir, "bundle.js");

  it("loads a CommonJS file with its own require and module, and writes a cache once asked", () => {
    writeFileSync(file, 'const p = require("node:path"); module.exports = { twice: (n) => n * 2, base: p.basename(__filename) };');
    const first = requireWithCache(file);
    expect((first.exports as { twice(n: number): number }).twice(21)).toBe(42);
    expect((first.exports as { base: string }).base).toBe("bundle.js");
    expect(caches()).toEqual([]);
    first.saveCache();
    expect(caches()).toHaveLength(1);
  });

  it("does not rewrite a cache V8 accepted", () => {
    const [before] = caches();
    const second = requireWithCache(file);
    second.saveCache();
    expect(caches()).toEqual([before]);
    expect((second.exports as { twice(n: number): number }).twice(2)).toBe(4);
  });

  it("gives a rebuilt bundle of the same length a cache of its own", () => {
    // Same length, other code: V8 alone would accept the old cache for it.
    writeFileSync(file, 'const p = require("node:path"); module.exports = { twice: (n) => n * 3, base: p.basename(__filename) };');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const rebuilt = requireWithCache(file);
    expect((rebuilt.exports as { twice(n: number): number }).twice(2)).toBe(6);
    rebuilt.saveCache();
    expect(caches()).toHaveLength(2);
  });
});
