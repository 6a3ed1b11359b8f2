// Bundles the fake host (entry.ts and the adapter tests' fake workbook) into one script the page loads as office.js.
import { join } from "node:path";
import { bundleScript } from "../bundle-script";

export function bundleFakeOffice(): Promise<string> {
  return bundleScript(join(__dirname, "entry.ts"));
}
