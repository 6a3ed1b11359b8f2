import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, TEST_BASE_URL, buildAddin, readBuilt } from "./build-once";

const DEV_URL = "https://localhost:3000/";
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

// jsdom ships no types and @types/jsdom is not installed; only its DOMParser is needed.
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

const sourceXml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function parse(xml: string): Document {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const doc = parse(sourceXml);
const all = (ns: string, tag: string): Element[] => [...doc.getElementsByTagNameNS(ns, tag)];
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");
const child = (el: Element, tag: string): Element | undefined => [...el.children].find((c) => c.localName === tag);

/** Resource id → element, for the bt:Image/bt:Url/bt:String definitions. */
const resources = new Map<string, Element>();
for (const tag of ["Image", "Url", "String"]) {
  for (const el of all(NS.bt, tag)) {
    const id = el.getAttribute("id");
    if (id) {
      if (resources.has(id)) throw new Error(`resource ${id} is defined twice`);
      resources.set(id, el);
    }
  }
}
const resValue = (id: string | null) => (id ? resources.get(id)?.getAttribute("DefaultValue") : undefined);
const override = (el: Element | undefined, locale: string) =>
  el ? [...el.children].find((c) => c.localName === "Override" && c.getAttribute("Locale") === locale)?.getAttribute("Value") : undefined;

describe("manifest.xml read by office-addin-manifest (offline)", () => {
  it("is a Workbook task-pane add-in with read/write document permission", async () => {
    const info = await OfficeAddinManifest.readManifestFile(join(ROOT, "manifest.xml"));
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.displayName).toBe("PERF 绩效自评助手");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}taskpane.html`);
  });
});

describe("manifest.xml structure", () => {
  it("asks only for ReadWriteDocument and for SharedRuntime 1.1", () => {
    expect(all(NS.app, "Permissions").map((p) => p.textContent)).toEqual(["ReadWriteDocument"]);
    const sets = all(NS.app, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["SharedRuntime", "1.1"]]);
  });

  it("points the runtime, the functions page, the FunctionFile and the pane button at one resid", () => {
    const runtimes = all(NS.ov, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const cf = all(NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const page = child(child(cf, "Page")!, "SourceLocation")!;
    const functionFile = all(NS.ov, "FunctionFile")[0];
    const paneAction = all(NS.ov, "Action").find((a) => xsiType(a) === "ShowTaskpane")!;
    const refs = [runtimes[0], page, functionFile, child(paneAction, "SourceLocation")!].map((e) => e.getAttribute("resid"));
    expect(refs).toEqual(["Taskpane.Url", "Taskpane.Url", "Taskpane.Url", "Taskpane.Url"]);
    expect(resValue("Taskpane.Url")).toBe(`${DEV_URL}taskpane.html`);
  });

  it("declares the CustomFunctions extension point with namespace PERF, functions.js and functions.json", () => {
    const cf = all(NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    expect(resValue(child(cf, "Namespace")!.getAttribute("resid"))).toBe("PERF");
    expect(resValue(child(child(cf, "Script")!, "SourceLocation")!.getAttribute("resid"))).toBe(`${DEV_URL}functions.js`);
    const metadataId = child(child(cf, "Metadata")!, "SourceLocation")!.getAttribute("resid");
    expect(resValue(metadataId)).toBe(`${DEV_URL}functions.json`);
    expect(override(resources.get(metadataId!), "zh-cn")).toBe(`${DEV_URL}functions-zh-cn.json`);
  });

  it("adds a 绩效自评 group to the Home tab with 打开助手 (pane, no TaskpaneId) and 检查本表 (checkSheet)", () => {
    const tab = all(NS.ov, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = child(tab, "Group")!;
    expect(resValue(child(group, "Label")!.getAttribute("resid"))).toBe("绩效自评");
    const controls = [...group.children].filter((c) => c.localName === "Control");
    const summary = controls.map((c) => {
      const action = child(c, "Action")!;
      return {
        label: resValue(child(c, "Label")!.getAttribute("resid")),
        action: xsiType(action),
        functionName: child(action, "FunctionName")?.textContent ?? null,
        taskpaneId: child(action, "TaskpaneId") !== undefined,
      };
    });
    expect(summary).toEqual([
      { label: "打开助手", action: "ShowTaskpane", functionName: null, taskpaneId: false },
      { label: "检查本表", action: "ExecuteFunction", functionName: "checkSheet", taskpaneId: false },
    ]);
    expect(doc.getElementsByTagNameNS(NS.ov, "TaskpaneId")).toHaveLength(0);
  });

  it("defines every resid it uses, with ids of at most 32 characters", () => {
    const used = [...sourceXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !resources.has(id))).toEqual([]);
    expect([...resources.keys()].filter((id) => id.length > 32)).toEqual([]);
  });

  it("uses https for every URL it gives (namespace URIs aside)", () => {
    const urls: string[] = [];
    for (const el of [...doc.getElementsByTagName("*")]) {
      for (const attr of [...el.attributes]) {
        if (attr.name.startsWith("xmlns")) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(attr.value) && attr.value.includes("//")) urls.push(attr.value);
      }
    }
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("is Chinese by default and English for en-us", () => {
    const displayName = all(NS.app, "DisplayName")[0];
    expect(override(displayName, "en-us")).toMatch(/^PERF [A-Za-z -]+$/);
    expect(override(all(NS.app, "Description")[0], "en-us")).toMatch(/self-evaluation/);
    for (const id of ["PerfGroup.Label", "OpenPane.Label", "CheckSheet.Label", "OpenPane.Tooltip", "CheckSheet.Tooltip"]) {
      expect(resValue(id), id).toMatch(/[\u4e00-\u9fff]/);
      expect(override(resources.get(id), "en-us"), id).toMatch(/^[A-Z][A-Za-z ,.'-]+$/);
    }
  });

  it("keeps short strings within 125 and long strings within 250 characters", () => {
    const lengths = (tag: string) =>
      all(NS.bt, tag).flatMap((group) =>
        [...group.getElementsByTagNameNS(NS.bt, "String")].flatMap((s) => [
          s.getAttribute("DefaultValue") ?? "",
          ...[...s.children].map((o) => o.getAttribute("Value") ?? ""),
        ]),
      );
    expect(lengths("ShortStrings").filter((s) => s.length > 125)).toEqual([]);
    expect(lengths("LongStrings").filter((s) => s.length > 250)).toEqual([]);
  });
});

describe("manifest in the production build", () => {
  let dir: string;
  let built: string;

  beforeAll(async () => {
    dir = await buildAddin();
    built = readBuilt(dir, "manifest.xml");
  });

  it("has no localhost URL left when ADDIN_BASE_URL is set", () => {
    expect(built).not.toMatch(/localhost/i);
  });

  it("differs from the source only in the base URL", () => {
    expect(built).toBe(sourceXml.split(DEV_URL).join(TEST_BASE_URL));
  });

  it("points only at files the build produced", () => {
    const urls = [...new Set([...sourceXml.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]))];
    expect(urls).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "functions-zh-cn.json"]));
    expect(urls.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
  });

  it("names icons whose pixel size matches the size it declares", () => {
    for (const image of all(NS.bt, "Image").filter((i) => i.getAttribute("size"))) {
      const url = resValue(image.getAttribute("resid"))!;
      const png = readFileSync(join(dir, url.slice(DEV_URL.length)));
      expect(png.readUInt32BE(16), url).toBe(Number(image.getAttribute("size")));
    }
  });
});
