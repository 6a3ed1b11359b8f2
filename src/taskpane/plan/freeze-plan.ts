// Finds the cells whose formulas call the add-in's own functions, for "转为数值".
import { toA1 } from "../../model";
import type { SheetSnapshot, ValueWrite } from "./workbook-host";

export interface FreezePlan {
  cells: ValueWrite[];
  /** PERF formulas still calculating; writing "#BUSY!" would destroy them for nothing. */
  busy: string[];
}

const PERF_CALL = /(^|[^A-Za-z0-9_.])PERF\./i;

export function planFreeze(snapshot: SheetSnapshot): FreezePlan {
  const cells: FreezePlan["cells"] = [];
  const busy: string[] = [];
  const { origin, values } = snapshot.grid;
  (snapshot.formulas ?? []).forEach((row, r) => {
    row.forEach((formula, c) => {
      if (typeof formula !== "string" || !formula.startsWith("=") || !PERF_CALL.test(formula)) return;
      const cell = toA1(origin.row + r, origin.col + c);
      const value = values[r]?.[c] ?? "";
      if (value === "#BUSY!") busy.push(cell);
      else cells.push({ cell, value });
    });
  });
  return { cells, busy };
}
