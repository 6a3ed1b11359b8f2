// Everything the pane shows, as plain data: the controller writes it, components only read it.
import type { FormReport } from "../model";
import type { PreviousContent } from "./plan/undo-record";

export type ActionName = "check" | "clear" | "fill" | "undoFill" | "freeze" | "select" | "autoCheck" | "show";

/** Outcomes worth a line in the pane; components turn them into text in the pane's language. */
export type Notice =
  | { kind: "highlighted"; count: number }
  | { kind: "cleared"; count: number }
  | { kind: "nothingToClear" }
  | { kind: "filled"; count: number }
  | { kind: "nothingToFill" }
  | { kind: "fillUndone"; count: number }
  | { kind: "nothingToUndo" }
  | { kind: "frozen"; count: number; busy: number }
  | { kind: "noPerfFormulas" };

/** An Office.js (or settings) failure as the MessageBar shows it. */
export interface PaneError {
  action: ActionName;
  code: string | null;
  message: string;
  /** OfficeExtension.Error.debugInfo.errorLocation, e.g. "Range.getCellProperties". */
  location: string | null;
}

export interface CheckResult {
  sheetId: string;
  sheetName: string;
  reports: FormReport[];
  /** The header texts the locator looked for, shown when no form was found. */
  expectedHeaders: string[];
  /** Cells currently painted by the pane on this sheet. */
  highlighted: number;
}

export interface PaneState {
  busy: ActionName | null;
  result: CheckResult | null;
  /** What the last "填写总分" on the checked sheet overwrote, for "撤销填写". */
  filled: PreviousContent[];
  notice: Notice | null;
  error: PaneError | null;
  /** The sheet changed after the result was computed (e.g. the fill was undone). */
  stale: boolean;
  autoCheck: boolean;
}

export const INITIAL_STATE: PaneState = Object.freeze({
  busy: null,
  result: null,
  filled: [],
  notice: null,
  error: null,
  stale: false,
  autoCheck: false,
}) as PaneState;
