// How the pane prints the form's figures: rates as percentages, scores with at most two decimals.
import type { Figures } from "../model";

export type FigureKey = keyof Figures;

function trimmed(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** null (not on the form / not computable) prints as `empty`. */
export function formatFigure(key: FigureKey, value: Figures[FigureKey], empty: string): string {
  if (value === null || value === undefined) return empty;
  if (typeof value === "string") return value;
  return key === "execRate" ? `${trimmed(value * 100)}%` : trimmed(value);
}

/** Differs as printed: a gap hidden by rounding is the engine's business (it reports it as a finding). */
export function figuresDiffer(key: FigureKey, entered: Figures[FigureKey], computed: Figures[FigureKey]): boolean {
  if (entered === null || computed === null) return false;
  return formatFigure(key, entered, "") !== formatFigure(key, computed, "");
}
