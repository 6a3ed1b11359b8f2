// Loads a built CommonJS bundle through V8's code cache (vm.Script cachedData): Node 20 has no
// module.enableCompileCache, and compiling the ~1 MB worker bundle is a good part of a one-file
// run. The cache sits beside the bundle (worker.js.cache), is written after a first real use, and is
// simply ignored (and rewritten) when V8 rejects it, e.g. after a Node upgrade.
// (worker-boot.ts uses it for the worker bundle.)
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/** A loaded bundle: its exports, and a way to store the code V8 has compiled so far. */
export interface CachedModule {
  exports: unknown;
  /** Writes the code cache when there was none or V8 rejected it; never throws. */
  saveCache(): void;
}

/** Requires the bundle at file (an absolute path) with its code cache, falling back to plain compilation. */
export function requireWithCache(file: string): CachedModule {
  // V8 checks a cache against the source's length only, so a rebuilt bundle of the same length
  // could run stale code: the cache's name carries the bundle's size and time (and the build
  // deletes old caches).
  const stat = statSync(file);
  const cacheFile = `${file}.${stat.size}-${Math.trunc(stat.mtimeMs)}.cache`;
  const source = readFileSync(file, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const dir = path.dirname(file);
  const mod = { exports: {}, filename: file, id: file, loaded: false } as {
    exports: unknown;
    filename: string;
    id: string;
    loaded: boolean;
  };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dir);
  mod.loaded = true;
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  let saved = false;
  return {
    exports: mod.exports,
    saveCache() {
      if (!fresh || saved) return;
      saved = true;
      try {
        // Temporary then rename: a concurrent run never reads half a cache (V8 would reject it anyway).
        const temp = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // A read-only install simply runs without a cache.
      }
    },
  };
}
