// The fake ET object model (test/wps/fake-et.ts) over seed form 1, bundled into one script the WPS pane page gets
// before its own (page.addInitScript): window.Application is what WPS injects into a task pane's page.
import { STORAGE } from "../../../src/hosts/wps/background/storage-keys";
import { FakeEt, QUIRK_VARIANTS } from "../../wps/fake-et";
import { contentsOf, fillsOf, seedWorkbook } from "../../taskpane/fakes/seed-workbook";

declare global {
  interface Window {
    /** 0..31: which build variant of the fake (QUIRK_VARIANTS) the page gets. */
    __perfFakeEtVariant?: number;
    /** WPS's UI language as LanguageSettings.LanguageID(msoLanguageIDUI) returns it (2052 zh-CN, 1033 en-US); unset: no LanguageSettings. */
    __perfFakeEtLcid?: number;
    __perfFakeEt?: unknown;
  }
}

const seed = seedWorkbook();
const et = new FakeEt(seed.model, QUIRK_VARIANTS[window.__perfFakeEtVariant ?? 0]);
// What the ribbon's 打开助手 and the background page leave for the pane: its own ID and the registered functions.
const pane = et.app.CreateTaskPane("ui/taskpane.html", "绩效自评助手");
pane.Visible = true;
et.pluginStorage.set(STORAGE.pane, String(pane.ID));
et.pluginStorage.set(STORAGE.functions, "EXECRATE,EXECSCORE,SCORE,DEVIATION,GRADE,CHECK");

const lcid = window.__perfFakeEtLcid;
if (lcid !== undefined) Object.assign(et.app, { LanguageSettings: { LanguageID: (id: number) => (id === 2 ? lcid : 0) } });
// et-jsapi-declare declares window.Application read-only (WPS injects it); the fake is injected the same way.
Object.defineProperty(window, "Application", { value: et.app, configurable: true });
window.__perfFakeEt = {
  rows: seed.rows,
  disagreeing: seed.disagreeing,
  fills: () => Object.fromEntries(fillsOf(seed.sheet)),
  contents: () => Object.fromEntries(contentsOf(seed.sheet)),
  selection: () => seed.model.selection,
  properties: () => Object.fromEntries([...seed.model.customProperties.values()].map((p) => [p.key, p.value])),
  paneVisible: () => et.panes[0].Visible,
  /** What the ribbon's 检查本表 leaves for the pane (src/hosts/wps/background/index.ts, checkActiveSheet). */
  ribbonCheck: () => et.pluginStorage.set(STORAGE.lastCheck, JSON.stringify({ sheet: seed.sheet.name, forms: [] })),
  lastCheckPending: () => et.pluginStorage.has(STORAGE.lastCheck),
};
