// The pure engine: checkGrid on each seed form and on a generated 1,500-indicator form.
import { formGrid } from "../../scripts/forms/render-form";
import { SEED_FORMS } from "../../scripts/forms/seed-forms";
import { checkGrid } from "../../src/model";
import { generateFormSpec } from "../generate-form";
import { median, row, type BenchRow, type BenchSuite } from "../harness";

const SEED_RUNS = 200;
const LARGE_RUNS = 20;
// The engine needs about a thousand checks to reach its steady (JIT-optimised) speed.
const WARMUP_CHECKS = 1000;

export default {
  name: "engine",
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const grids = SEED_FORMS.map((spec) => formGrid(spec, "自评表"));
    for (let i = 0; i < WARMUP_CHECKS; i++) checkGrid(grids[i % grids.length]);
    for (const [i, spec] of SEED_FORMS.entries()) {
      const grid = grids[i];
      const ms = await median(() => checkGrid(grid), SEED_RUNS, 20);
      rows.push(row(`checkGrid: seed form ${i + 1} (${spec.project})`, ms, SEED_RUNS, 1));
    }
    const large = formGrid(generateFormSpec(1500), "自评表");
    const reports = checkGrid(large);
    const findings = reports.reduce((n, r) => n + r.findings.length, 0);
    const note = `${large.values.length} sheet rows, ${reports.length} form(s), ${findings} finding(s)`;
    rows.push(row("checkGrid: generated 1,500-indicator form", await median(() => checkGrid(large), LARGE_RUNS), LARGE_RUNS, 50, note));
    return rows;
  },
} satisfies BenchSuite;
