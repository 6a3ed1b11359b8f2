// A cell's direct fill as getCellProperties reports it, and how to put it back exactly. (The highlight colours
// themselves are the core's: HIGHLIGHT_FILLS in src/model/present.)

// The fill type and No Fill live with the stored format (host-neutral); re-exported for the adapters.
import { isNoFill, NO_FILL, type CellFill } from "../plan/fill-record";

export { isNoFill, NO_FILL, type CellFill } from "../plan/fill-record";

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
