// Which cells a host paints and in which colour: one decision for every host (the pane, --fix, a WPS host).
// Hosts only turn a colour into their API's form (Office.js "#FFC7CE", OOXML ARGB "FFFFC7CE").
import type { CellRange } from "../grid/address";
import type { Finding, Severity } from "../report/report";

/** The severities that are painted; info never is. */
export type HighlightSeverity = Exclude<Severity, "info">;

/**
 * The fill per severity as RRGGBB: Excel's own light red (its 差 / "Bad" style) for errors and light yellow
 * (适中 / "Neutral") for warnings, so a reviewer reads them as Excel users already do.
 */
export const HIGHLIGHT_FILLS: Readonly<Record<HighlightSeverity, string>> = Object.freeze({ error: "FFC7CE", warning: "FFEB9C" });

/** The fill of a finding's severity, or null for info (never painted). */
export function highlightFill(severity: Severity): string | null {
  return severity === "info" ? null : HIGHLIGHT_FILLS[severity];
}

/** A rectangle to paint. */
export interface HighlightSpan {
  sheet: string;
  /** 0-based sheet coordinates, like Finding.span. */
  range: CellRange;
  severity: HighlightSeverity;
  /** RRGGBB. */
  fill: string;
}

/** One painted cell with its final colour. */
export interface HighlightCell {
  sheet: string;
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  severity: HighlightSeverity;
  fill: string;
}

/** The findings that paint: marked for highlighting, with a span, and an error or a warning. */
function painting(findings: readonly Finding[]): (Finding & { span: CellRange; severity: HighlightSeverity })[] {
  return findings.filter(
    (f): f is Finding & { span: CellRange; severity: HighlightSeverity } => f.highlight && f.span !== undefined && f.severity !== "info",
  );
}

/**
 * The rectangles to paint, in paint order: every warning before every error, so where spans overlap the error's
 * red, painted last, wins. Identical rectangles of one severity appear once.
 */
export function highlightSpans(findings: readonly Finding[]): HighlightSpan[] {
  const marked = painting(findings);
  const ordered = [...marked.filter((f) => f.severity === "warning"), ...marked.filter((f) => f.severity === "error")];
  const seen = new Set<string>();
  const spans: HighlightSpan[] = [];
  for (const f of ordered) {
    const { top, bottom, left, right } = f.span;
    const key = `${f.sheet}\u0000${top},${bottom},${left},${right}\u0000${f.severity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ sheet: f.sheet, range: { top, bottom, left, right }, severity: f.severity, fill: HIGHLIGHT_FILLS[f.severity] });
  }
  return spans;
}

/**
 * Every painted cell with its final colour (an error wins over a warning on the same cell), sheet by sheet in
 * first-seen order, each sheet's cells in reading order: what a host that writes cell by cell (--fix) needs.
 */
export function highlightCells(findings: readonly Finding[]): HighlightCell[] {
  const bySheet = new Map<string, Map<string, HighlightCell>>();
  for (const span of highlightSpans(findings)) {
    const cells = bySheet.get(span.sheet) ?? new Map<string, HighlightCell>();
    bySheet.set(span.sheet, cells);
    const { top, bottom, left, right } = span.range;
    for (let row = top; row <= bottom; row++) {
      // Spans come warnings first, so a later (error) span overwrites: the precedence is the paint order's.
      for (let col = left; col <= right; col++)
        cells.set(`${row},${col}`, { sheet: span.sheet, row, col, severity: span.severity, fill: span.fill });
    }
  }
  return [...bySheet.values()].flatMap((cells) => [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col));
}
