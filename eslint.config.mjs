// ESLint 9 flat config: Microsoft's office-addins rules (they catch sync-in-loop and read-before-load mistakes),
// typescript-eslint's recommended rules, the React hooks rules, and the architecture's import boundaries, so the
// layering (README "Architecture") is checked on every lint instead of held by review.
//
// Workarounds for eslint-plugin-office-addins 4.0.10 (see shared/docs/toolchain.md §7): its TypeScript block has no
// parser, skips .tsx, and registers its own nested typescript-eslint 8.8.1 under "@typescript-eslint", which clashes
// with the top-level typescript-eslint ("Cannot redefine plugin"). So that block is not used as is: its office rules
// are taken out of it and typescript-eslint's own configs bring the parser and plugin.
import { builtinModules } from "node:module";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const isOfficeTsBlock = (c) => Boolean(c.plugins?.["@typescript-eslint"]);
const officeTs = officeAddins.configs.recommended.find(isOfficeTsBlock);
// The block's own rules minus typescript-eslint's (configured below) and prettier's (Prettier runs on its own).
const officeTsRules = Object.fromEntries(
  Object.entries(officeTs.rules).filter(([name]) => !name.startsWith("@typescript-eslint/") && !name.startsWith("prettier/")),
);
const officeRulesOff = Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"]));

// ---- Import boundaries -------------------------------------------------------------------------------------------
// Regexes rather than globs: a glob such as "path" or "**/functions" would also match our own "./path-like" modules
// (src/model/formula/functions.ts). Relative specifiers are matched as written; no resolution happens.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const NODE_BUILTINS = `^(node:.*|(${builtinModules.map(escape).join("|")})(/.*)?)$`;
const OFFICE_MODULES =
  "^(office-js|@types/(office-js|office-runtime|custom-functions-runtime)|@microsoft/office-js.*|office-addin-.*)(/.*)?$";
const UI_MODULES = "^(react|react-dom|@fluentui/.*)(/.*)?$";
const WORKBOOK_MODULES = "^(exceljs|@e965/xlsx|xlsx|jszip)(/.*)?$";
// The Office adapter folder (src/taskpane/excel), reached from anywhere under src/taskpane.
const ADAPTER = "^\\.{1,2}/(.*/)?excel(/.*)?$";
const hostLayer = (...layers) => `^(\\.\\./)+(${layers.join("|")})(/.*)?$`;

const MSG = {
  core:
    "src/model is the pure core shared by every host (Excel, WPS, CLI): it imports only its own modules and zod. " +
    "Node APIs, workbook libraries (ExcelJS, SheetJS, JSZip), React/Fluent UI and Office belong to the hosts, which pass the core a Grid.",
  coreHost: "src/model must not depend on a host (src/cli, src/taskpane, src/functions) or on test/scripts/bench code.",
  adapterInPlan:
    "Planning code (src/taskpane/plan) decides what to write; it must not import the Office adapter (src/taskpane/excel). Move shared types to the plan or the core.",
  adapterInComponent:
    "Components render state and call actions; they never touch Excel. Go through the host/actions, not src/taskpane/excel.",
  office: "Office.js belongs to the adapter (src/taskpane/excel) and src/functions.",
  nodeInAddin: "The add-in runs in a browser (Excel's webview): no Node APIs.",
  cliInAddin: "The add-in must not import the CLI (src/cli); shared logic belongs in the core (src/model).",
  workbookInAddin: "The add-in reads the workbook through Office.js, not through ExcelJS/SheetJS/JSZip (they would also bloat the bundle).",
  uiInCli: "The CLI has no UI: React, Fluent UI and Office belong to the add-in.",
  addinInCli: "The CLI must not import the add-in (src/taskpane, src/functions); shared logic belongs in the core (src/model).",
  wpsNode: "The WPS add-in runs in WPS's embedded browser: no Node APIs.",
  wpsWorkbook: "The WPS add-in reads the workbook through the ET object model (src/hosts/wps/et-facade.ts), not ExcelJS/SheetJS/JSZip.",
  wpsOffice: "Office.js does not exist in WPS: the WPS add-in uses the ET object model through src/hosts/wps/et-facade.ts.",
  wpsCli: "The WPS add-in must not import the CLI (src/cli); shared logic belongs in the core (src/model).",
  wpsTaskpane:
    "From the Excel pane the WPS add-in may use only the host-neutral planning code (src/taskpane/plan), never the Office adapter or components.",
  wpsFunctions:
    "From src/functions the WPS add-in may use only the pure evaluate.ts (and the type of to-cf-error.ts its WPS stand-in mirrors).",
};
const pattern = (regex, message) => ({ regex, message });
const restrictImports = (...patterns) => ["error", { patterns }];
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeRuntime", "CustomFunctions"];
const restrictGlobals = (message) => ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message }))];

