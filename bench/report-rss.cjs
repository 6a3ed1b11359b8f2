// Preloaded into a perf-check run by the bench (node --require): prints the process's peak
// resident memory (worker threads included: they share the process) on stderr as it exits.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
