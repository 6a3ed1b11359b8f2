// Entry of the shared runtime's page: renders the pane inside Office.onReady and registers the
// ribbon's "检查本表" ExecuteFunction. The runtime may start hidden (PERF formulas in an opened
// workbook), so nothing here assumes the pane is visible.
import { createRoot } from "react-dom/client";
import { createController } from "./actions";
import { Pane } from "./components/Pane";
import { createExcelHost } from "./excel/excel-host";
import { detectHost } from "./host";
import { INITIAL_STATE } from "./state";
import { createStore } from "./store";

declare global {
  interface Window {
    /** Set by taskpane.html's inline script on Internet Explorer webviews, which cannot run this bundle. */
    __perfUnsupportedHost?: boolean;
  }
}

function boot(info: { host: Office.HostType | null }): void {
  const context = typeof Office.context === "object" && Office.context !== null ? Office.context : undefined;
  const host = detectHost(info.host, context, typeof Excel !== "undefined");
  const store = createStore(INITIAL_STATE);
  const addin = Office.addin as Partial<typeof Office.addin> | undefined;
  const controller =
    host.inExcel && context
      ? createController({
          host: createExcelHost({ run: (batch) => Excel.run(batch), settings: context.document.settings }),
          lang: host.lang,
          capabilities: host.capabilities,
          store,
          showTaskpane: typeof addin?.showAsTaskpane === "function" ? () => addin.showAsTaskpane!() : undefined,
        })
      : null;
  // Office.actions exists only where the manifest's shared runtime is active; without it the ribbon
  // button cannot call us anyway, and the pane must still render.
  const actions = Office.actions as Partial<typeof Office.actions> | undefined;
  if (controller && typeof actions?.associate === "function") {
    actions.associate("checkSheet", (event: Office.AddinCommands.Event) => {
      void controller.checkFromRibbon(event);
    });
  }
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(<Pane store={store} controller={controller} host={host} />);
}

if (!window.__perfUnsupportedHost) {
  void Office.onReady(boot);
}