const ADDIN_IMPORTS = [
  pattern(NODE_BUILTINS, MSG.nodeInAddin),
  pattern(WORKBOOK_MODULES, MSG.workbookInAddin),
  pattern(hostLayer("cli"), MSG.cliInAddin),
];
const PLAN_FILES = ["src/taskpane/plan/**"];
const COMPONENT_FILES = ["src/taskpane/components/**"];

const CORE_IMPORTS = [
  // Everything that is neither relative nor zod: one allowlist instead of a list that misses the next package.
  pattern("^(?!\\.{1,2}/|zod(/|$))", MSG.core),
  pattern(hostLayer("cli", "taskpane", "functions", "test", "scripts", "bench"), MSG.coreHost),
];

// The engine's folders are its pipeline, in order (README "Architecture"): a stage may use earlier stages and the
// shared libraries, never a later stage, so the order the folders show is the order the code runs. Blocks for the
// same files replace one another's no-restricted-imports, so each stage block repeats the core's patterns.
const STAGES = ["grid", "locate", "parse", "analyze", "rules", "report"];
// report/report.ts is the output contract (the zod schemas of FormReport, Finding, Severity, Lang): every stage
// speaks it and it holds no logic, so it is exempt. The one other exception: the fix-skipped rule reports the
// reasons of the fix planner (report/fixes.ts) instead of deciding them a second time.
const laterThan = (folders, exempt) =>
  `^(\\.\\./)+(${folders.map((f) => (f === "report" ? `report(?!/(${exempt})$)` : f)).join("|")})(/.*)?$`;
const stageMessage = (layer, folders) =>
  `src/model/${layer} must not import ${folders.map((f) => `src/model/${f}`).join(", ")}: ` +
  "the engine runs grid → locate → parse → analyze → rules → report, and a stage uses only earlier stages and the " +
  "shared libraries (values, scoring, i18n, present). Move what both need to the earlier stage or a shared library.";
const noLaterImports = (layer, folders, { files = [`src/model/${layer}/**`], exempt = "report" } = {}) => ({
  name: `boundaries/pipeline-${files.length === 1 && files[0].endsWith(".ts") ? files[0] : layer}`,
  files,
  rules: {
    "no-restricted-imports": restrictImports(...CORE_IMPORTS, pattern(laterThan(folders, exempt), stageMessage(layer, folders))),
  },
});
const pipeline = [
  ...STAGES.slice(0, -1).map((stage, i) => noLaterImports(stage, STAGES.slice(i + 1))),
  noLaterImports("rules", ["report"], { files: ["src/model/rules/fix-skipped.ts"], exempt: "report|fixes" }),
  // The shared libraries sit below the pipeline: values and scoring use no stage at all; the message words and
  // the presentation use only the grid's addresses and the report contract.
  noLaterImports("values", STAGES),
  noLaterImports("scoring", STAGES),
  noLaterImports("i18n", STAGES.slice(1)),
  noLaterImports("present", STAGES.slice(1)),
];

