// The package `npm run build:wps` writes, checked as WPS will read it: ribbon.xml (starts with <customUI, parses,
// every callback a global of the background page), manifest.xml and functions.json (well-formed, matching what the
// page registers), classic ES2018 scripts only, the deployment templates and the offline archive. The ribbon
// callbacks are also run against the fake ET object model.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import * as acorn from "acorn";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildWpsResult } from "../../scripts/build-wps";
import { formGrid } from "../../scripts/forms/render-form";
import { SEED_FORM_1 } from "../../scripts/forms/seed-forms";
import { checkGrid } from "../../src/model";
import { seedWorkbook } from "../taskpane/fakes/seed-workbook";
import { buildToTemp, removeBuild, loadBackgroundPage, TEST_BASE_URL } from "./built";
import { FakeEt, QUIRK_VARIANTS } from "./fake-et";

let built: BuildWpsResult;

beforeAll(async () => {
  built = await buildToTemp();
}, 60_000);

afterAll(() => removeBuild(built));

// jsdom (a devDependency without bundled types) for its standards DOMParser; this file stays in the node
// environment because esbuild refuses to start under vitest's jsdom environment.
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const domParser = new new JSDOM("").window.DOMParser();

const read = (path: string) => readFileSync(join(built.addinDir, path), "utf8");

function parseXml(text: string): Document {
  const doc = domParser.parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

const CALLBACK_ATTRIBUTES = ["onLoad", "onAction", "getImage", "getLabel", "getEnabled", "getVisible", "getScreentip", "getPressed"];

describe("ribbon.xml", () => {
  it("starts with <customUI (WPS's publish check), parses, and has the 绩效自评 tab with 打开助手 and 检查本表", () => {
    const text = read("ribbon.xml");
    expect(text.startsWith("<customUI")).toBe(true);
    const doc = parseXml(text);
    const tab = [...doc.getElementsByTagName("tab")].find((t) => t.getAttribute("label") === "绩效自评");
    expect(tab).toBeDefined();
    const labels = [...tab!.getElementsByTagName("button")].map((b) => b.getAttribute("label"));
    expect(labels).toEqual(expect.arrayContaining(["打开助手", "检查本表"]));
  });

  it("every callback it names is a function on the background page's global scope after the page loads", () => {
    const doc = parseXml(read("ribbon.xml"));
    const names = new Set<string>();
    for (const el of doc.getElementsByTagName("*"))
      for (const attr of CALLBACK_ATTRIBUTES) if (el.hasAttribute(attr)) names.add(el.getAttribute(attr)!);
    expect([...names].sort()).toEqual(["GetPerfImage", "OnAddinLoad", "OnPerfAction"]);
    const { context } = loadBackgroundPage(built, {});
    for (const name of names) expect([name, typeof context[name]]).toEqual([name, "function"]);
  });

  it("the images GetPerfImage names are in the package", () => {
    const { context } = loadBackgroundPage(built, {});
    for (const Id of ["btnPerfPane", "btnPerfCheck", "btnPerfProbe"])
      expect(existsSync(join(built.addinDir, context.GetPerfImage({ Id })))).toBe(true);
  });
});

describe("the ribbon callbacks against the fake ET object model", () => {
  it("打开助手 docks the pane on the right once and toggles it; 检查本表 leaves the engine's findings for the pane; 环境检测 opens the probe", () => {
    const seed = seedWorkbook();
    const fake = new FakeEt(seed.model, QUIRK_VARIANTS[0]);
    const { context } = loadBackgroundPage(built, { Application: fake.app });
    const ribbonUI = { Invalidate() {} };
    expect(context.OnAddinLoad(ribbonUI)).toBe(true);
    expect(fake.pluginStorage.get("perf_functions_et")).toBe("EXECRATE,EXECSCORE,SCORE,DEVIATION,GRADE,CHECK");

    context.OnPerfAction({ Id: "btnPerfPane" });
    expect(fake.panes).toEqual([
      { ID: 1, url: `${TEST_BASE_URL}perf/ui/taskpane.html`, title: "绩效自评助手", Visible: true, DockPosition: 2, Width: 380 },
    ]);
    expect(fake.pluginStorage.get("perf_pane_et")).toBe("1");
    context.OnPerfAction({ Id: "btnPerfPane" });
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0].Visible).toBe(false);

    context.OnPerfAction({ Id: "btnPerfCheck" });
    expect(fake.panes[0].Visible).toBe(true);
    const last = JSON.parse(fake.pluginStorage.get("perf_last_check_et")!);
    const expected = checkGrid(formGrid(SEED_FORM_1, "自评表"));
    expect(last.sheet).toBe("自评表");
    expect(last.forms.map((f: { range: string }) => f.range)).toEqual(expected.map((r) => r.range));
    expect(last.forms[0].findings).toEqual(expected[0].findings.map((f) => ({ severity: f.severity, cell: f.cell, message: f.message })));
    expect(last.forms[0].findings.length).toBeGreaterThan(0);

    context.OnPerfAction({ Id: "btnPerfProbe" });
    expect(fake.dialogs).toEqual([{ url: `${TEST_BASE_URL}perf/probe.html`, title: "PERF 环境检测 / WPS probe" }]);
    expect(context.OnPerfAction({ Id: "somethingElse" })).toBe(false);
  });
});

