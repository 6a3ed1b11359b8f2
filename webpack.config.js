/*
 * Builds the PERF add-in: one page (taskpane.html) hosts the task pane AND the custom functions in Excel's shared
 * runtime, so both entries share one webpack runtime and one copy of the engine.
 *
 * Environment:
 *   ADDIN_BASE_URL=https://host/path/  rewrites every https://localhost:3000/ in the copied manifest (must be https)
 *   LOCAL_OFFICE_JS=1                  the page loads office.js from ./office-js/office.js instead of Microsoft's CDN
 *                                      (offline tests put a stub there; never for a deployed build)
 *   OFFICE_JS_URL=https://…/office.js  a deployed build loads office.js from this mirror (networks that cannot reach
 *                                      appsforoffice.microsoft.com); must be https
 *   OFFICE_JS_DIR=<dir>                dev server: serve <dir> at /office-js (pairs with LOCAL_OFFICE_JS=1)
 *   DEV_SERVER_HTTP=1                  dev server over plain http (machines without the dev certificates)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office-js/office.js";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const METADATA = "functions.json";
const METADATA_ZH_CN = "functions-zh-cn.json";
const ZH_CN_TABLE = path.resolve(__dirname, "src/functions/metadata-zh-cn.json");
// office-addin-dev-certs keeps its certificates here (its lib/defaults.js); read them directly because its API
// tries to install the CA with sudo and regenerates the certificates when that fails.
const DEV_CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** Excel's rule for function names: a letter first, then letters, digits, periods or underscores. */
const EXCEL_FUNCTION_NAME = /^\p{L}[\p{L}\p{N}._]*$/u;

/**
 * The deployment base URL from ADDIN_BASE_URL, normalised to end in "/"; null when unset. Office only loads
 * add-in pages over https, so anything else is refused here rather than at sideload time.
 */
function resolveBaseUrl(raw) {
  if (raw === undefined || raw.trim() === "") return null;
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https (Office refuses http add-ins): "${raw}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The office.js the page loads: the CDN unless a test stub (LOCAL_OFFICE_JS=1) or an https mirror is asked for. */
function resolveOfficeJsUrl(localOfficeJs, mirror, baseUrl) {
  const hasMirror = mirror !== undefined && mirror.trim() !== "";
  if (localOfficeJs && (baseUrl || hasMirror)) {
    throw new Error("LOCAL_OFFICE_JS=1 is for offline tests; a deployed build loads office.js from the CDN or OFFICE_JS_URL.");
  }
  if (localOfficeJs) return LOCAL_OFFICE_JS;
  if (!hasMirror) return CDN_OFFICE_JS;
  let url;
  try {
    url = new URL(mirror.trim());
  } catch {
    throw new Error(`OFFICE_JS_URL is not a valid URL: "${mirror}"`);
  }
  if (url.protocol !== "https:") throw new Error(`OFFICE_JS_URL must use https: "${mirror}"`);
  return url.href;
}

/** Replaces every development URL (not only the first, which String.replace with a string would do). */
function rebaseUrls(text, baseUrl) {
  return baseUrl ? text.replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), baseUrl) : text;
}

/**
 * Derives the zh-CN metadata from the generated functions.json: same ids, types and optional flags, Chinese
 * function names, parameter names and descriptions from the table. Throws when the table and the functions
 * disagree, so a new function cannot ship without its Chinese name.
 */
