#!/usr/bin/env node
// Runs the built CLI (dist-cli/, made by `npm ci` through the prepare script, or `npm run build:cli`):
// plain JavaScript, so a run pays no TypeScript compilation at start.
"use strict";

const path = require("node:path");

const dist = path.join(__dirname, "..", "dist-cli");
let cli;
try {
  cli = require(path.join(dist, "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("main.js")) {
    process.stderr.write("perf-check: 尚未构建，请先运行 npm ci 或 npm run build:cli（not built yet: run npm ci or npm run build:cli）\n");
    process.exitCode = 2;
    return;
  }
  throw error;
}

// The runner (reader, engine, printers) is loaded only once the arguments are known to be good.
cli.main(process.argv.slice(2), process, () => require(path.join(dist, "runner.js"))).then(
  (code) => {
    // exitCode instead of exit(): a large JSON report on a pipe must finish flushing first.
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`perf-check: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
