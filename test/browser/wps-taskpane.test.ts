// The WPS package's task pane (dist-wps/perf/ui/taskpane.html, built by scripts/build-wps.ts) in headless Chromium
// with the fake ET object model injected as window.Application, as WPS injects its own: the same React pane as in
// Excel checks seed form 1, paints the disagreeing rows, selects a finding's cell, fills the total and clears back
// to the original fills. Nothing here runs WPS itself (docs/wps.md lists what is unverified).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildToTemp, removeBuild } from "../wps/built";
import type { BuildWpsResult } from "../../scripts/build-wps";
import { ROOT } from "../addin/build-once";
import { launchChromium, requireChromium } from "./chromium";
import { bundleFakeEt } from "./fake-wps/bundle";
import { serveDirectory, type StaticServer } from "./static-server";

const SCREENSHOTS = join(ROOT, "docs/screenshots");
// The pane's colour for rows whose score and explanation disagree (warning level), as in the Excel test.
const HIGHLIGHT_WARNING = "#FFEB9C";

type Fill = { color: string; pattern: string; patternColor: string | null; tintAndShade: number | null };
type Content = { value: unknown; formula: string | null };
interface FakeEtHandle {
  rows: { firstIndicator: number; total: number; last: number };
  disagreeing: number[];
  fills(): Record<string, Fill>;
  contents(): Record<string, Content>;
  selection(): { sheetId: string; address: string } | null;
  properties(): Record<string, unknown>;
  paneVisible(): boolean;
  ribbonCheck(): void;
  lastCheckPending(): boolean;
}

describe.skipIf(!requireChromium("the WPS task-pane browser test"))("the WPS task pane in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let built: BuildWpsResult;
  let fakeEt: string;

  beforeAll(async () => {
    [built, fakeEt] = await Promise.all([buildToTemp(), bundleFakeEt()]);
    server = await serveDirectory(built.addinDir);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeBuild(built);
  });

  async function openPane(options: { lcid?: number } = {}) {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) await route.continue();
      else {
        foreign.push(url);
        await route.abort();
      }
    });
    if (options.lcid !== undefined) await page.addInitScript((lcid) => void (window.__perfFakeEtLcid = lcid), options.lcid);
    await page.addInitScript({ content: fakeEt });
    await page.goto(`${server.origin}/ui/taskpane.html`);
    return { page, problems, foreign, close: () => context.close() };
  }

  const fake = <T>(page: Page, fn: (f: FakeEtHandle) => T | Promise<T>): Promise<T> =>
    page.evaluate(`(${fn.toString()})(window.__perfFakeEt)`) as Promise<T>;

  it("checks seed form 1, paints the disagreeing rows, selects a cell, fills the total and clears back to the original fills", async () => {
    const { page, problems, foreign, close } = await openPane();
    try {
      const check = page.getByRole("button", { name: "检查本表" });
      await check.waitFor({ timeout: 15_000 });
      await page.getByText(/已注册 PERF 函数/).waitFor();
      const original = await fake(page, (f) => f.fills());
      const rows = await fake(page, (f) => f.disagreeing);

      await check.click();
      await page.getByRole("heading", { name: "新建潇河派出所业务用房建设资金" }).waitFor();
      await page.getByText(/已标记 \d+ 个单元格/).waitFor();
      expect(await page.getByRole("region", { name: /^错误/ }).count()).toBe(1);
      expect(await page.getByRole("region", { name: /^警告/ }).count()).toBe(1);
      // Sample 1: 执行率 entered 66%, 100 ÷ 150 = 66.67%.
      expect(await page.getByRole("row", { name: /执行率 66% 66.67%/ }).count()).toBe(1);

      const painted = await fake(page, (f) => f.fills());
      const changed = Object.keys({ ...original, ...painted }).filter((a) => JSON.stringify(original[a]) !== JSON.stringify(painted[a]));
      const changedRows = [...new Set(changed.map((a) => Number(/\d+$/.exec(a)![0]) - 1))].sort((a, b) => a - b);
      expect(changedRows).toEqual(rows);
      for (const a of changed) expect(painted[a].color).toBe(HIGHLIGHT_WARNING);
      // The originals are kept in the document (the record both hosts read), not in the pane.
      expect(Object.keys(await fake(page, (f) => f.properties())).length).toBeGreaterThan(0);

      await page.screenshot({ path: join(SCREENSHOTS, "wps-taskpane.png"), fullPage: true });

      const finding = page.getByRole("region", { name: /^警告/ }).getByRole("button").first();
      const cell = (await finding.locator("span").first().textContent())!.trim();
      await finding.click();
      await expect.poll(() => fake(page, (f) => f.selection()?.address)).toBe(cell);

      const totalCell = await fake(page, (f) => `H${f.rows.total + 1}`);
      expect(await fake(page, (f) => f.contents()[`H${f.rows.total + 1}`])).toEqual({ value: 90.6, formula: null });
      await page.getByRole("button", { name: "填写总分" }).click();
      await page.getByText(/已写入 2 个单元格/).waitFor();
      const total = await fake(page, (f) => f.contents()[`H${f.rows.total + 1}`]);
      expect([totalCell, total.formula]).toEqual([totalCell, expect.stringMatching(/^=SUM\(H\d+,H\d+:H\d+\)$/)]);

      await page.getByRole("button", { name: "清除标记" }).click();
      await page.getByText(/已清除标记/).waitFor();
      expect(await fake(page, (f) => f.fills())).toEqual(original);

      // 收起 hides the docked pane from inside (the ribbon may ignore clicks while it is open).
      expect(await fake(page, (f) => f.paneVisible())).toBe(true);
      await page.getByRole("button", { name: "收起 / Hide" }).click();
      expect(await fake(page, (f) => f.paneVisible())).toBe(false);

      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  it("answers the ribbon's 检查本表 with the pane's own check", async () => {
    const { page, problems, close } = await openPane();
    try {
      await page.getByRole("button", { name: "检查本表" }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole("heading", { name: "新建潇河派出所业务用房建设资金" }).count()).toBe(0);
      await fake(page, (f) => f.ribbonCheck());
      await page.getByRole("heading", { name: "新建潇河派出所业务用房建设资金" }).waitFor();
      await page.getByText(/已标记 \d+ 个单元格/).waitFor();
      expect(await fake(page, (f) => f.lastCheckPending())).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("speaks English when WPS's UI language is English (LCID 1033)", async () => {
    const { page, problems, close } = await openPane({ lcid: 1033 });
    try {
      await page.getByRole("button", { name: "Check this sheet" }).click();
      await page.getByRole("columnheader", { name: "Recomputed" }).first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