function localizeMetadata(metadata, table) {
  const ids = metadata.functions.map((f) => f.id);
  const extra = Object.keys(table).filter((id) => !ids.includes(id));
  if (extra.length > 0) throw new Error(`${METADATA_ZH_CN}: the table names unknown function ids: ${extra.join(", ")}`);
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) throw new Error(`${METADATA_ZH_CN}: no Chinese entry for function ${fn.id}`);
    if (!EXCEL_FUNCTION_NAME.test(entry.name)) throw new Error(`${METADATA_ZH_CN}: "${entry.name}" is not a valid Excel function name`);
    const key = entry.name.toUpperCase();
    if (seen.has(key) || ids.includes(key)) throw new Error(`${METADATA_ZH_CN}: function name "${entry.name}" is used twice`);
    seen.add(key);
    const paramNames = fn.parameters.map((p) => p.name);
    const extraParams = Object.keys(entry.parameters || {}).filter((p) => !paramNames.includes(p));
    if (extraParams.length > 0) throw new Error(`${METADATA_ZH_CN}: ${fn.id} has no parameters ${extraParams.join(", ")}`);
    const parameters = fn.parameters.map((p) => {
      const zh = entry.parameters && entry.parameters[p.name];
      if (!zh) throw new Error(`${METADATA_ZH_CN}: no Chinese entry for parameter ${fn.id}.${p.name}`);
      return { ...p, name: zh.name, description: zh.description };
    });
    return { ...fn, name: entry.name, description: entry.description, parameters };
  });
  return { ...metadata, functions };
}

/** Emits functions-zh-cn.json next to the functions.json that custom-functions-metadata-plugin emitted. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(ZH_CN_TABLE);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset(METADATA);
          // No functions.json means the metadata plugin already reported its errors; nothing to localize.
          if (!generated) return;
          try {
            const table = JSON.parse(fs.readFileSync(ZH_CN_TABLE, "utf8"));
            const localized = localizeMetadata(JSON.parse(generated.source.source().toString()), table);
            compilation.emitAsset(METADATA_ZH_CN, new webpack.sources.RawSource(`${JSON.stringify(localized, null, 4)}\n`));
          } catch (err) {
            compilation.errors.push(new webpack.WebpackError(err instanceof Error ? err.message : String(err)));
          }
        },
      );
    });
  }
}

function devServerHttps() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const options = {};
  for (const [field, name] of Object.entries(files)) {
    const file = path.join(DEV_CERT_DIR, name);
    if (!fs.existsSync(file)) {
      throw new Error(
        `Dev certificate ${file} is missing: run "npx office-addin-dev-certs install" once (Windows/Mac trust it), ` +
          "or set DEV_SERVER_HTTP=1 for a plain-http server.",
      );
    }
    options[field] = fs.readFileSync(file);
  }
  return { type: "https", options };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
  const officeJsUrl = resolveOfficeJsUrl(process.env.LOCAL_OFFICE_JS === "1", process.env.OFFICE_JS_URL, baseUrl);
  const officeJsDir = process.env.OFFICE_JS_DIR ? path.resolve(process.env.OFFICE_JS_DIR) : null;

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Relative URLs keep the page working under any ADDIN_BASE_URL path, e.g. https://host/perf/.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // A missing export would otherwise only warn and leave a function undefined at call time.
      parser: { javascript: { exportsPresence: "error" } },
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    optimization: {
      // One runtime for both entries: the pane and the functions share module instances (one engine, one zod).
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          defaultVendors: false,
          default: false,
          // Only what both entries import (the engine and zod) leaves the entry chunks; React stays in taskpane.js,
          // after functions.js, so the functions are associated before the UI's large bundle runs.
          shared: { name: "shared", chunks: "all", minChunks: 2, minSize: 0, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: METADATA, input: FUNCTIONS_SOURCE }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page runs the task pane, the ribbon commands and the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rebaseUrls(content.toString(), baseUrl) },
          { from: "assets", to: "assets" },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      // Only `webpack serve` evaluates this, so a production build never touches the certificates.
      server: env.WEBPACK_SERVE ? (process.env.DEV_SERVER_HTTP === "1" ? "http" : devServerHttps()) : "http",
      static: officeJsDir ? [{ directory: officeJsDir, publicPath: "/office-js" }] : false,
    },
  };
};

module.exports.localizeMetadata = localizeMetadata;
module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.resolveOfficeJsUrl = resolveOfficeJsUrl;
module.exports.rebaseUrls = rebaseUrls;
