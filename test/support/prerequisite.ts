// A test that needs a program from Debian (Chromium, LibreOffice) skips loudly where it is missing, and fails
// under CI=true, where .ci/run installs it: a green CI never hides a test that did not run.
import { describe, expect, it } from "vitest";

/**
 * Warns when `installed` is false and, under CI=true, registers a failing test naming the install command.
 * Returns `installed`, for `describe.skipIf(!requireProgram(...))`.
 */
export function requireProgram(what: string, path: string, installed: boolean, install: string): boolean {
  if (installed) return true;
  const inCi = process.env.CI === "true";
  console.warn(`\n\n  !!! ${path} not found: ${what} ${inCi ? "FAILING (CI=true)" : "SKIPPED"}.\n  !!! Install it with: ${install}\n\n`);
  describe.runIf(inCi)(`${what}: prerequisites`, () => {
    it(`has ${path}`, () => expect.fail(`${path} is missing; CI must install it (${install})`));
  });
  return false;
}
