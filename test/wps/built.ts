// Builds the WPS package into a fresh temporary folder (esbuild: about a second) and runs its background page the
// way WPS does: the classic script in a global scope that has `Application` / `wps`, here a Node vm context.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { buildWps, type BuildWpsResult } from "../../scripts/build-wps";

export const TEST_BASE_URL = "https://perf.example.gov.cn/wps-test/";

export function buildToTemp(): Promise<BuildWpsResult> {
  return buildWps({ outDir: join(mkdtempSync(join(tmpdir(), "perf-wps-")), "dist-wps"), baseUrl: TEST_BASE_URL });
}

export function removeBuild(built: BuildWpsResult | undefined): void {
  if (built) rmSync(dirname(built.outDir), { recursive: true, force: true });
}

export interface Registration {
  namespace: string;
  name: string;
  arity: number;
}

export interface LoadedPage {
  context: vm.Context;
  registrations: Registration[];
  functions: Record<string, (...args: unknown[]) => unknown>;
}

/**
 * Runs js/perf-background.js (the script index.html loads) with `globals` as the page's window. `wps` gets a stub
 * AddCustomFunction that records each registration unless `withCustomFunctions` is false (a build without them).
 */
export function loadBackgroundPage(built: BuildWpsResult, globals: Record<string, unknown>, withCustomFunctions = true): LoadedPage {
  const registrations: Registration[] = [];
  const functions: Record<string, (...args: unknown[]) => unknown> = {};
  const wps = withCustomFunctions
    ? {
        AddCustomFunction(namespace: string, name: string, fn: (...args: unknown[]) => unknown) {
          registrations.push({ namespace, name, arity: fn.length });
          functions[name] = fn;
        },
      }
    : {};
  const context = vm.createContext({ wps, location: { href: `${TEST_BASE_URL}perf/index.html` }, ...globals });
  const source = readFileSync(join(built.addinDir, "js/perf-background.js"), "utf8");
  vm.runInContext(source, context, { filename: "perf-background.js" });
  return { context, registrations, functions };
}
