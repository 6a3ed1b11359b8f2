// --html FILE.html: a self-contained page (inline CSS and SVG, no script) with the two tables and two charts,
// every workbook text escaped; rendered in real headless Chromium, which also takes the README's screenshot.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarize, type FileResult } from "../../src/cli/batch-result";
import { createHtmlReport } from "../../src/cli/review/html-report";
import { launchChromium, requireChromium } from "../browser/chromium";
import { finding, formReport, ROOT, tempDir } from "./helpers";
import { checkSample, SAMPLE_FILES } from "./review-support";

const HOSTILE: FileResult = {
  file: "<b>坏</b>.xlsx",
  error: null,
  errorCode: null,
  sheetErrors: [{ sheet: "</td><script>window.__pwned=1</script>", error: "<i>x</i>" }],
  forms: [
    formReport({
      sheet: '"><img src=x onerror="window.__pwned=2">',
      project: "<script>window.__pwned=3</script>",
      findings: [finding({ message: "<img src=x onerror=window.__pwned=4>&amp;", sheet: "<svg onload=window.__pwned=5>" })],
    }),
  ],
};
const FAILED: FileResult = {
  file: "坏文件.xlsx",
  error: "文件已损坏 (the file is corrupt)",
  errorCode: "corrupt",
  sheetErrors: [],
  forms: [],
};

async function writeReport(file: string, results: FileResult[], lang: "zh" | "en" = "zh"): Promise<string> {
  const report = createHtmlReport(file, lang);
  for (const r of results) await report.add(r);
  await report.finish(summarize(results));
  return readFileSync(file, "utf8");
}

describe("createHtmlReport", () => {
  const tmp = tempDir("perf-review-html-");
  let samples: FileResult[];
  let html: string;

  beforeAll(async () => {
    samples = SAMPLE_FILES.map((name) => ({ ...checkSample(name), output: path.join(tmp.dir, "已修正", name) }));
    html = await writeReport(path.join(tmp.dir, "复核.html"), [...samples, FAILED]);
  });
  afterAll(() => tmp.cleanup());

  it("is self-contained: no script, no external resource, CSS and charts inline", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain("<style>");
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
  });

  it("bins the samples' totals 90.6, 96 and 95 into 90–100, coloured as 优", () => {
    expect(html).toMatch(/<rect [^>]*fill="#2e7d32"><title>90–100: 3<\/title>/);
    for (let lo = 0; lo < 90; lo += 10) expect(html).toContain(`<title>${lo}–${lo + 10}: 0</title>`);
  });

  it("charts findings by rule under the rules' titles", () => {
    // Sample 1's 66% for 100 ÷ 150 is an exec-rate finding, titled 执行率.
    expect(html).toMatch(/<text [^>]*class="label"[^>]*>执行率<\/text>/);
  });

  it("has a row per form and per finding, the copy linked relative to the report", () => {
    const forms = html.slice(html.indexOf('<table id="forms"'), html.indexOf("</table>"));
    // Two header rows (each figure over its 填报值 / 复算值 pair), then three samples and the failed file.
    expect(forms.match(/<tr/g)).toHaveLength(2 + 4);
    expect(forms).toContain('<th colspan="2" class="group">执行率</th>');
    const findings = html.slice(html.indexOf('<table id="findings"'));
    const total = samples.flatMap((s) => s.forms.flatMap((f) => f.findings)).length;
    expect(findings.match(/<tr/g)).toHaveLength(1 + total);
    expect(html).toContain(`<a href="${encodeURIComponent("已修正")}/${encodeURIComponent(SAMPLE_FILES[0])}">${SAMPLE_FILES[0]}</a>`);
    expect(html).toContain("文件已损坏 (the file is corrupt)");
  });

  it("marks a recomputed figure that differs from the form's: 66% written, 66.67% recomputed", () => {
    expect(html).toContain('<td class="num">66%</td><td class="num differs">66.67%</td>');
  });

  it("escapes every workbook text", async () => {
    const page = await writeReport(path.join(tmp.dir, "hostile.html"), [HOSTILE]);
    expect(page).not.toMatch(/<script|<img|<svg onload|<b>坏|<i>x/i);
    expect(page).toContain("&lt;b&gt;坏&lt;/b&gt;.xlsx");
    expect(page).toContain("&lt;img src=x onerror=window.__pwned=4&gt;&amp;amp;");
    expect(page).toContain("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;");
  });

  it("speaks English with lang en", async () => {
    const page = await writeReport(path.join(tmp.dir, "en.html"), [checkSample(SAMPLE_FILES[0], "en")], "en");
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<th colspan="2" class="group">Execution rate</th>');
    expect(page).toContain('<th class="num sub">Recomputed</th>');
    expect(page).toContain("<h2>Findings</h2>");
    expect(page).not.toMatch(/<th[^>]*>[^<]*[\u4e00-\u9fff]/);
  });

  it("writes a complete page for an empty batch", async () => {
    const page = await writeReport(path.join(tmp.dir, "empty.html"), []);
    expect(page).toContain("没有发现问题。");
    expect(page.trimEnd().endsWith("</html>")).toBe(true);
  });
});

describe.skipIf(!requireChromium("the HTML report browser test"))("the HTML report in Chromium", () => {
  const tmp = tempDir("perf-review-html-browser-");
  afterAll(() => tmp.cleanup());

  it("renders offline with both charts and tables, runs no injected script, and is screenshot for the docs", async () => {
    const samples = SAMPLE_FILES.map((name) => ({ ...checkSample(name), output: path.join(tmp.dir, "已修正", name) }));
    const file = path.join(tmp.dir, "复核汇总.html");
    await writeReport(file, [...samples, HOSTILE]);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1, offline: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => void (r.url().startsWith("file:") || requests.push(r.url())));
      await page.goto(pathToFileURL(file).href);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("#forms tbody tr").count()).toBe(4);
      const charts = await page.locator("svg.chart").evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().height));
      expect(charts.length).toBe(2);
      for (const h of charts) expect(h).toBeGreaterThan(100);
      // The hostile sheet name shows as text in its cell, not as markup.
      await expect(page.locator("#forms tbody tr").nth(3).locator("td").nth(1).textContent()).resolves.toBe(
        '"><img src=x onerror="window.__pwned=2">',
      );

      // The screenshot: the three samples only, as a reviewer's batch looks.
      const clean = path.join(tmp.dir, "samples.html");
      await writeReport(clean, samples);
      await page.goto(pathToFileURL(clean).href);
      const shots = path.join(ROOT, "docs", "screenshots");
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, "review-html.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
