// npm run build:wps — the WPS 表格 add-in package, by our own small script instead of Kingsoft's interactive wpsjs
// CLI (the research notes behind docs/wps.md: its build is "copy ribbon.xml/manifest.xml/index.html, generate
// functions.json, archive the folder"). Writes:
//   dist-wps/perf/              the add-in folder to host (online mode) — ribbon.xml, manifest.xml, functions.json,
//                               index.html + js/perf-background.js (classic ES2018 script), ui/ (the pane),
//                               probe.html (docs/wps-probe.html), images/
//   dist-wps/perf_<version>.zip the same folder as perf_<version>/ for offline installs (see docs/wps.md: WPS's
//                               documented offline format is .7z; no MIT-licensed, maintained 7z writer is on npm)
//   dist-wps/jsplugins.xml, dist-wps/publish.xml  deployment templates with the base URL filled in
// WPS_BASE_URL (default below) is the intranet address the folder will be served from, ending in "/".
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { parseTree } from "custom-functions-metadata";
import * as esbuild from "esbuild";
import JSZip from "jszip";

export const ROOT = resolve(__dirname, "..");
const PACKAGE = join(ROOT, "src/hosts/wps/package");
export const DEFAULT_BASE_URL = "https://perf.example.gov.cn/wps/";
/** The add-in's name in WPS's lists and the folder it is unpacked to (perf_<version>). */
export const ADDIN_NAME = "perf";

/** One function as WPS's functions.json lists it (wpsjs 2.2.3 vite_plugins.js TsParser; notes §c). */
export interface WpsFunctionMetadata {
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}

/**
 * functions.json in WPS's schema, from the same JSDoc the Excel metadata comes from (src/functions/functions.ts),
 * so descriptions and parameters cannot drift apart. Types: "any" for every parameter (text such as "≥95%" must
 * reach the engine unchanged), "?" marks optional ones; results that may be an error's text are "any".
 */
export function wpsFunctionsJson(): { functions: WpsFunctionMetadata[] } {
  const file = join(ROOT, "src/functions/functions.ts");
  const parsed = parseTree(readFileSync(file, "utf8"), file);
  const errors = parsed.extras.flatMap((x) => x.errors);
  if (errors.length > 0) throw new Error(`functions.ts metadata: ${errors.join("; ")}`);
  return {
    functions: parsed.functions.map((f) => ({
      name: f.id,
      description: f.description ?? "",
      parameters: (f.parameters ?? []).map((p) => ({ name: p.name, description: p.description ?? "", type: p.optional ? "any?" : "any" })),
      result: { type: f.result?.type === "string" ? "string" : "any" },
    })),
  };
}

// The WPS bundle has no CustomFunctions global: evaluate.ts's errors are built by the WPS stand-in instead.
const FUNCTIONS_DIR = join(ROOT, "src/functions") + sep;
const wpsErrors: esbuild.Plugin = {
  name: "wps-cf-error",
  setup(build) {
    build.onResolve({ filter: /\/to-cf-error$/ }, (args) =>
      args.importer.startsWith(FUNCTIONS_DIR) ? { path: join(ROOT, "src/hosts/wps/functions/wps-cf-error.ts") } : undefined,
    );
  },
};

// The core and the pane's planning code are pure (their modules only define things), so unused parts such as the
// zod schemas of the report and the fill record are dropped.
const PURE = [join(ROOT, "src/model") + sep, join(ROOT, "src/taskpane/plan") + sep];
// The same plugin the CLI build uses (scripts/build-cli.cjs).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script shared with npm's prepare
const { pureModules } = require("./build-cli.cjs") as { pureModules: (folders: string[]) => esbuild.Plugin };
const pureModel = pureModules(PURE);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function write(path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export interface BuildWpsOptions {
  outDir?: string;
  baseUrl?: string;
}

export interface BuildWpsResult {
  outDir: string;
  addinDir: string;
  archive: string;
  version: string;
}

export async function buildWps(options: BuildWpsOptions = {}): Promise<BuildWpsResult> {
  const outDir = resolve(options.outDir ?? join(ROOT, "dist-wps"));
  const baseUrl = options.baseUrl ?? process.env.WPS_BASE_URL ?? DEFAULT_BASE_URL;
  if (!/^(https?|file):\/\/.+\/$/.test(baseUrl)) throw new Error(`WPS_BASE_URL must be an http(s) or file URL ending in "/": ${baseUrl}`);
  const version: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  const addinDir = join(outDir, ADDIN_NAME);
  rmSync(outDir, { recursive: true, force: true });

  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { "js/perf-background": "src/hosts/wps/background/index.ts", "ui/taskpane": "src/hosts/wps/pane/index.tsx" },
    outdir: addinDir,
    bundle: true,
    // Classic scripts for WPS's embedded Chromium of unknown age (notes §d): no modules, ES2018 syntax.
    format: "iife",
    target: "es2018",
    platform: "browser",
    // The pane is React: the production build, and no `process` global in the browser.
    define: { "process.env.NODE_ENV": '"production"' },
    jsx: "automatic",
    charset: "utf8",
    minify: true,
    legalComments: "none",
    logLevel: "error",
    plugins: [wpsErrors, pureModel],
  });

  const values = { VERSION: version, BASE_URL: baseUrl };
  for (const file of ["ribbon.xml", "index.html", "ui/taskpane.html"]) copyFileSync(join(PACKAGE, file), join(addinDir, file));
  write(join(addinDir, "manifest.xml"), fill(readFileSync(join(PACKAGE, "manifest.xml"), "utf8"), values));
  write(join(addinDir, "functions.json"), JSON.stringify(wpsFunctionsJson(), null, 2) + "\n");
  write(join(addinDir, "probe.html"), readFileSync(join(ROOT, "docs/wps-probe.html")));
  write(join(addinDir, "images/perf-16.png"), readFileSync(join(ROOT, "assets/icon-16.png")));
  write(join(addinDir, "images/perf-32.png"), readFileSync(join(ROOT, "assets/icon-32.png")));
  for (const file of ["jsplugins.xml", "publish.xml"]) write(join(outDir, file), fill(readFileSync(join(PACKAGE, file), "utf8"), values));

  // Offline: the folder as perf_<version>/ inside the archive, the layout wpsjs's offline build produces.
  const zip = new JSZip();
  const folder = `${ADDIN_NAME}_${version}`;
  const files = [
    "ribbon.xml",
    "manifest.xml",
    "functions.json",
    "index.html",
    "probe.html",
    "js/perf-background.js",
    "ui/taskpane.html",
    "ui/taskpane.js",
    "images/perf-16.png",
    "images/perf-32.png",
  ];
  // A fixed date keeps the archive byte-identical for identical inputs.
  for (const file of files) zip.file(`${folder}/${file}`, readFileSync(join(addinDir, file)), { date: new Date(Date.UTC(2026, 0, 1)) });
  const archive = join(outDir, `${folder}.zip`);
  write(archive, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return { outDir, addinDir, archive, version };
}

if (require.main === module) {
  buildWps().then(
    (r) => console.log(`WPS add-in ${r.version}: ${r.addinDir}\noffline archive: ${r.archive}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