const boundaries = [
  {
    name: "boundaries/core",
    files: ["src/model/**"],
    rules: {
      "no-restricted-imports": restrictImports(...CORE_IMPORTS),
      // import() is how a host module could still sneak in; the core is synchronous anyway.
      "no-restricted-syntax": ["error", { selector: "ImportExpression", message: MSG.core }],
      // `/// <reference lib="dom" />` or `types="node"` would undo tsconfig.model.json's lib/types from inside a file.
      "@typescript-eslint/triple-slash-reference": ["error", { lib: "never", path: "never", types: "never" }],
      "no-restricted-globals": restrictGlobals(MSG.core),
    },
  },
  {
    name: "boundaries/add-in",
    files: ["src/taskpane/**", "src/functions/**"],
    ignores: [...PLAN_FILES, ...COMPONENT_FILES],
    rules: { "no-restricted-imports": restrictImports(...ADDIN_IMPORTS) },
  },
  {
    name: "boundaries/plan",
    files: PLAN_FILES,
    rules: {
      "no-restricted-imports": restrictImports(...ADDIN_IMPORTS, pattern(ADAPTER, MSG.adapterInPlan), pattern(OFFICE_MODULES, MSG.office)),
      "no-restricted-globals": restrictGlobals(MSG.adapterInPlan),
    },
  },
  {
    name: "boundaries/components",
    files: COMPONENT_FILES,
    rules: {
      "no-restricted-imports": restrictImports(
        ...ADDIN_IMPORTS,
        pattern(ADAPTER, MSG.adapterInComponent),
        pattern(OFFICE_MODULES, MSG.office),
      ),
      // Covers Excel.run and every other Office entry point.
      "no-restricted-globals": restrictGlobals(MSG.adapterInComponent),
    },
  },
  {
    name: "boundaries/cli",
    files: ["src/cli/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        pattern(UI_MODULES, MSG.uiInCli),
        pattern(OFFICE_MODULES, MSG.uiInCli),
        pattern(hostLayer("taskpane", "functions"), MSG.addinInCli),
      ),
      "no-restricted-globals": restrictGlobals(MSG.uiInCli),
    },
  },
  {
    // The WPS 表格 add-in: WPS's embedded Chromium and the ET object model. It may use the core and the pane's
    // host-neutral planning code (plan/) and the functions' pure evaluate.ts, never Node, the workbook libraries,
    // the CLI, Office.js or the Office adapter (src/taskpane/excel).
    name: "boundaries/wps",
    files: ["src/hosts/wps/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        pattern(NODE_BUILTINS, MSG.wpsNode),
        pattern(WORKBOOK_MODULES, MSG.wpsWorkbook),
        pattern(OFFICE_MODULES, MSG.wpsOffice),
        pattern(hostLayer("cli"), MSG.wpsCli),
        // Two or more "../": src/hosts/wps has a functions/ folder of its own, reached with one.
        pattern("^(\\.\\./){2,}taskpane/(?!plan/)", MSG.wpsTaskpane),
        pattern("^(\\.\\./){2,}functions/(?!(evaluate|to-cf-error)$)", MSG.wpsFunctions),
      ),
      "no-restricted-globals": restrictGlobals(MSG.wpsOffice),
    },
  },
  {
    // The one exception: WPS's task pane is the Excel pane itself (docs/wps.md "The pane's WPS host"), so its entry
    // file alone may import the pane's components, controller, state, store and i18n. Still never the Office
    // adapter (taskpane/excel), host.ts (Office's onReady data) or index.tsx (Office's entry).
    name: "boundaries/wps-pane-entry",
    files: ["src/hosts/wps/pane/index.tsx"],
    rules: {
      "no-restricted-imports": restrictImports(
        pattern(NODE_BUILTINS, MSG.wpsNode),
        pattern(WORKBOOK_MODULES, MSG.wpsWorkbook),
        pattern(OFFICE_MODULES, MSG.wpsOffice),
        pattern(hostLayer("cli"), MSG.wpsCli),
        pattern("^(\\.\\./){2,}taskpane/(?!(plan|components)/|(actions|state|store|i18n)$)", MSG.wpsTaskpane),
        pattern("^(\\.\\./){2,}functions/(?!(evaluate|to-cf-error)$)", MSG.wpsFunctions),
      ),
    },
  },
];

export default [
  { ignores: ["dist/**", "dist-cli/**", "dist-wps/**", "out/**", "coverage/**", "node_modules/**", "samples/**"] },
  ...officeAddins.configs.react.filter((c) => !isOfficeTsBlock(c)),
  ...tseslint.configs.recommended,
  { name: "office-addins/typescript", files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"], rules: officeTsRules },
  {
    ...reactHooks.configs.flat.recommended,
    files: ["**/*.tsx", "src/taskpane/**/*.ts", "test/taskpane/**/*.ts"],
  },
  {
    languageOptions: {
      ecmaVersion: "latest",
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        OfficeRuntime: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  ...boundaries,
  ...pipeline,
  // The office rules are name-based and misfire on ExcelJS code, Node scripts and test fakes.
  { files: ["src/cli/**", "scripts/**", "test/**", "bench/**", "bin/**"], rules: officeRulesOff },
  {
    files: ["webpack.config.js", "bin/**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
