/** PluginStorage keys; PluginStorage is shared by the wps/et/wpp hosts of one process, so each says "et" (notes §a). */
export const STORAGE = Object.freeze({
  /** The task pane's ID, so later clicks toggle the same pane. */
  pane: "perf_pane_et",
  /** The PERF.* names registered by the background page, comma-separated; "" when the build has no custom functions. */
  functions: "perf_functions_et",
  /** 检查本表's result as JSON, for the pane. */
  lastCheck: "perf_last_check_et",
});
