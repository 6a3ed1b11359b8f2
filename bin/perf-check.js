#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles src/ on the fly (and caches it), so there is no build step.
"use strict";

require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

// tsx/cjs compiles require() but not import(), so the bin hands main a require-based loader.
main(process.argv.slice(2), process, () => require("../src/cli/runner.ts")).then(
  (code) => {
    // exitCode instead of exit(): a large JSON report on a pipe must finish flushing first.
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`perf-check: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
