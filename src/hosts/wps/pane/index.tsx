/// <reference types="et-jsapi-declare" />
// The WPS task pane: the same React pane and controller as in Excel (src/taskpane), driven by the WPS host over
// window.Application. WPS has no Office.onReady: the object model is there when the page loads. The 收起 button
// stays because the ribbon may ignore clicks while a docked pane is open (WPS 12.1.0.26895+, docs/wps.md).
import { createRoot } from "react-dom/client";
import type { Lang } from "../../../model";
import { createController } from "../../../taskpane/actions";
import { Pane } from "../../../taskpane/components/Pane";
import type { Capabilities, HostInfo } from "../../../taskpane/plan/host-info";
import { INITIAL_STATE } from "../../../taskpane/state";
import { createStore } from "../../../taskpane/store";
import { STORAGE } from "../background/storage-keys";
import type { EtRoot } from "../et-facade";
import { createWpsHost } from "../wps-host";

// The WPS host reads fills per cell, keeps originals in a document property, reads merges and listens for
// SheetChange on every build the facade supports, so nothing is switched off as on old Excel versions.
const WPS_CAPABILITIES: Capabilities = { cellProperties: true, documentProperties: true, merges: true, events: true };
const MSO_LANGUAGE_ID_UI = 2;
const RIBBON_POLL_MS = 1000;

function app(): EtRoot | undefined {
  return (globalThis as { Application?: EtRoot }).Application;
}

/**
 * WPS's UI language as an LCID (LanguageSettings.LanguageID(msoLanguageIDUI), from the VBA model; not verified on
 * a real build, so any failure means Chinese, the language of the form's users). 0x04 is the Chinese primary language.
 */
function uiLang(root: EtRoot): Lang {
  try {
    const settings = (root as { LanguageSettings?: { LanguageID(id: number): number } }).LanguageSettings;
    const lcid = settings?.LanguageID(MSO_LANGUAGE_ID_UI);
    return typeof lcid === "number" && lcid > 0 && (lcid & 0x3ff) !== 0x04 ? "en" : "zh";
  } catch {
    return "zh";
  }
}

function collapse(): void {
  const root = app();
  const id = Number(root?.PluginStorage.getItem(STORAGE.pane));
  if (root && id) root.GetTaskPane(id).Visible = false;
}

/** Whether the background page could register PERF.* (WPS 12.1.0.20540+ has custom functions): said under the pane. */
function showFunctions(root: EtRoot | undefined): void {
  const note = document.getElementById("perf-functions");
  if (!note || !root) return;
  const names = root.PluginStorage.getItem(STORAGE.functions);
  note.textContent = names
    ? `已注册 PERF 函数 / PERF functions registered: ${names}`
    : "此版本 WPS 没有自定义函数（需要 12.1.0.20540 及以上）：请用“填写总分”写入原生公式。/ This WPS build has no custom functions: use 填写总分 (Fill total) for native formulas.";
}

/**
 * The ribbon's 检查本表 runs in the background page, which leaves its result in PluginStorage and shows this pane.
 * PluginStorage has no change event, so the pane looks for that key (one bridge call a second, and at load) and
 * answers with its own full check: findings, highlights and figures, as if 检查本表 had been clicked here.
 */
function followRibbonChecks(root: EtRoot, check: () => Promise<void>): void {
  let running = false;
  const poll = () => {
    if (running || !root.PluginStorage.getItem(STORAGE.lastCheck)) return;
    root.PluginStorage.removeItem(STORAGE.lastCheck);
    running = true;
    void check().finally(() => {
      running = false;
    });
  };
  poll();
  window.setInterval(poll, RIBBON_POLL_MS);
}

function boot(): void {
  const root = app();
  const info: HostInfo = root
    ? { inExcel: true, lang: uiLang(root), dark: false, capabilities: WPS_CAPABILITIES }
    : {
        inExcel: false,
        lang: "zh",
        dark: false,
        capabilities: { cellProperties: false, documentProperties: false, merges: false, events: false },
      };
  const store = createStore(INITIAL_STATE);
  const host = root ? createWpsHost(root) : null;
  const controller = host ? createController({ host, lang: info.lang, capabilities: info.capabilities, store }) : null;
  if (host) window.addEventListener("unload", () => host.dispose());
  document.getElementById("perf-collapse")?.addEventListener("click", collapse);
  showFunctions(root);
  const container = document.getElementById("container");
  if (!container) throw new Error("ui/taskpane.html has no #container");
  createRoot(container).render(<Pane store={store} controller={controller} host={info} />);
  if (root && controller) followRibbonChecks(root, () => controller.check());
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
