// Decides which cells a check paints and which saved originals it restores: pure, so re-check,
// overlap and "the stored original wins over what the sheet shows" are tested without a host.
import { rangeToA1, toA1, type Finding } from "../../model";
import { HIGHLIGHT_COLORS } from "../excel/cell-fill";
import { NO_FILL, type CellFill, type StoredHighlight } from "./fill-record";

export interface PaintOp {
  address: string;
  color: string;
}

export interface HighlightPlan {
  /** Previously highlighted cells that this check no longer paints: back to their originals. */
  restore: StoredHighlight[];
  /** One fill per span; warnings first so an error span painted over the same cell wins. */
  paint: PaintOp[];
  /** The originals of every cell painted now, to be saved before painting. */
  next: StoredHighlight[];
}

function colorFor(finding: Finding): string {
  return finding.severity === "error" ? HIGHLIGHT_COLORS.error : HIGHLIGHT_COLORS.warning;
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
  const marked = findings.filter((f) => f.highlight && f.span && f.sheet === sheetName);
  const ordered = [...marked.filter((f) => f.severity !== "error"), ...marked.filter((f) => f.severity === "error")];
  const previousByCell = new Map(previous.map((p) => [p.cell, p.original]));

  const paint: PaintOp[] = [];
  const seenOps = new Set<string>();
  const next = new Map<string, CellFill>();
  for (const finding of ordered) {
    const span = finding.span!;
    const op = { address: rangeToA1(span), color: colorFor(finding) };
    const opKey = `${op.address}|${op.color}`;
    if (!seenOps.has(opKey)) {
      seenOps.add(opKey);
      paint.push(op);
    }
    for (let row = span.top; row <= span.bottom; row++) {
      for (let col = span.left; col <= span.right; col++) {
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
