// Debian's Chromium for playwright-core (npx playwright install cannot download browsers here), with
// the launch flags that work on these machines (Debian's chromium, headless, --no-sandbox as root).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { requireProgram } from "../support/prerequisite";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumInstalled = existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** chromiumInstalled, warning where it is missing and failing under CI=true (see test/support/prerequisite.ts). */
export function requireChromium(what: string): boolean {
  return requireProgram(what, CHROMIUM_PATH, chromiumInstalled, "apt-get install -y chromium fonts-noto-cjk");
}
