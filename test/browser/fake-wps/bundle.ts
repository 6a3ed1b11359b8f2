// Bundles the fake ET (entry.ts) into one classic script for page.addInitScript.
import { build } from "esbuild";
import { join } from "node:path";

export async function bundleFakeEt(): Promise<string> {
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
