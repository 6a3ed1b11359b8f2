// A cell's direct fill as getCellProperties reports it, and how to put it back exactly.

/** The fill of one cell; tintAndShade is null and pattern "None" for No Fill (which also reads as #FFFFFF). */
export interface CellFill {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number | null;
}

export const NO_FILL: CellFill = Object.freeze({ color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: null });

/** The two highlight colours: Excel's own "light red" and "light yellow" conditional-format presets. */
export const HIGHLIGHT_COLORS = Object.freeze({ error: "#FFC7CE", warning: "#FFEB9C" });

/**
 * No Fill and a white fill both read as #FFFFFF (office-js#6218); Microsoft's workaround is tintAndShade,
 * which is null only for No Fill. Pattern "None" says the same on hosts that report it.
 */
export function isNoFill(fill: CellFill): boolean {
  return fill.pattern === "None" || fill.tintAndShade === null;
}

export function isHighlightFill(fill: CellFill): boolean {
  if (isNoFill(fill) || fill.pattern !== "Solid") return false;
  const color = fill.color.toUpperCase();
  return color === HIGHLIGHT_COLORS.error || color === HIGHLIGHT_COLORS.warning;
}

/** Turns one getCellProperties entry into a CellFill; missing parts mean the host did not report a fill. */
export function fillFromCellProperties(props: Excel.CellProperties | undefined): CellFill {
  const fill = props?.format?.fill;
  if (!fill) return NO_FILL;
  return {
    color: fill.color ?? NO_FILL.color,
    pattern: fill.pattern ?? (fill.tintAndShade === null || fill.tintAndShade === undefined ? "None" : "Solid"),
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? null,
  };
}

/** Queues the writes that give `range` exactly `fill` again; no sync. */
export function queueRestoreFill(range: Excel.Range, fill: CellFill): void {
  const target = range.format.fill;
  if (isNoFill(fill)) {
    // Setting color "#FFFFFF" would leave a white fill where there was none; only clear() gives No Fill back.
    target.clear();
    return;
  }
  target.color = fill.color;
  if (fill.pattern !== "Solid") {
    target.pattern = fill.pattern as Excel.FillPattern;
    if (fill.patternColor !== null) target.patternColor = fill.patternColor;
  }
  // Set even when 0: the tint the cell carries now is the highlight's, not the original's.
  if (fill.tintAndShade !== null) target.tintAndShade = fill.tintAndShade;
}
