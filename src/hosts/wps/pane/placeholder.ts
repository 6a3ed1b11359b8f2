/// <reference types="et-jsapi-declare" />
// The task pane until the React pane arrives with the WPS adapter: it says so, shows what 检查本表 found (left in
// PluginStorage by the background page), says whether PERF.* functions are registered, and has the 收起 button
// that works around the ribbon ignoring clicks while a docked pane is open (WPS 12.1.0.26895+, notes §d).
import { STORAGE } from "../background/storage-keys";

interface LastCheck {
  sheet?: string;
  error?: string;
  forms?: { range: string; project: string | null; findings: { severity: string; cell: string; message: string }[] }[];
}

function el(tag: string, text?: string, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function app(): WPSMergedRoot | undefined {
  return (globalThis as { Application?: WPSMergedRoot }).Application;
}

function render(): void {
  const host = document.getElementById("perf-status");
  if (!host) return;
  host.textContent = "";
  const storage = app()?.PluginStorage;
  const functions = storage?.getItem(STORAGE.functions);
  host.appendChild(
    el(
      "p",
      functions
        ? `已注册 PERF 函数 / PERF functions registered: ${functions}`
        : "此版本 WPS 没有自定义函数（需要 12.1.0.20540 及以上）：请用“填写总分”写入原生公式。/ This WPS build has no custom functions.",
    ),
  );
  const raw = storage?.getItem(STORAGE.lastCheck);
  if (!raw) return;
  const last = JSON.parse(raw) as LastCheck;
  if (last.error) {
    host.appendChild(el("p", `检查失败 / Check failed: ${last.error}`, "error"));
    return;
  }
  host.appendChild(el("h2", `检查本表：${last.sheet ?? ""}`));
  if (!last.forms || last.forms.length === 0) host.appendChild(el("p", "本表没有找到绩效自评表 / No form found on this sheet"));
  for (const form of last.forms ?? []) {
    host.appendChild(el("h3", `${form.project ?? "（未填项目名称）"} ${form.range}`));
    const list = el("ul");
    for (const f of form.findings) list.appendChild(el("li", `${f.cell} ${f.message}`, f.severity));
    host.appendChild(list);
  }
}

function collapse(): void {
  const a = app();
  const id = Number(a?.PluginStorage.getItem(STORAGE.pane));
  if (a && id) a.GetTaskPane(id).Visible = false;
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("perf-collapse")?.addEventListener("click", collapse);
  render();
});
