// How the pane shows a form's figures: the core's entered-vs-recomputed table (figureTable), in the pane's
// language, so the pane, the CLI and the reports print the same numbers under the same names.
import { figureTable, type FigureTable, type FormReport } from "../model";
import type { Messages } from "./i18n";

export function reportFigures(t: Messages, report: Pick<FormReport, "entered" | "computed">): FigureTable {
  return figureTable(report.entered, report.computed, t.lang, t.emptyFigure);
}
