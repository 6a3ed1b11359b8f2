// Writes docs/perf-check-output.schema.json from the zod schema of the --json output (src/cli/output-schema.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { jsonOutputSchema } from "../src/cli/output-schema";

const target = path.join(__dirname, "..", "docs", "perf-check-output.schema.json");
writeFileSync(target, `${JSON.stringify(jsonOutputSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
