// Bundles the fake ET (entry.ts) into one classic script for page.addInitScript.
import { join } from "node:path";
import { bundleScript } from "../bundle-script";

export function bundleFakeEt(): Promise<string> {
  return bundleScript(join(__dirname, "entry.ts"));
}
