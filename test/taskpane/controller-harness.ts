// Wires the real controller and engine to the fake workbook and settings, as index.tsx wires them to Excel.
import { createController, type ControllerDeps } from "../../src/taskpane/actions";
import { createExcelHost } from "../../src/taskpane/excel/excel-host";
import type { Capabilities } from "../../src/taskpane/host";
import { INITIAL_STATE, type PaneState } from "../../src/taskpane/state";
import { createStore } from "../../src/taskpane/store";
import { fakeRunner, type FakeRequestContext } from "./fakes/fake-excel";
import type { FakeWorkbookModel } from "./fakes/fake-model";
import { FakeSettings } from "./fakes/fake-settings";

export const ALL_CAPABILITIES: Capabilities = { cellProperties: true, documentProperties: true, merges: true, events: true };

export interface HarnessOptions extends Partial<Omit<ControllerDeps, "host" | "store">> {
  settings?: FakeSettings;
  beforeBatch?: (ctx: FakeRequestContext) => void;
}

export function harness(model: FakeWorkbookModel, options: HarnessOptions = {}) {
  const settings = options.settings ?? new FakeSettings();
  const runner = fakeRunner(model, options.beforeBatch);
  const store = createStore<PaneState>(INITIAL_STATE);
  const controller = createController({
    lang: "zh",
    capabilities: ALL_CAPABILITIES,
    ...options,
    host: createExcelHost({ run: runner.run, settings }),
    store,
  });
  return { controller, store, settings, runner, state: () => store.get() };
}
