// The built task pane in headless Chromium with a fake Excel host (seed form 1): 检查本表, the
// fills landing on the disagreeing rows, 填写总分, 清除标记, the ribbon command, the IE guard, and the
// screenshots the README shows.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddin, pageScripts, readBuilt, ROOT } from "../addin/build-once";
import { launchChromium, requireChromium } from "./chromium";
import { bundleFakeOffice } from "./fake-office/bundle";
import type { FakeConfig } from "./fake-office/entry";
import { serveDirectory, type StaticServer } from "./static-server";

const SCREENSHOTS = join(ROOT, "docs/screenshots");
const HIGHLIGHT_WARNING = "#FFEB9C";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

type Fill = { color: string; pattern: string; patternColor: string | null; tintAndShade: number | null };
type Content = { value: unknown; formula: string | null };
interface FakeHandle {
  rows: { firstIndicator: number; total: number; last: number };
  disagreeing: number[];
  fills(): Record<string, Fill>;
  contents(): Record<string, Content>;
  selection(): { sheetId: string; address: string } | null;
  syncCounts(): number[];
  properties(): Record<string, unknown>;
  customFunctions(): string[];
  shownAsTaskpane(): number;
  runCommand(name: string): Promise<string>;
}

describe.skipIf(!requireChromium("the task-pane browser test"))("the task pane in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let fakeOffice: string;
  let officeJsUrl: string;

  beforeAll(async () => {
    const [dist, bundle] = await Promise.all([buildAddin(), bundleFakeOffice()]);
    fakeOffice = bundle;
    // The page asks for office.js by the URL the build wrote; that request gets the fake host.
    officeJsUrl = pageScripts(readBuilt(dist, "taskpane.html")).find((src) => /office\.js$/.test(src))!;
    expect(officeJsUrl).toBeTruthy();
    server = await serveDirectory(dist);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(options: { config?: Partial<FakeConfig>; userAgent?: string } = {}) {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, userAgent: options.userAgent, locale: "zh-CN" });
    const page = await context.newPage();
    // Shorter than the test timeout, so a missing element fails with its locator rather than a bare timeout.
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === officeJsUrl) await route.fulfill({ contentType: "text/javascript", body: fakeOffice });
      else if (url.startsWith(server.origin)) await route.continue();
      else {
        foreign.push(url);
        await route.abort();
      }
    });
    if (options.config) await page.addInitScript((c) => void (window.__perfFakeConfig = c), options.config);
    await page.goto(`${server.origin}/taskpane.html`);
    return { page, problems, foreign, close: () => context.close() };
  }

  const fake = <T>(page: Page, fn: (f: FakeHandle) => T | Promise<T>): Promise<T> =>
    page.evaluate(`(${fn.toString()})(window.__perfFake)`) as Promise<T>;

  it("checks seed form 1, paints the disagreeing rows, fills the total and clears back to the original fills", async () => {
    const { page, problems, foreign, close } = await openPane();
    try {
      const check = page.getByRole("button", { name: "检查本表" });
      await check.waitFor({ timeout: 15_000 });
      const original = await fake(page, (f) => f.fills());
      const rows = await fake(page, (f) => f.disagreeing);

      await check.click();
      await page.getByRole("heading", { name: "新建潇河派出所业务用房建设资金" }).waitFor();
      await page.getByText(/已标记 \d+ 个单元格/).waitFor();
      expect(await page.getByRole("region", { name: /^错误/ }).count()).toBe(1);
      expect(await page.getByRole("region", { name: /^警告/ }).count()).toBe(1);
      expect(await page.getByRole("row", { name: /执行率 66% 66.67%/ }).count()).toBe(1);
      expect(await page.getByRole("columnheader").allTextContents()).toEqual(["项目", "填报值", "复算值"]);

      const painted = await fake(page, (f) => f.fills());
      const changed = Object.keys({ ...original, ...painted }).filter((a) => JSON.stringify(original[a]) !== JSON.stringify(painted[a]));
      const changedRows = [...new Set(changed.map((a) => Number(/\d+$/.exec(a)![0]) - 1))].sort((a, b) => a - b);
      expect(changedRows).toEqual(rows);
      for (const a of changed) expect(painted[a].color).toBe(HIGHLIGHT_WARNING);
      expect(await fake(page, (f) => f.syncCounts())).toEqual([2]);

      await page.screenshot({ path: join(SCREENSHOTS, "taskpane-check.png"), fullPage: true });

      // A finding is a button: clicking it selects its cell in the sheet.
      const finding = page.getByRole("region", { name: /^警告/ }).getByRole("button").first();
      const cell = (await finding.locator("span").first().textContent())!.trim();
      await finding.click();
      await expect.poll(() => fake(page, (f) => f.selection()?.address)).toBe(cell);

      await page.getByRole("button", { name: "填写总分" }).click();
      await page.getByText(/已写入 2 个单元格/).waitFor();
      const total = await fake(page, (f) => f.contents()[`H${f.rows.total + 1}`]);
      expect(total.formula).toMatch(/^=SUM\(/);
      expect(await page.getByRole("region", { name: "已填写的单元格" }).getByRole("row").count()).toBe(3);
      // What the fill overwrote is kept in the document's properties (by sheet name), not in settings by id.
      expect(Object.keys(await fake(page, (f) => f.properties()))).toContain("PERF_UNDO");
      await page.screenshot({ path: join(SCREENSHOTS, "taskpane-fill.png"), fullPage: true });

      await page.getByRole("button", { name: "撤销填写" }).click();
      await page.getByText(/已撤销填写/).waitFor();
      expect(await fake(page, (f) => f.contents()[`H${f.rows.total + 1}`])).toEqual({ value: 90.6, formula: null });
      expect(Object.keys(await fake(page, (f) => f.properties()))).not.toContain("PERF_UNDO");

      await page.getByRole("button", { name: "清除标记" }).click();
      await page.getByText(/已清除标记/).waitFor();
      expect(await fake(page, (f) => f.fills())).toEqual(original);

      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  it("runs the ribbon's checkSheet command: shows the pane, checks and completes the event", async () => {
    const { page, problems, close } = await openPane();
    try {
      await page.getByRole("button", { name: "检查本表" }).waitFor({ timeout: 15_000 });
      // The functions bundle shares the page (shared runtime) and registered its functions.
      expect((await fake(page, (f) => f.customFunctions())).length).toBeGreaterThan(0);
      expect(await fake(page, (f) => f.runCommand("checkSheet"))).toBe("completed");
      expect(await fake(page, (f) => f.shownAsTaskpane())).toBe(1);
      await page.getByRole("heading", { name: "新建潇河派出所业务用房建设资金" }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("speaks English with Office's dark theme, and says merged groups are not recognised on ExcelApi 1.12", async () => {
    const { page, close } = await openPane({ config: { displayLanguage: "en-US", dark: true, excelApi: "1.12" } });
    try {
      await page.getByRole("button", { name: "Check this sheet" }).click();
      await page.getByText(/merged 二级 indicator groups are not recognised/).waitFor();
      await page
        .getByRole("heading", { name: /^Warning \(/ })
        .first()
        .waitFor();
      // The core's words for the two figure columns, as in the CLI (issue 9).
      await page.getByRole("columnheader", { name: "Recomputed" }).first().waitFor();
      const background = await page
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(3 * 100);
      await page.screenshot({ path: join(SCREENSHOTS, "taskpane-check-en-dark.png"), fullPage: true });
    } finally {
      await close();
    }
  });

  it("shows the supported Office versions instead of a blank pane in an Internet Explorer webview", async () => {
    const { page, close } = await openPane({ userAgent: IE11 });
    try {
      await page.getByText(/Microsoft 365、Office 2021 或更高版本/).waitFor();
      await page.getByText(/Microsoft 365, Office 2021 or later, or Excel on the web/).waitFor();
      // The bundle still loaded (Chromium can parse it) but must not have rendered the pane over the message.
      await page.waitForTimeout(500);
      expect(await page.getByRole("button", { name: "检查本表" }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});
