// Decides which cells a check paints and which saved originals it restores: pure, so re-check,
// overlap and "the stored original wins over what the sheet shows" are tested without a host. Which
// cells and which colour come from the core's presentation layer (highlightSpans), as for --fix.
import { highlightSpans, rangeToA1, toA1, type Finding } from "../../model";
import { NO_FILL, type CellFill, type StoredHighlight } from "./fill-record";
import type { PaintOp } from "./workbook-host";

export type { PaintOp } from "./workbook-host";

export interface HighlightPlan {
  /** Previously highlighted cells that this check no longer paints: back to their originals. */
  restore: StoredHighlight[];
  /** One fill per span; warnings first so an error span painted over the same cell wins. */
  paint: PaintOp[];
  /** The originals of every cell painted now, to be saved before painting. */
  next: StoredHighlight[];
}

function originalFor(cell: string, previous: Map<string, CellFill>, fills: Map<string, CellFill>): CellFill {
  const saved = previous.get(cell);
  if (saved) return saved;
  // A cell the store does not know keeps what it shows, even in a highlight colour: Excel's own 差 and
  // 适中 styles are exactly #FFC7CE / #FFEB9C. The store is written in the same batch as the paint and
  // before it, so a painted cell the store does not know cannot come from us.
  return fills.get(cell) ?? NO_FILL;
}

/**
 * Plans the highlight writes for one sheet. `fills` are the fills read in the same sync as the values;
 * cells outside the read used range have no formatting at all, so they count as No Fill.
 */
export function planHighlights(
  findings: Finding[],
  sheetName: string,
  fills: Map<string, CellFill>,
  previous: StoredHighlight[],
): HighlightPlan {
  // Info findings never paint, and an error's red goes on after a warning's yellow: the core's order.
  const spans = highlightSpans(findings).filter((span) => span.sheet === sheetName);
  const previousByCell = new Map(previous.map((p) => [p.cell, p.original]));

  const paint: PaintOp[] = [];
  const next = new Map<string, CellFill>();
  for (const { range, fill } of spans) {
    // Office.js and WPS take "#RRGGBB"; the core gives RRGGBB (also OOXML's form).
    paint.push({ address: rangeToA1(range), color: `#${fill}` });
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        const cell = toA1(row, col);
        if (!next.has(cell)) next.set(cell, originalFor(cell, previousByCell, fills));
      }
    }
  }
  return {
    restore: previous.filter((p) => !next.has(p.cell)),
    paint,
    next: [...next].map(([cell, original]) => ({ cell, original })),
  };
}

/** Everything that must stay restorable until the paint sync succeeded: old and new originals. */
export function unionOfOriginals(previous: StoredHighlight[], next: StoredHighlight[]): StoredHighlight[] {
  const byCell = new Map(previous.map((p) => [p.cell, p]));
  for (const n of next) if (!byCell.has(n.cell)) byCell.set(n.cell, n);
  return [...byCell.values()];
}
