// npm run bench: runs every bench/suites/*.ts in name order and prints one table of medians and targets.
import { readdirSync } from "node:fs";
import path from "node:path";
import { formatMs, type BenchRow, type BenchSuite } from "./harness";
import { alignColumns } from "../src/cli/text-width";

async function main(): Promise<void> {
  const dir = path.join(__dirname, "suites");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const lines: string[][] = [["suite", "measurement", "median", "runs", "target", "ok", "note"]];
  let missed = 0;
  for (const file of files) {
    const suite = loadSuite(path.join(dir, file));
    process.stderr.write(`bench: ${suite.name}…\n`);
    for (const r of await suite.run()) {
      lines.push(describe(suite.name, r));
      if (r.ok === false) missed++;
    }
  }
  process.stdout.write(`${alignColumns(lines).join("\n")}\n`);
  process.stdout.write(missed === 0 ? "All targets met.\n" : `${missed} target(s) missed.\n`);
}

function loadSuite(file: string): BenchSuite {
  // require keeps suites synchronous to load and works the same under tsx's CJS compilation.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate, see above
  const mod = require(file) as { default?: BenchSuite };
  if (!mod.default || typeof mod.default.run !== "function") throw new Error(`${file} has no default BenchSuite export`);
  return mod.default;
}

function describe(suite: string, r: BenchRow): string[] {
  const target = r.target === undefined ? "" : `≤ ${formatMs(r.target)}`;
  const ok = r.ok === undefined ? "" : r.ok ? "yes" : "NO";
  return [suite, r.name, formatMs(r.median), String(r.runs), target, ok, r.note ?? ""];
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
