// The pure engine: checkGrid on each seed form and on a generated 1,500-indicator form.
import { formGrid } from "../../scripts/forms/render-form";
import { SEED_FORMS } from "../../scripts/forms/seed-forms";
import { checkGrid } from "../../src/model";
import { generateFormSpec } from "../generate-form";
import { median, row, type BenchRow, type BenchSuite } from "../harness";

const SEED_RUNS = 200;
const LARGE_RUNS = 20;

export default {
  name: "engine",
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const [i, spec] of SEED_FORMS.entries()) {
      const grid = formGrid(spec, "自评表");
      const ms = await median(() => checkGrid(grid), SEED_RUNS, 20);
      rows.push(row(`checkGrid: seed form ${i + 1} (${spec.project})`, ms, SEED_RUNS, 1));
    }
    const large = formGrid(generateFormSpec(1500), "自评表");
    const reports = checkGrid(large);
    const note = `${large.values.length} sheet rows, ${reports.length} form(s) found`;
    rows.push(row("checkGrid: generated 1,500-indicator form", await median(() => checkGrid(large), LARGE_RUNS), LARGE_RUNS, 50, note));
    return rows;
  },
} satisfies BenchSuite;
