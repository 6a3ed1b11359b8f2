// Bundles a test entry (a fake host) into one classic script a page can load or an init script can run.
import { build } from "esbuild";

export async function bundleScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
