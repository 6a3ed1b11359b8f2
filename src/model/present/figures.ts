// The entered-vs-computed figures as every host shows them: one label, one number format, one "differs" rule.
import { FIGURE_COLUMNS, FIGURE_NAMES, type FigureKey } from "../i18n/vocabulary";
import type { Figures, Lang } from "../report/report";
import { formatNumber, formatPercentShort } from "./number";

/** What a figure shows when the form does not state it or the engine cannot compute it. */
export const NO_FIGURE = "—";

/** The figures in the order they are shown. */
export const FIGURE_KEYS: readonly FigureKey[] = ["execRate", "execScore", "total", "grade"];

/** One figure as text: a rate as a percentage (66.67%), a score with at most 2 decimals (6.6), a grade as written. */
export function formatFigure<K extends FigureKey>(key: K, value: Figures[K], empty: string = NO_FIGURE): string {
  if (value === null || value === undefined) return empty;
  if (typeof value === "string") return value;
  return key === "execRate" ? formatPercentShort(value) : formatNumber(value);
}

/** One row of the figures table. */
export interface FigureRow {
  key: FigureKey;
  label: string;
  entered: string;
  computed: string;
  /**
   * True when both are stated and read differently as shown: a gap hidden by rounding, or a figure the form
   * leaves blank, is a finding's business (exec-rate, total…), not the table's.
   */
  differs: boolean;
}

/** The figures table: its column headers and one row per figure. */
export interface FigureTable {
  header: { item: string; entered: string; computed: string };
  rows: FigureRow[];
}

/** The entered-vs-computed table of one form in the chosen language. */
export function figureTable(entered: Figures, computed: Figures, lang: Lang, empty: string = NO_FIGURE): FigureTable {
  return {
    header: { item: FIGURE_COLUMNS.item[lang], entered: FIGURE_COLUMNS.entered[lang], computed: FIGURE_COLUMNS.computed[lang] },
    rows: FIGURE_KEYS.map((key) => {
      const e = entered[key];
      const c = computed[key];
      const shownE = formatFigure(key, e, empty);
      const shownC = formatFigure(key, c, empty);
      return {
        key,
        label: FIGURE_NAMES[key][lang],
        entered: shownE,
        computed: shownC,
        differs: e !== null && c !== null && shownE !== shownC,
      };
    }),
  };
}
