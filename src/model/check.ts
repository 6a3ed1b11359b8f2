import type { Grid } from "./grid";
import type { FormReport, Lang } from "./report";

export interface CheckOptions {
  lang?: Lang;
}

/** Finds every form on one sheet and judges it; a sheet with no form gives an empty list. Never throws. */
export function checkGrid(_grid: Grid, _options: CheckOptions = {}): FormReport[] {
  throw new Error("checkGrid: engine under construction");
}

/** Checks several sheets (a workbook) and concatenates the reports in sheet order. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormReport[] {
  return grids.flatMap((g) => checkGrid(g, options));
}
