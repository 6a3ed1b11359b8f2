// The PERF.* custom functions as Excel calls them: 10,000 PERF.SCORE cells recalculating at once.
import { perfScore } from "../../src/functions/functions";
import { median, row, type BenchRow, type BenchSuite } from "../harness";

const CELLS = 10_000;
const RUNS = 30;
const TARGET_MS = 20;

// Argument tuples as a sheet of indicator rows passes them: text targets, numbers from %-formatted cells, units,
// ranges, direction overrides. All are quantitative, so every call returns a score (the common recalculation case).
const ROWS: ReadonlyArray<readonly [unknown, unknown, unknown, unknown]> = [
  ["≥98%", 0.97, 10, null],
  ["5万元", "0.84万元", 10, null],
  ["430平米", "430平米", 10, null],
  ["全年50-70次", "60次", 10, null],
  ["≤5万元", "6万元", 10, null],
  ["≥95%", "97%", 10, "<="],
  [0.95, 0.93, 20, null],
  ["100%", "100%", 5, null],
];

// Same rows but every eighth call is qualitative and throws the explanatory #VALUE!, which costs an exception.
const MIXED: ReadonlyArray<readonly [unknown, unknown, unknown, unknown]> = [...ROWS.slice(0, 7), ["及时完成", "全部完成", 10, null]];

/**
 * 10,000 rows whose texts are all different (targets ≥90.00%…≥99.99%, actuals in 万元), so the wrapper's parse cache
 * never helps: the cost of a first calculation of a sheet full of distinct texts.
 */
function distinctRows(): Array<readonly [unknown, unknown, unknown, unknown]> {
  return Array.from(
    { length: CELLS },
    (_, i) => [`≥${(90 + (i % 1000) / 100).toFixed(2)}%`, `${(i / 100).toFixed(2)}万元`, 10, "<="] as const,
  );
}

/** Excel's CustomFunctions global is absent under Node; the error path needs a constructor to throw. */
function ensureCustomFunctions(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions === undefined) {
    g.CustomFunctions = {
      Error: class {
        constructor(
          public code: string,
          public message?: string,
        ) {}
      },
    };
  }
}

function recalc(rows: ReadonlyArray<readonly [unknown, unknown, unknown, unknown]>): number {
  let sum = 0;
  for (let i = 0; i < CELLS; i++) {
    const [target, actual, weight, direction] = rows[i % rows.length];
    try {
      sum += perfScore(target, actual, weight, direction);
    } catch (e) {
      // Only the designed #VALUE! may escape a PERF function; anything else is a bug the bench must not hide.
      if (!(e instanceof (globalThis as unknown as { CustomFunctions: { Error: new () => object } }).CustomFunctions.Error)) throw e;
    }
  }
  return sum;
}

export default {
  name: "functions",
  async run(): Promise<BenchRow[]> {
    ensureCustomFunctions();
    const total = recalc(ROWS);
    const distinct = distinctRows();
    const n = CELLS.toLocaleString("en");
    return [
      row(
        `PERF.SCORE × ${n} (seed-like rows, texts repeat)`,
        await median(() => recalc(ROWS), RUNS),
        RUNS,
        TARGET_MS,
        `Σ scores ${total.toFixed(1)}`,
      ),
      row(`PERF.SCORE × ${n} (1 in 8 qualitative → #VALUE!)`, await median(() => recalc(MIXED), RUNS), RUNS),
      row(
        `PERF.SCORE × ${n} (every text distinct, no cache hits)`,
        await median(() => recalc(distinct), RUNS),
        RUNS,
        undefined,
        "worst case: parsing dominates",
      ),
    ];
  },
} satisfies BenchSuite;
