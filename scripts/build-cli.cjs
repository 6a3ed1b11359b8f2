// Builds perf-check into dist-cli/ with esbuild: the bin runs plain JavaScript, never TypeScript
// compiled at start (issue 8: tsx alone was most of a one-file run). Runs on `npm ci` (prepare).
// Three bundles: main.js (arguments, help), runner.js (the batch, its worker pool, the printers) and
// worker.js (the reader, the engine, the copy writer), which each worker thread runs. --help never
// loads the last two, and the main thread never loads the reader and the engine.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");

// The engine (src/model) is pure: its modules do nothing at load but define things. Saying so lets
// esbuild drop what the CLI never uses, above all the zod schemas (FormReportSchema…) that only
// the JSON Schema and the tests need: zod alone was ~550 KB of each bundle, a third of its load time.
const MODEL = path.join(root, "src", "model") + path.sep;

/** An esbuild plugin that marks every module under the given folders (absolute, ending in a separator) side-effect-free. */
function pureModules(folders) {
  return {
    name: "pure-modules",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === "pure-modules") return undefined;
        const resolved = await build.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: "pure-modules",
        });
        if (resolved.errors.length > 0 || !folders.some((dir) => resolved.path.startsWith(dir))) return resolved;
        return { ...resolved, sideEffects: false };
      });
    },
  };
}

/** Bundles the CLI's entry points; resolves once every file is written. */
async function buildCli() {
  // V8 code caches of the previous bundles (code-cache.ts): they describe code that is gone.
  const dist = path.join(root, "dist-cli");
  for (const name of fs.existsSync(dist) ? fs.readdirSync(dist) : [])
    if (/\.cache(\.[^.]+\.tmp)?$/.test(name)) fs.rmSync(path.join(dist, name), { force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      main: "src/cli/main.ts",
      runner: "src/cli/runner.ts",
      worker: "src/cli/worker.ts",
      "worker-boot": "src/cli/worker-boot.ts",
      review: "src/cli/review.ts",
    },
    outdir: "dist-cli",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // main.js must not pull in runner.js, nor runner.js the review writers (ExcelJS): each is loaded when needed.
    external: ["./runner", "./review.js"],
    legalComments: "none",
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [pureModules([MODEL])],
  });
}

module.exports = { buildCli, pureModules };

if (require.main === module) {
  buildCli().catch((error) => {
    process.stderr.write(`build-cli: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
