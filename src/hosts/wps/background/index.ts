/// <reference types="et-jsapi-declare" />
// The add-in's background page (index.html), loaded by WPS 表格 when the add-in loads: it registers the PERF.*
// functions where the build has them and defines the ribbon callbacks ribbon.xml names, as globals (WPS resolves
// callback names on this page's window). Built as one classic ES2018 script (scripts/build-wps.ts): offline
// packages load from file:, where module scripts are blocked (notes §d). Callbacks stay synchronous: async ribbon
// callbacks broke the ribbon on 12.1.0.23542 (notes §a).
import { checkGrid } from "../../../model";
import { EtFacade, type EtRoot } from "../et-facade";
import { XL } from "../et-normalize";
import { registerPerfFunctions } from "../functions/perf-functions";
import { STORAGE } from "./storage-keys";

export { STORAGE } from "./storage-keys";

export const PANE_PAGE = "ui/taskpane.html";
export const PROBE_PAGE = "probe.html";
const PANE_WIDTH = 380;

interface RibbonControl {
  Id?: string;
  id?: string;
}

function root(): EtRoot | undefined {
  const g = globalThis as { Application?: EtRoot; wps?: EtRoot };
  return g.Application ?? g.wps;
}

/** The folder this page was loaded from (http(s): or file:), ending in "/". */
function baseUrl(): string {
  const href = typeof location !== "undefined" ? location.href : "";
  return href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
}

/** Shows the pane, creating it once per WPS process (its id is kept in PluginStorage); `toggle` hides a visible one. */
function showPane(app: EtRoot, toggle: boolean): void {
  const storage = app.PluginStorage;
  const id = Number(storage.getItem(STORAGE.pane));
  if (id) {
    let pane: WPS.CustomTaskpane | null = null;
    try {
      pane = app.GetTaskPane(id);
    } catch {
      pane = null;
    }
    if (pane) {
      pane.Visible = toggle ? !pane.Visible : true;
      return;
    }
  }
  // Some WPS docs spell it CreateTaskpane (notes §a).
  const create = (app.CreateTaskPane ??
    (app as unknown as { CreateTaskpane?: EtRoot["CreateTaskPane"] }).CreateTaskpane) as EtRoot["CreateTaskPane"];
  const pane = create.call(app, baseUrl() + PANE_PAGE, "绩效自评助手");
  pane.DockPosition = XL.dockRight;
  pane.Width = PANE_WIDTH;
  pane.Visible = true;
  storage.setItem(STORAGE.pane, pane.ID);
}

/** 检查本表 until the pane adapter lands: the engine's findings for the active sheet, left for the pane to show. */
function checkActiveSheet(app: EtRoot): void {
  let summary: unknown;
  try {
    const read = new EtFacade(app).readGrid({ merges: true, formats: true });
    const reports = checkGrid(read.grid);
    summary = {
      sheet: read.sheet.name,
      forms: reports.map((r) => ({
        range: r.range,
        project: r.project,
        computed: r.computed,
        findings: r.findings.map((f) => ({ severity: f.severity, cell: f.cell, message: f.message })),
      })),
    };
  } catch (e) {
    summary = { error: e instanceof Error ? e.message : String(e) };
  }
  app.PluginStorage.setItem(STORAGE.lastCheck, JSON.stringify(summary));
  showPane(app, false);
}

export function OnAddinLoad(ribbonUI: unknown): boolean {
  const app = root();
  if (app) (app as unknown as { ribbonUI: unknown }).ribbonUI = ribbonUI;
  return true;
}

export function OnPerfAction(control: RibbonControl): boolean {
  const app = root();
  if (!app) return false;
  switch (control.Id ?? control.id) {
    case "btnPerfPane":
      showPane(app, true);
      break;
    case "btnPerfCheck":
      checkActiveSheet(app);
      break;
    case "btnPerfProbe":
      app.ShowDialog(baseUrl() + PROBE_PAGE, "PERF 环境检测 / WPS probe", 860, 640, false);
      break;
    default:
      return false;
  }
  return true;
}

export function GetPerfImage(control: RibbonControl): string {
  return (control.Id ?? control.id) === "btnPerfProbe" ? "images/perf-16.png" : "images/perf-32.png";
}

/** The names ribbon.xml refers to; the package test checks each is a global after this script runs. */
export const RIBBON_CALLBACKS = { OnAddinLoad, OnAddInLoad: OnAddinLoad, OnPerfAction, GetPerfImage };

// ---- On load -------------------------------------------------------------------------------------------------
Object.assign(globalThis, RIBBON_CALLBACKS);
{
  const app = root();
  const g = globalThis as { wps?: unknown };
  // wps.AddCustomFunction and Application.AddCustomFunction are the same merged root in the typings; try wps first.
  const registered = registerPerfFunctions((g.wps ?? app) as { AddCustomFunction?: unknown } | undefined);
  try {
    app?.PluginStorage.setItem(STORAGE.functions, registered.join(","));
  } catch {
    // No PluginStorage (a bare page opened outside WPS): nothing to tell the pane.
  }
}
