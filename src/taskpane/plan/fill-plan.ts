// Turns the engine's fixes into cell writes, remembering what each cell held before so the fill can
// be undone; pure, so "a second fill keeps the first original" is tested without a host.
import { parseA1, type CellWrite } from "../../model";
import type { PreviousContent } from "./undo-record";
import type { FormulaWrite, SheetSnapshot } from "./workbook-host";

export interface FillPlan {
  /** Fixes whose cell does not already hold exactly that formula. */
  writes: FormulaWrite[];
  /** Previous contents to keep: those already saved plus the newly overwritten cells. */
  next: PreviousContent[];
}

function contentAt(snapshot: SheetSnapshot, cell: string): { formula: string | null; value: PreviousContent["value"] } {
  const at = parseA1(cell);
  if (!at) return { formula: null, value: null };
  const r = at.row - snapshot.grid.origin.row;
  const c = at.col - snapshot.grid.origin.col;
  const value = snapshot.grid.values[r]?.[c] ?? null;
  const raw = snapshot.formulas?.[r]?.[c];
  const formula = typeof raw === "string" && raw.startsWith("=") ? raw : null;
  return { formula, value };
}

export function planFill(fixes: CellWrite[], snapshot: SheetSnapshot, stored: PreviousContent[]): FillPlan {
  const next = new Map(stored.map((p) => [p.cell, p]));
  const writes: FillPlan["writes"] = [];
  for (const fix of fixes) {
    if (fix.sheet !== snapshot.sheetName) continue;
    const formula = `=${fix.formula}`;
    const before = contentAt(snapshot, fix.cell);
    if (before.formula !== null && before.formula.replace(/\s+/g, "").toUpperCase() === formula.replace(/\s+/g, "").toUpperCase()) continue;
    writes.push({ cell: fix.cell, formula });
    const earlier = next.get(fix.cell);
    // A cell filled before keeps its first original: undo must lead back to what the user wrote.
    next.set(fix.cell, { cell: fix.cell, ...(earlier ? { formula: earlier.formula, value: earlier.value } : before), written: formula });
  }
  return { writes, next: [...next.values()] };
}