describe("manifest.xml and functions.json", () => {
  it("manifest.xml is a JsPlugin whose functions are functions.json under namespace PERF", () => {
    const doc = parseXml(read("manifest.xml"));
    expect(doc.documentElement.tagName).toBe("JsPlugin");
    expect(doc.getElementsByTagName("Namespace")[0].textContent).toBe("PERF");
    expect(doc.getElementsByTagName("Uri")[0].textContent).toBe("/functions.json");
    expect(existsSync(join(built.addinDir, "functions.json"))).toBe(true);
  });

  it("functions.json is in WPS's schema and lists what the page registers, with Excel's optional parameters", () => {
    const json = JSON.parse(read("functions.json"));
    const { registrations } = loadBackgroundPage(built, {});
    expect(Object.keys(json)).toEqual(["functions"]);
    // Written out from the README's table: which parameters are optional.
    const optional: Record<string, boolean[]> = {
      EXECRATE: [false, false],
      EXECSCORE: [false, false, true],
      SCORE: [false, false, false, true],
      DEVIATION: [false, false],
      GRADE: [false],
      CHECK: [false, false, false, false, true],
    };
    expect(json.functions.map((f: { name: string }) => f.name)).toEqual(registrations.map((r) => r.name));
    for (const f of json.functions) {
      expect(Object.keys(f).sort()).toEqual(["description", "name", "parameters", "result"]);
      expect(f.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.parameters.map((p: { type: string }) => p.type.endsWith("?"))).toEqual(optional[f.name]);
      expect(f.parameters.length).toBe(registrations.find((r) => r.name === f.name)!.arity);
      for (const p of f.parameters) expect(["any", "any?"]).toContain(p.type);
      expect(["any", "string"]).toContain(f.result.type);
    }
  });
});

describe("scripts: classic, ES2018", () => {
  it("every script parses as an ES2018 classic script, and no page uses module scripts", () => {
    const all = files(built.addinDir);
    const scripts = all.filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(["js/perf-background.js", "ui/taskpane.js"]);
    for (const file of scripts) expect(() => acorn.parse(read(file), { ecmaVersion: 2018, sourceType: "script" })).not.toThrow();
    for (const page of all.filter((f) => f.endsWith(".html"))) {
      const doc = domParser.parseFromString(read(page), "text/html");
      for (const script of doc.querySelectorAll("script")) {
        expect([page, script.getAttribute("type")]).toEqual([page, null]);
        const src = script.getAttribute("src");
        if (src) expect(existsSync(join(built.addinDir, page, "..", src))).toBe(true);
        else acorn.parse(script.textContent ?? "", { ecmaVersion: 2018, sourceType: "script" });
      }
    }
  });

  // Changed with issue 10: the placeholder's "任务窗格即将提供" gave way to the React pane's mount point.
  it("the pane page mounts the React pane and keeps the 收起 button", () => {
    const doc = domParser.parseFromString(read("ui/taskpane.html"), "text/html");
    expect(doc.getElementById("container")).not.toBeNull();
    expect(doc.getElementById("perf-collapse")?.textContent).toContain("收起");
    expect(read("ui/taskpane.html")).not.toContain("任务窗格即将提供");
    // The React production build: no development warnings code, no `process` reference left for the browser.
    expect(read("ui/taskpane.js")).not.toMatch(/process\.env/);
  });
});

describe("deployment templates and the offline archive", () => {
  it("jsplugins.xml and publish.xml list the online folder at the base URL", () => {
    for (const file of ["jsplugins.xml", "publish.xml"]) {
      const doc = parseXml(readFileSync(join(built.outDir, file), "utf8"));
      expect(doc.documentElement.tagName).toBe("jsplugins");
      const entry = doc.getElementsByTagName("jspluginonline")[0];
      expect([entry.getAttribute("name"), entry.getAttribute("type"), entry.getAttribute("url")]).toEqual([
        "perf",
        "et",
        `${TEST_BASE_URL}perf/`,
      ]);
    }
  });

  it(`the archive holds the folder as perf_<version>/`, async () => {
    const zip = await JSZip.loadAsync(readFileSync(built.archive));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const prefix = `perf_${built.version}/`;
    expect(names.every((n) => n.startsWith(prefix))).toBe(true);
    expect(names.map((n) => n.slice(prefix.length)).sort()).toEqual(files(built.addinDir));
    expect(await zip.file(`${prefix}ribbon.xml`)!.async("string")).toBe(read("ribbon.xml"));
  });
});
