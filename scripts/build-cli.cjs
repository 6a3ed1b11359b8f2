// Builds perf-check into dist-cli/ with esbuild: the bin runs plain JavaScript, never TypeScript
// compiled at start (issue 8: tsx alone was most of a one-file run). Runs on `npm ci` (prepare).
// Two bundles, so --help and usage errors never load the reader, the engine and the printers.
"use strict";
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");

/** Bundles the CLI's entry points; resolves once both files are written. */
async function buildCli() {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: "src/cli/main.ts", runner: "src/cli/runner.ts" },
    outdir: "dist-cli",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // The reader, writer and engine stay in runner.js; main.js must not pull them in.
    external: ["./runner"],
    legalComments: "none",
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    logLevel: "warning",
  });
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli().catch((error) => {
    process.stderr.write(`build-cli: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
