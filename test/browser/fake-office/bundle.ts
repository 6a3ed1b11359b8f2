// Bundles the fake host (entry.ts and the adapter tests' fake workbook) into one script the page loads as office.js.
import { build } from "esbuild";
import { join } from "node:path";

export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
