// The fake host the browser test serves in place of office.js: Office (onReady, context, settings,
// actions, addin), Excel.run over the same grid-backed fake the adapter tests use, loaded with seed
// form 1, and CustomFunctions.associate for the functions bundle sharing the page. The test reads
// what happened through window.__perfFake.
import { FakeRequestContext } from "../../taskpane/fakes/fake-excel";
import { FakeSettings } from "../../taskpane/fakes/fake-settings";
import { contentsOf, fillsOf, seedWorkbook } from "../../taskpane/fakes/seed-workbook";

export interface FakeConfig {
  displayLanguage: string;
  dark: boolean;
  /** The highest ExcelApi version the fake host claims. */
  excelApi: string;
}

declare global {
  interface Window {
    __perfFakeConfig?: Partial<FakeConfig>;
    __perfFake?: unknown;
  }
}

const config: FakeConfig = { displayLanguage: "zh-CN", dark: false, excelApi: "1.14", ...window.__perfFakeConfig };
const seed = seedWorkbook();
const settings = new FakeSettings();
const contexts: FakeRequestContext[] = [];
const associated = new Map<string, (event: { completed: () => void }) => unknown>();
const customFunctions: string[] = [];
let shownAsTaskpane = 0;

/** "1.9" < "1.13": requirement-set versions compare by their minor number, not as decimals. */
function minor(version: string): number {
  return Number(version.split(".")[1] ?? 0);
}

const info = { host: "Excel", platform: "OfficeOnline" };

const office = {
  HostType: { Excel: "Excel" },
  onReady(callback?: (i: typeof info) => unknown) {
    const ready = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), 0));
    if (callback) void ready.then(callback);
    return ready;
  },
  context: {
    displayLanguage: config.displayLanguage,
    officeTheme: config.dark
      ? { isDarkTheme: true, bodyBackgroundColor: "#262626" }
      : { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" },
    requirements: {
      isSetSupported: (name: string, version?: string) => name === "ExcelApi" && minor(version ?? "1.1") <= minor(config.excelApi),
    },
    document: { settings },
  },
  actions: {
    associate(name: string, handler: (event: { completed: () => void }) => unknown) {
      associated.set(name, handler);
    },
  },
  addin: {
    async showAsTaskpane() {
      shownAsTaskpane++;
    },
  },
};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(window, {
  Office: office,
  Excel: {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
      const ctx = new FakeRequestContext(seed.model);
      contexts.push(ctx);
      return batch(ctx);
    },
  },
  CustomFunctions: {
    associate: (id: string) => void customFunctions.push(id),
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
});

window.__perfFake = {
  rows: seed.rows,
  disagreeing: seed.disagreeing,
  sheetId: seed.sheet.id,
  fills: () => Object.fromEntries(fillsOf(seed.sheet)),
  contents: () => Object.fromEntries(contentsOf(seed.sheet)),
  selection: () => seed.model.selection,
  syncCounts: () => contexts.map((c) => c.syncCount),
  settings: (key: string) => settings.get(key),
  properties: () => Object.fromEntries([...seed.model.customProperties.values()].map((p) => [p.key, p.value])),
  customFunctions: () => [...customFunctions],
  shownAsTaskpane: () => shownAsTaskpane,
  /** Runs the ribbon's ExecuteFunction like Excel does; resolves when event.completed() was called. */
  runCommand: (name: string) =>
    new Promise<string>((resolve, reject) => {
      const handler = associated.get(name);
      if (!handler) {
        reject(new Error(`no function associated as ${name}`));
        return;
      }
      void handler({ completed: () => resolve("completed") });
    }),
};
