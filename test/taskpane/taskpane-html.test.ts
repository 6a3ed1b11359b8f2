// @vitest-environment jsdom
// taskpane.html's inline Internet Explorer guard: ES3-only, same text as the message table, and it
// stops the bundle from rendering.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { messages } from "../../src/taskpane/i18n";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1];

function runGuard(userAgent: string, documentMode?: number): void {
  document.body.innerHTML = '<div id="container"></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  Object.defineProperty(document, "documentMode", { value: documentMode, configurable: true });
  delete window.__perfUnsupportedHost;
  new Function(inline)();
}

afterEach(() => {
  delete window.__perfUnsupportedHost;
});

describe("taskpane.html", () => {
  it("keeps the office.js script tag the build fills in", () => {
    expect(html).toMatch(/<head>[\s\S]*<script src="<%= officeJsUrl %>"><\/script>[\s\S]*<\/head>/);
  });

  it("shows the message table's unsupportedHost text in both languages", () => {
    expect(inline).toContain(JSON.stringify(messages("zh").unsupportedHost));
    expect(inline).toContain(JSON.stringify(messages("en").unsupportedHost));
  });

  it("uses no syntax Internet Explorer's ES3/ES5 engine cannot parse", () => {
    const code = inline.replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b|\.\.\./);
  });

  it("writes the message and flags the page on an IE11 (Trident) webview", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", 11);
    const texts = [...document.querySelectorAll(".unsupported-host")].map((p) => p.textContent);
    expect(texts).toEqual([messages("zh").unsupportedHost, messages("en").unsupportedHost]);
    expect(document.getElementById("container")!.getAttribute("role")).toBe("alert");
    expect(window.__perfUnsupportedHost).toBe(true);
  });

  it("does nothing in an Edge WebView2 or Chromium webview", () => {
    runGuard("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0");
    expect(document.querySelectorAll(".unsupported-host")).toHaveLength(0);
    expect(window.__perfUnsupportedHost).toBeUndefined();
  });
});
