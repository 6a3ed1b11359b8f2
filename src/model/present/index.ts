// The presentation layer: pure decisions every host renders the same way (number display, figure rows,
// highlight colours and precedence). Grade bands live with grading (scoring/grade.ts), the one table.
export { formatNumber, formatPercent, formatPercentShort } from "./number";
export { figureTable, formatFigure, FIGURE_KEYS, NO_FIGURE, type FigureRow, type FigureTable } from "./figures";
export {
  HIGHLIGHT_FILLS,
  highlightCells,
  highlightFill,
  highlightSpans,
  type HighlightCell,
  type HighlightSeverity,
  type HighlightSpan,
} from "./highlight";
